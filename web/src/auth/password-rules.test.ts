import { describe, expect, it } from 'vitest';
import { checkNewPassword } from './password-rules.ts';

describe('a new password, checked as the user types (the server\'s rule)', () => {
  it.each([
    ['short-1', 'tooShort'],
    ['abcdefghijk', 'weak'],
    ['12345678901', 'weak'],
    ['abcdefghij1', undefined],
    ['长城长城长城长城长城1', undefined],
    ['correct horse', undefined],
  ])('%s', (password, issue) => {
    expect(checkNewPassword(password)).toBe(issue);
  });
});
