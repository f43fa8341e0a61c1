import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createPersonalDataCipher } from './personal-data-cipher.ts';

const KEY_A = Buffer.alloc(32, 1);
const KEY_B = Buffer.alloc(32, 2);
const ID_NUMBER = '11010519491231002X';

describe('personal data cipher', () => {
  it('decrypts what it encrypted, including Chinese text', () => {
    const cipher = createPersonalDataCipher(KEY_A);
    expect(cipher.decrypt(cipher.encrypt(ID_NUMBER))).toBe(ID_NUMBER);
    expect(cipher.decrypt(cipher.encrypt('内蒙古自治区鄂尔多斯市东胜区'))).toBe('内蒙古自治区鄂尔多斯市东胜区');
    expect(cipher.decrypt(cipher.encrypt(''))).toBe('');
  });

  it('never stores the plain value and uses a fresh IV each time', () => {
    const cipher = createPersonalDataCipher(KEY_A);
    const first = cipher.encrypt(ID_NUMBER);
    const second = cipher.encrypt(ID_NUMBER);
    expect(first).not.toBe(second);
    expect(first).not.toContain(ID_NUMBER);
    const iv = (stored: string) => Buffer.from(stored.split('.')[1] ?? '', 'base64url').subarray(0, 12).toString('hex');
    expect(iv(first)).not.toBe(iv(second));
    expect(cipher.decrypt(second)).toBe(ID_NUMBER);
  });

  it('stores the key id with every value', () => {
    const cipher = createPersonalDataCipher(KEY_A);
    expect(cipher.keyId).toMatch(/^[0-9a-f]{8}$/);
    expect(cipher.encrypt(ID_NUMBER).startsWith(`${cipher.keyId}.`)).toBe(true);
    expect(createPersonalDataCipher(KEY_B).keyId).not.toBe(cipher.keyId);
  });

  it('refuses a value that was tampered with', () => {
    const cipher = createPersonalDataCipher(KEY_A);
    const stored = cipher.encrypt(ID_NUMBER);
    const [keyId, payload = ''] = stored.split('.');
    const raw = Buffer.from(payload, 'base64url');
    for (const position of [0, 12, raw.length - 1]) {
      const altered = Buffer.from(raw);
      altered[position] = (altered[position] ?? 0) ^ 0x01;
      expect(() => cipher.decrypt(`${keyId}.${altered.toString('base64url')}`)).toThrow();
    }
    expect(() => cipher.decrypt(`${keyId}.${raw.subarray(0, raw.length - 1).toString('base64url')}`)).toThrow();
  });

  it('refuses a value encrypted under another key, naming both key ids', () => {
    const a = createPersonalDataCipher(KEY_A);
    const b = createPersonalDataCipher(KEY_B);
    expect(() => b.decrypt(a.encrypt(ID_NUMBER))).toThrow(new RegExp(`${a.keyId}.*${b.keyId}`));
  });

  it('gives a stable keyed hash for lookup that reveals nothing without the key', () => {
    const a = createPersonalDataCipher(KEY_A);
    const again = createPersonalDataCipher(Buffer.from(KEY_A));
    expect(a.hash(ID_NUMBER)).toBe(a.hash(ID_NUMBER));
    expect(again.hash(ID_NUMBER)).toBe(a.hash(ID_NUMBER));
    expect(a.hash(ID_NUMBER)).not.toBe(a.hash('110105194912310029'));
    expect(createPersonalDataCipher(KEY_B).hash(ID_NUMBER)).not.toBe(a.hash(ID_NUMBER));
    // Unkeyed digests of the plain value do not match: the hash cannot be recomputed from a guess.
    const plainSha = crypto.createHash('sha256').update(ID_NUMBER).digest().subarray(0, 16).toString('base64url');
    expect(a.hash(ID_NUMBER)).not.toBe(plainSha);
    expect(a.hash(ID_NUMBER)).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('accepts only a 32-byte key', () => {
    expect(() => createPersonalDataCipher(Buffer.alloc(16))).toThrow(/32 bytes/);
  });
});
