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
    const iv = (stored: string) => Buffer.from(stored, 'base64url').subarray(0, 12).toString('hex');
    expect(iv(first)).not.toBe(iv(second));
    expect(cipher.decrypt(second)).toBe(ID_NUMBER);
  });

  it('stores an ID number in 62 characters: IV, ciphertext and tag, no framing', () => {
    const cipher = createPersonalDataCipher(KEY_A);
    expect(cipher.keyId).toMatch(/^[0-9a-f]{8}$/);
    expect(cipher.encrypt(ID_NUMBER)).toMatch(/^[A-Za-z0-9_-]{62}$/);
    expect(createPersonalDataCipher(KEY_B).keyId).not.toBe(cipher.keyId);
  });

  it('still decrypts values framed with the key id, as earlier versions stored them', () => {
    const cipher = createPersonalDataCipher(KEY_A);
    const framed = `${cipher.keyId}.${cipher.encrypt(ID_NUMBER)}`;
    expect(cipher.decrypt(framed)).toBe(ID_NUMBER);
    const other = createPersonalDataCipher(KEY_B);
    expect(() => other.decrypt(framed)).toThrow(new RegExp(`${cipher.keyId}.*${other.keyId}`));
  });

  it('refuses a value that was tampered with', () => {
    const cipher = createPersonalDataCipher(KEY_A);
    const stored = cipher.encrypt(ID_NUMBER);
    const raw = Buffer.from(stored, 'base64url');
    for (const position of [0, 12, raw.length - 1]) {
      const altered = Buffer.from(raw);
      altered[position] = (altered[position] ?? 0) ^ 0x01;
      expect(() => cipher.decrypt(altered.toString('base64url'))).toThrow();
    }
    expect(() => cipher.decrypt(raw.subarray(0, raw.length - 1).toString('base64url'))).toThrow();
  });

  it('refuses a value encrypted under another key, naming the configured key', () => {
    const a = createPersonalDataCipher(KEY_A);
    const b = createPersonalDataCipher(KEY_B);
    expect(() => b.decrypt(a.encrypt(ID_NUMBER))).toThrow(new RegExp(`not encrypted with the configured key ${b.keyId}`));
  });

  it('gives a stable keyed hash for lookup that reveals nothing without the key', () => {
    const a = createPersonalDataCipher(KEY_A);
    const again = createPersonalDataCipher(Buffer.from(KEY_A));
    expect(a.hash(ID_NUMBER)).toBe(a.hash(ID_NUMBER));
    expect(again.hash(ID_NUMBER)).toBe(a.hash(ID_NUMBER));
    expect(a.hash(ID_NUMBER)).not.toBe(a.hash('110105194912310029'));
    expect(createPersonalDataCipher(KEY_B).hash(ID_NUMBER)).not.toBe(a.hash(ID_NUMBER));
    // Unkeyed digests of the plain value do not match: the hash cannot be recomputed from a guess.
    const plainSha = crypto.createHash('sha256').update(ID_NUMBER).digest().subarray(0, 12).toString('base64url');
    expect(a.hash(ID_NUMBER)).not.toBe(plainSha);
    expect(a.hash(ID_NUMBER)).toMatch(/^[A-Za-z0-9_-]{16}$/); // 96 bits
  });

  it('accepts only a 32-byte key', () => {
    expect(() => createPersonalDataCipher(Buffer.alloc(16))).toThrow(/32 bytes/);
  });
});
