import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/database.ts';
import { createPersonalDataCipher, type PersonalDataCipher } from './personal-data-cipher.ts';

const KEY_FILE = 'encryption.key';
const KEY_CHECK_SETTING = 'encryptionKeyCheck';
const KEY_CHECK_PLAIN = 'fupin-key-check';

export class EncryptionKeyError extends Error {}

function decodeKey(text: string, origin: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32) throw new EncryptionKeyError(`${origin} must be 32 bytes encoded in base64 (44 characters)`);
  return key;
}

/**
 * The key comes from FUPIN_ENCRYPTION_KEY or the key file in the data directory. A new key is
 * generated only for a database that holds no encrypted data yet; a missing or different key on a
 * database that does stops start-up instead of silently making its data unreadable.
 */
export async function loadPersonalDataCipher(db: Db, options: { configuredKey: string | undefined; dataDir: string }): Promise<PersonalDataCipher> {
  const keyFile = path.join(options.dataDir, KEY_FILE);
  const check = await db.selectFrom('settings').select('value').where('key', '=', KEY_CHECK_SETTING).executeTakeFirst();

  let key: Buffer;
  if (options.configuredKey) key = decodeKey(options.configuredKey, 'FUPIN_ENCRYPTION_KEY');
  else if (fs.existsSync(keyFile)) key = decodeKey(fs.readFileSync(keyFile, 'utf8'), keyFile);
  else if (check) {
    throw new EncryptionKeyError(
      `The database holds encrypted personal data but no encryption key was found: set FUPIN_ENCRYPTION_KEY or restore ${keyFile}.`,
    );
  } else {
    key = crypto.randomBytes(32);
    fs.mkdirSync(options.dataDir, { recursive: true });
    fs.writeFileSync(keyFile, key.toString('base64') + '\n', { mode: 0o600 });
  }

  const cipher = createPersonalDataCipher(key);
  if (!check) {
    await db.insertInto('settings').values({ key: KEY_CHECK_SETTING, value: `${cipher.keyId}.${cipher.encrypt(KEY_CHECK_PLAIN)}` }).execute();
    return cipher;
  }
  let plain: string | undefined;
  try {
    plain = cipher.decrypt(check.value);
  } catch {
    plain = undefined;
  }
  if (plain !== KEY_CHECK_PLAIN) {
    throw new EncryptionKeyError(
      `The encryption key (id ${cipher.keyId}) is not the key this database was encrypted with (id ${check.value.split('.')[0]}): set FUPIN_ENCRYPTION_KEY to the original key.`,
    );
  }
  return cipher;
}
