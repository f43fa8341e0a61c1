import { describe, expect, it } from 'vitest';
import { CompactStringSet } from './compact-string-set.ts';

describe('CompactStringSet', () => {
  it('answers exactly like a Set for many similar strings, Chinese ones too', () => {
    const set = new CompactStringSet();
    const reference = new Set<string>();
    for (let i = 0; i < 12_000; i++) {
      const text = i % 7 === 0 ? `户${i % 9000}` : `150602${String(i % 9_000).padStart(8, '0')}`;
      expect(set.add(text)).toBe(!reference.has(text));
      reference.add(text);
    }
    expect(set.size).toBe(reference.size);
    for (const probe of ['15060200000001', '15060200009001', '户7', '户8', '户8999']) expect(set.has(probe)).toBe(reference.has(probe));
    expect(set.has('户7')).toBe(true);
    expect(set.has('')).toBe(false);
    expect(set.add('')).toBe(true);
    expect(set.has('')).toBe(true);
  });
});
