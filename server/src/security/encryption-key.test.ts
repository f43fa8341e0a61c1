import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_ENGINES, withPostgres } from '../../test/test-context.ts';
import type { AppContext } from '../app-context.ts';
import { openAppContext } from '../bootstrap.ts';
import { loadConfig, type DatabaseConfig } from '../config/config.ts';

const KEY_A = Buffer.alloc(32, 0xa1).toString('base64');
const KEY_B = Buffer.alloc(32, 0xb2).toString('base64');

/** A data directory and an empty database (SQLite file or PostgreSQL schema) that can be opened again and again. */
interface Installation {
  dataDir: string;
  keyFile: string;
  database: DatabaseConfig;
  open(env?: Record<string, string>): Promise<AppContext>;
  remove(): Promise<void>;
}

async function createInstallation(kind: DatabaseConfig['kind']): Promise<Installation> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fupin-key-'));
  const schema = `k_${crypto.randomBytes(6).toString('hex')}`;
  let database: DatabaseConfig = { kind: 'sqlite', file: path.join(dataDir, 'fupin.sqlite') };
  if (kind === 'postgres') {
    await withPostgres((c) => c.query(`create schema ${schema}`));
    database = { kind: 'postgres', url: process.env.FUPIN_TEST_DATABASE_URL ?? '', schema };
  }
  return {
    dataDir,
    keyFile: path.join(dataDir, 'encryption.key'),
    database,
    open: (env = {}) => openAppContext({ ...loadConfig({ FUPIN_DATA_DIR: dataDir, FUPIN_LOG_LEVEL: 'silent', ...env }), database }, { regionRoots: ['110101'] }),
    async remove() {
      if (kind === 'postgres') await withPostgres((c) => c.query(`drop schema ${schema} cascade`));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

for (const kind of TEST_ENGINES) {
  describe(`encryption key [${kind}]`, () => {
    const installations: Installation[] = [];
    const install = async () => {
      const created = await createInstallation(kind);
      installations.push(created);
      return created;
    };
    afterEach(async () => {
      for (const i of installations.splice(0)) await i.remove();
    });

    it('is generated into the data directory on first start and reused on the next', async () => {
      const place = await install();
      const first = await place.open();
      const stored = first.cipher.encrypt('150602199001010011');
      await first.database.close();

      const keyText = fs.readFileSync(place.keyFile, 'utf8');
      expect(Buffer.from(keyText.trim(), 'base64')).toHaveLength(32);
      expect(fs.statSync(place.keyFile).mode & 0o777).toBe(0o600);

      const second = await place.open();
      try {
        expect(second.cipher.keyId).toBe(first.cipher.keyId);
        expect(second.cipher.decrypt(stored)).toBe('150602199001010011');
        expect(fs.readFileSync(place.keyFile, 'utf8')).toBe(keyText);
      } finally {
        await second.database.close();
      }
    });

    it('comes from FUPIN_ENCRYPTION_KEY when set, and then no key file is written', async () => {
      const place = await install();
      const ctx = await place.open({ FUPIN_ENCRYPTION_KEY: KEY_A });
      await ctx.database.close();
      expect(fs.existsSync(place.keyFile)).toBe(false);
      const again = await place.open({ FUPIN_ENCRYPTION_KEY: KEY_A });
      expect(again.cipher.keyId).toBe(ctx.cipher.keyId);
      await again.database.close();
    });

    it('stops start-up with a clear message when the key is not the one the database was created with', async () => {
      const place = await install();
      await (await place.open({ FUPIN_ENCRYPTION_KEY: KEY_A })).database.close();
      await expect(place.open({ FUPIN_ENCRYPTION_KEY: KEY_B }))
        .rejects.toThrow(/is not the key this database was encrypted with.*set FUPIN_ENCRYPTION_KEY to the original key/);
      // A key file with another key is refused the same way.
      fs.writeFileSync(place.keyFile, KEY_B);
      await expect(place.open()).rejects.toThrow(/is not the key this database was encrypted with/);
    });

    it('stops start-up when the key file is missing on a database that holds encrypted data, and makes no new key', async () => {
      const place = await install();
      await (await place.open()).database.close();
      fs.rmSync(place.keyFile);
      await expect(place.open()).rejects.toThrow(/holds encrypted personal data but no encryption key was found: set FUPIN_ENCRYPTION_KEY or restore .*encryption\.key/);
      expect(fs.existsSync(place.keyFile)).toBe(false);
    });

    it('refuses a key that is not 32 bytes in base64, naming where it came from', async () => {
      const place = await install();
      await expect(place.open({ FUPIN_ENCRYPTION_KEY: 'too-short' })).rejects.toThrow(/FUPIN_ENCRYPTION_KEY must be 32 bytes/);
    });
  });
}
