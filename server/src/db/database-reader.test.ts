import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { registerTestHousehold } from '../../test/factories.ts';
import { createSignedInUser, describeEachEngine } from '../../test/test-context.ts';

describeEachEngine('the database reader', (t, kind) => {
  it('reads what the main connection has committed, in the schema\'s names, even while the main connection is in a transaction', async () => {
    const { db, reader } = t().ctx.database;
    const county = await createSignedInUser(t(), 'countyOfficer', '150602');
    const household = await registerTestHousehold(t(), county, { memberCount: 2 });
    const members = () => reader.selectFrom('members').select(['householdId', 'relationToHead']).where('householdId', '=', household.id).execute();
    expect(await members()).toHaveLength(2);
    // The uncommitted change is not seen; the reader answers while the transaction is open.
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('members').set({ relationToHead: 'other' }).where('householdId', '=', household.id).execute();
      expect((await members()).map((m) => m.relationToHead)).not.toContain('other');
    });
    expect((await members()).map((m) => m.relationToHead)).toEqual(['other', 'other']);
  });

  it.runIf(kind === 'sqlite')('fails a bad query alone with what SQLite said, and runs neither writes nor transactions', async () => {
    const { reader } = t().ctx.database;
    await expect(reader.selectFrom('no_such_table' as 'members').selectAll().execute()).rejects.toThrow(/reading query failed: no such table: no_such_table/);
    await expect(reader.deleteFrom('members').where('id', '=', -1).execute()).rejects.toThrow(/only statements that return rows/);
    await expect(reader.transaction().execute(() => Promise.resolve())).rejects.toThrow(/no transactions/);
    expect(await reader.selectFrom('regions').select('code').where('code', '=', '150602').execute()).toEqual([{ code: '150602' }]);
  });
});

it('does not keep a command-line process alive once it has read', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fupin-reader-'));
  const script = path.join(dir, 'read-once.mjs');
  // Opens a database, reads once through the reader and never closes it, as a forgetful command might.
  fs.writeFileSync(script, `
    const { register } = await import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))});
    register();
    const { openDatabase } = await import(${JSON.stringify(new URL('./database.ts', import.meta.url).href)});
    const database = openDatabase({ kind: 'sqlite', file: ${JSON.stringify(path.join(dir, 'fupin.sqlite'))} });
    database.sqlite.exec('create table t (x integer); insert into t values (42)');
    const rows = await database.reader.selectFrom('t').selectAll().execute();
    console.log(JSON.stringify(rows));`);
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [script], { timeout: 20_000 });
    expect(JSON.parse(stdout)).toEqual([{ x: 42 }]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 30_000);
