import crypto from 'node:crypto';
import { takeRandomBytes } from './random-pool.ts';

/**
 * Encrypts personal data (ID numbers, bank accounts) with AES-256-GCM and computes a keyed hash
 * (HMAC-SHA-256, truncated to 128 bits) for exact lookup and duplicate detection. The key id is
 * stored with every value so keys can be rotated.
 */
export interface PersonalDataCipher {
  readonly keyId: string;
  encrypt(plain: string): string;
  decrypt(stored: string): string;
  hash(plain: string): string;
}

/** Master keys of the ciphers made here, for worker threads of this process that need the same cipher (never exported elsewhere). */
const masterKeys = new WeakMap<PersonalDataCipher, Buffer>();

/** The master key a cipher was made from, to make the same cipher in a worker thread; undefined for a cipher not made here. */
export function masterKeyOf(cipher: PersonalDataCipher): Buffer | undefined {
  return masterKeys.get(cipher);
}

export function createPersonalDataCipher(masterKey: Buffer): PersonalDataCipher {
  if (masterKey.length !== 32) throw new Error('the encryption key must be 32 bytes');
  const encKey = Buffer.from(crypto.hkdfSync('sha256', masterKey, Buffer.alloc(0), 'fupin personal data encryption', 32));
  const macKey = Buffer.from(crypto.hkdfSync('sha256', masterKey, Buffer.alloc(0), 'fupin personal data lookup', 32));
  const keyId = crypto.createHash('sha256').update(masterKey).digest('hex').slice(0, 8);

  const cipher: PersonalDataCipher = {
    keyId,
    encrypt(plain) {
      // A fresh random IV per value (from a pooled generator: encryption runs millions of times in an import).
      const iv = Buffer.from(takeRandomBytes(12));
      const cipher = crypto.createCipheriv('aes-256-gcm', encKey, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `${keyId}.${Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url')}`;
    },
    decrypt(stored) {
      const [storedKeyId, payload] = stored.split('.');
      if (storedKeyId !== keyId || payload === undefined) {
        throw new Error(`value was encrypted with key ${storedKeyId ?? '?'}, not the configured key ${keyId}`);
      }
      const raw = Buffer.from(payload, 'base64url');
      const decipher = crypto.createDecipheriv('aes-256-gcm', encKey, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(raw.length - 16));
      return Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]).toString('utf8');
    },
    hash(plain) {
      return crypto.createHmac('sha256', macKey).update(plain, 'utf8').digest().subarray(0, 16).toString('base64url');
    },
  };
  masterKeys.set(cipher, Buffer.from(masterKey));
  return cipher;
}
