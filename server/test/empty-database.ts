import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../src/db/database.ts';

async function withPostgres<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.FUPIN_TEST_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A database with no tables (a fresh file, or a fresh PostgreSQL schema), to migrate step by step. */
export async function openEmpty(kind: 'sqlite' | 'postgres'): Promise<{ handle: DatabaseHandle; remove(): Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fupin-migrate-'));
  const schema = `m_${crypto.randomBytes(6).toString('hex')}`;
  if (kind === 'postgres') await withPostgres((c) => c.query(`create schema ${schema}`));
  const handle = openDatabase(kind === 'postgres'
    ? { kind, url: process.env.FUPIN_TEST_DATABASE_URL ?? '', schema }
    : { kind, file: path.join(dir, 'fupin.sqlite') });
  return {
    handle,
    async remove() {
      await handle.close();
      if (kind === 'postgres') await withPostgres((c) => c.query(`drop schema ${schema} cascade`));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
