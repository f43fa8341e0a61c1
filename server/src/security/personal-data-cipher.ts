import crypto from 'node:crypto';
import { takeRandomBytes } from './random-pool.ts';

/**
 * Encrypts personal data (ID numbers, bank accounts) with AES-256-GCM and computes a keyed hash
 * (HMAC-SHA-256, truncated to 96 bits: 16 characters) for exact lookup and duplicate detection. A value is the
 * base64url of IV, ciphertext and tag, nothing more: at millions of members every byte counts, and
 * a wrong key already fails GCM's authentication. Values of earlier versions carry the key id in
 * front (`keyid.payload`); they still decrypt, and the key check in the settings keeps that form so
 * a wrong key is reported with both ids.
 */
export interface PersonalDataCipher {
  readonly keyId: string;
  encrypt(plain: string): string;
  decrypt(stored: string): string;
  hash(plain: string): string;
}

export function createPersonalDataCipher(masterKey: Buffer): PersonalDataCipher {
  if (masterKey.length !== 32) throw new Error('the encryption key must be 32 bytes');
  const encKey = Buffer.from(crypto.hkdfSync('sha256', masterKey, Buffer.alloc(0), 'fupin personal data encryption', 32));
  const macKey = Buffer.from(crypto.hkdfSync('sha256', masterKey, Buffer.alloc(0), 'fupin personal data lookup', 32));
  const keyId = crypto.createHash('sha256').update(masterKey).digest('hex').slice(0, 8);

  return {
    keyId,
    encrypt(plain) {
      // A fresh random IV per value (from a pooled generator: encryption runs millions of times in an import).
      const iv = Buffer.from(takeRandomBytes(12));
      const cipher = crypto.createCipheriv('aes-256-gcm', encKey, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url');
    },
    decrypt(stored) {
      const dot = stored.indexOf('.');
      if (dot >= 0 && stored.slice(0, dot) !== keyId) {
        throw new Error(`value was encrypted with key ${stored.slice(0, dot)}, not the configured key ${keyId}`);
      }
      const raw = Buffer.from(stored.slice(dot + 1), 'base64url');
      try {
        const decipher = crypto.createDecipheriv('aes-256-gcm', encKey, raw.subarray(0, 12));
        decipher.setAuthTag(raw.subarray(raw.length - 16));
        return Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]).toString('utf8');
      } catch {
        throw new Error(`value was altered or not encrypted with the configured key ${keyId}`);
      }
    },
    hash(plain) {
      return crypto.createHmac('sha256', macKey).update(plain, 'utf8').digest().subarray(0, 12).toString('base64url');
    },
  };
}
