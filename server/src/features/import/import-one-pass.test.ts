import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { Actor } from '../../access/actor.ts';
import { buildHouseholdInput, DEFAULT_TEST_VILLAGE } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, type TestApp } from '../../../test/test-context.ts';
import { toCsv, type FixtureCell } from './import-test-support.ts';
import { findImportProblems } from './import.repository.ts';
import { cancelImport, commitImport, importInOnePass, startImport } from './import.service.ts';

const HEADER: FixtureCell[] = ['户编号', '行政村', '贫困户属性', '贫困状态', '姓名', '证件号码', '与户主关系', '劳动技能'];

type Household = ReturnType<typeof buildHouseholdInput>;

const rowsOf = (h: Household, status = '未脱贫'): FixtureCell[][] => h.members.map((m, i) => [
  i === 0 ? h.householdNo : null, i === 0 ? DEFAULT_TEST_VILLAGE : null, i === 0 ? '一般贫困户' : null, i === 0 ? status : null, m.name, m.idNumber, m.relationToHead, m.laborCapacity,
]);

async function registry(t: TestApp) {
  const count = async (table: 'households' | 'members' | 'recordChanges' | 'importProblems') =>
    Number((await t.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const sqlite = t.ctx.database.sqlite;
  return {
    households: await count('households'), members: await count('members'), changes: await count('recordChanges'), problems: await count('importProblems'),
    indexes: sqlite?.prepare("select name, sql from sqlite_master where type = 'index' and tbl_name in ('households', 'members') order by name").all(),
    integrity: sqlite?.pragma('integrity_check', { simple: true }),
  };
}

describeEachEngine('import in one pass: written while it is checked, committed once the whole file is checked', (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fupin-one-pass-'));
  let actor: Actor;
  const known: Household[] = [buildHouseholdInput({ memberCount: 1 }), buildHouseholdInput({ memberCount: 2 })];
  const fresh = Array.from({ length: 1_300 }, () => buildHouseholdInput({ memberCount: 2 }));
  const broken = buildHouseholdInput({ memberCount: 1 });
  /** Two check batches (1,000 households each): a known household changes in each, one household has no head's name. */
  const bigFile = path.join(dir, 'county.csv');

  it('writes new and changed households, the report and the history, and a second run changes nothing', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    actor = { userId: officer.id, username: officer.username, role: 'countyOfficer', regionCode: '150602', department: null, ip: null, via: 'session' };
    const seedFile = path.join(dir, 'seed.csv');
    fs.writeFileSync(seedFile, toCsv([HEADER, ...known.flatMap((h) => rowsOf(h))]));
    const seeded = await startImport(t().ctx, actor, 'seed.csv', seedFile, { wait: true });
    expect(await commitImport(t().ctx, actor, seeded.id, { wait: true })).toMatchObject({ status: 'imported' });
    const [firstKnown, lastKnown] = known;
    if (!firstKnown || !lastKnown) throw new Error('two known households');
    const brokenRows = rowsOf(broken).map((r) => r.map((cell, c) => (c === 4 ? '' : cell)));
    fs.writeFileSync(bigFile, toCsv([HEADER, ...rowsOf(firstKnown, '已脱贫（享受政策）'), ...fresh.flatMap((h) => rowsOf(h)), ...brokenRows, ...rowsOf(lastKnown, '已脱贫（享受政策）')]));
    const before = await registry(t());

    // 1,000 new households are "enough" here: the indexes go down in the second batch, so the first
    // change is written at once and the second waits for the rebuild.
    const done = await importInOnePass(t().ctx, actor, 'county.csv', bigFile, { wait: true, rebuildIndexesFrom: 1_000 });
    expect(done).toMatchObject({
      status: 'imported', rowsRead: 1 + 2_600 + 1 + 2, rowsValid: 2_603, rowsInvalid: 1, rowsWritten: 2_603,
      householdsNew: 1_300, householdsChanged: 2, householdsInvalid: 1, problemCount: 1,
    });
    const problems = await findImportProblems(t().ctx.db, done.id, 0, 100);
    expect(problems.map((p) => [p.rowNumber, p.columnLabel, p.code])).toEqual([[1 + 1 + 2_600 + 1, '姓名', 'required']]);
    const after = await registry(t());
    expect(after).toEqual({ ...before, households: before.households + 1_300, members: before.members + 2_600, changes: before.changes + 2, problems: before.problems + 1 });
    for (const h of known) {
      const row = await t().ctx.db.selectFrom('households').select(['id', 'povertyStatus', 'version']).where('householdNo', '=', h.householdNo).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ povertyStatus: 'exited', version: 2 });
      const history = await t().ctx.db.selectFrom('recordChanges').select(['entityType', 'action', 'source']).where('householdId', '=', row.id).execute();
      expect(history).toEqual([{ entityType: 'household', action: 'update', source: 'import' }]);
    }
    const audit = await t().ctx.db.selectFrom('auditLog').select(['action', 'entityId']).where('entityId', '=', done.id).execute();
    expect(audit).toEqual([{ action: 'import', entityId: done.id }]);

    const again = await importInOnePass(t().ctx, actor, 'county.csv', bigFile, { wait: true, rebuildIndexesFrom: 1_000 });
    expect(again).toMatchObject({ status: 'imported', householdsNew: 0, householdsChanged: 0, householdsUnchanged: 1_302, rowsWritten: 0 });
    expect(await registry(t())).toEqual({ ...after, problems: after.problems + 1 });
  });

  it('leaves the registry, its indexes and the report as they were when the write fails halfway or the run is cancelled', async () => {
    const file = path.join(dir, 'more.csv');
    fs.writeFileSync(file, toCsv([HEADER, ...Array.from({ length: 1_200 }, () => buildHouseholdInput({ memberCount: 1 })).flatMap((h) => rowsOf(h))]));
    const before = await registry(t());
    const failed = await importInOnePass(t().ctx, actor, 'more.csv', file, { wait: true, rebuildIndexesFrom: 1, failAfterHouseholds: 1_100 });
    expect(failed).toMatchObject({ status: 'failed', rowsWritten: 0, error: 'the import failed; nothing was written' });
    expect(await registry(t())).toEqual(before);

    const running = await importInOnePass(t().ctx, actor, 'more.csv', file, { rebuildIndexesFrom: 1 });
    const cancelled = await cancelImport(t().ctx, actor, running.id);
    expect(cancelled).toMatchObject({ status: 'cancelled', rowsWritten: 0, error: null });
    expect(await registry(t())).toEqual(before);
    expect(fs.readdirSync(path.join(t().ctx.config.dataDir, 'imports'))).toEqual([]);
  });
});
