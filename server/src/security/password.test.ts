import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error.ts';
import { assertStrongPassword, hashPassword, verifyPassword } from './password.ts';

describe('passwords', () => {
  it('hashes with argon2id and verifies only the right password', async () => {
    const stored = await hashPassword('correct horse 42');
    expect(stored).toMatch(/^\$argon2id\$/);
    expect(stored).not.toContain('correct horse 42');
    expect(await verifyPassword(stored, 'correct horse 42')).toBe(true);
    expect(await verifyPassword(stored, 'correct horse 43')).toBe(false);
    expect(await hashPassword('correct horse 42')).not.toBe(stored);
  });

  it('treats a malformed stored hash as a wrong password instead of failing', async () => {
    expect(await verifyPassword('not a hash', 'whatever')).toBe(false);
  });

  it('refuses weak passwords naming the field', () => {
    for (const weak of ['short1!', 'onlyletters', '1234567890123']) {
      let error: unknown;
      try {
        assertStrongPassword(weak, 'newPassword');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: 'PASSWORD_WEAK', field: 'newPassword' });
    }
    expect(() => assertStrongPassword('letters and 1 digit')).not.toThrow();
  });
});
