import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withPostgres } from '../../test/test-context.ts';
import { openDatabase } from './database.ts';
import { migrateToLatest } from './migrate.ts';

const url = process.env.FUPIN_TEST_DATABASE_URL;

/** Another test's schema, made and dropped again and again until `stop` says so. */
async function churnSchemas(stop: () => boolean): Promise<number> {
  let rounds = 0;
  await withPostgres(async (client) => {
    while (!stop()) {
      const other = `churn_${crypto.randomBytes(4).toString('hex')}`;
      await client.query(`create schema ${other}`);
      await client.query(`create table ${other}.households (id serial primary key, name text)`);
      await client.query(`drop schema ${other} cascade`);
      rounds++;
    }
  });
  return rounds;
}

describe.runIf(url)('PostgreSQL introspection [postgres]', () => {
  it('migrates a schema while other schemas are being created and dropped, and sees only its own tables', async () => {
    const schema = `t_${crypto.randomBytes(6).toString('hex')}`;
    await withPostgres((c) => c.query(`create schema ${schema}`));
    const handle = openDatabase({ kind: 'postgres', url: url ?? '', schema });
    let done = false;
    try {
      const churn = churnSchemas(() => done);
      // Each migrate asks the introspector for the tables several times; the churn drops tables meanwhile.
      const applied = await migrateToLatest(handle.db);
      for (let i = 0; i < 20; i++) expect(await migrateToLatest(handle.db)).toEqual([]);
      done = true;
      expect(await churn).toBeGreaterThan(0);
      expect(applied.length).toBeGreaterThan(10);
      const tables = await handle.db.introspection.getTables({ withInternalKyselyTables: true });
      expect(new Set(tables.map((t) => t.schema))).toEqual(new Set([schema]));
      expect(tables.map((t) => t.name)).toContain('households');
    } finally {
      done = true;
      await handle.close();
      await withPostgres((c) => c.query(`drop schema ${schema} cascade`));
    }
  });
});
