import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { Actor } from '../../access/actor.ts';
import { buildHouseholdInput, DEFAULT_TEST_VILLAGE } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, type TestApp } from '../../../test/test-context.ts';
import { buildXlsx, type FixtureCell } from './import-test-support.ts';
import { commitImport, startImport } from './import.service.ts';

const HEADER: FixtureCell[] = ['户编号', '行政村', '贫困户属性', '贫困状态', '姓名', '证件号码', '与户主关系', '劳动技能'];

async function counts(t: TestApp) {
  const count = async (table: 'households' | 'members') => Number((await t.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { households: await count('households'), members: await count('members') };
}

/** SQLite: the indexes of the registry's tables and whether the file is sound (indexes agree with their tables). */
function sqliteIndexes(t: TestApp) {
  const sqlite = t.ctx.database.sqlite;
  if (!sqlite) return undefined;
  return {
    indexes: sqlite.prepare("select name, sql from sqlite_master where type = 'index' and tbl_name in ('households', 'members') order by name").all(),
    integrity: sqlite.pragma('integrity_check', { simple: true }),
  };
}

describeEachEngine('import: a large load into a small registry', (t) => {
  it('builds the indexes again at the end, leaves them as they were when it fails, and a second import changes nothing', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const actor: Actor = { userId: officer.id, username: officer.username, role: 'countyOfficer', regionCode: '150602', department: null, ip: null, via: 'session' };
    // A household already in the registry, which the big file changes.
    const known = buildHouseholdInput({ memberCount: 1 });
    const knownRow = (status: string): FixtureCell[] => [known.householdNo, DEFAULT_TEST_VILLAGE, '一般贫困户', status, known.members[0]?.name ?? '', known.members[0]?.idNumber ?? '', '户主', '普通劳动力'];
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fupin-bulk-'));
    const first = path.join(dir, 'first.xlsx');
    fs.writeFileSync(first, await buildXlsx([{ name: 'Sheet1', rows: [HEADER, knownRow('未脱贫')] }]));
    const seeded = await startImport(t().ctx, actor, 'first.xlsx', first, { wait: true });
    expect(await commitImport(t().ctx, actor, seeded.id, { wait: true })).toMatchObject({ status: 'imported' });

    const rows: FixtureCell[][] = [HEADER, knownRow('已脱贫（享受政策）')];
    for (const h of [buildHouseholdInput({ memberCount: 2 }), buildHouseholdInput({ memberCount: 1 }), buildHouseholdInput({ memberCount: 3 })]) {
      h.members.forEach((m, i) => rows.push([i === 0 ? h.householdNo : null, i === 0 ? DEFAULT_TEST_VILLAGE : null, i === 0 ? '一般贫困户' : null, i === 0 ? '未脱贫' : null, m.name, m.idNumber, m.relationToHead, m.laborCapacity]));
    }
    const file = path.join(dir, 'load.xlsx');
    fs.writeFileSync(file, await buildXlsx([{ name: 'Sheet1', rows }]));
    const before = await counts(t());
    const indexes = sqliteIndexes(t());
    expect(indexes?.integrity ?? 'ok').toBe('ok');

    // rebuildIndexesFrom: 1 takes the path a county's first load of a million households takes.
    const failing = await startImport(t().ctx, actor, 'load.xlsx', file, { wait: true });
    expect(failing).toMatchObject({ status: 'checked', householdsNew: 3, householdsChanged: 1 });
    const failed = await commitImport(t().ctx, actor, failing.id, { wait: true, failAfterHouseholds: 1, rebuildIndexesFrom: 1 });
    expect(failed).toMatchObject({ status: 'failed', rowsWritten: 0 });
    expect(await counts(t())).toEqual(before);
    expect(sqliteIndexes(t())).toEqual(indexes);

    const checked = await startImport(t().ctx, actor, 'load.xlsx', file, { wait: true });
    const done = await commitImport(t().ctx, actor, checked.id, { wait: true, rebuildIndexesFrom: 1 });
    expect(done).toMatchObject({ status: 'imported', rowsWritten: 7 });
    expect(await counts(t())).toEqual({ households: before.households + 3, members: before.members + 6 });
    expect(sqliteIndexes(t())).toEqual(indexes);
    const changed = await t().ctx.db.selectFrom('households').select(['id', 'povertyStatus', 'version']).where('householdNo', '=', known.householdNo).executeTakeFirstOrThrow();
    expect(changed).toMatchObject({ povertyStatus: 'exited', version: 2 });
    const history = await t().ctx.db.selectFrom('recordChanges').select(['entityType', 'action', 'source']).where('householdId', '=', changed.id).execute();
    expect(history).toEqual([{ entityType: 'household', action: 'update', source: 'import' }]);

    const again = await startImport(t().ctx, actor, 'load.xlsx', file, { wait: true });
    expect(again).toMatchObject({ status: 'checked', householdsNew: 0, householdsChanged: 0, householdsUnchanged: 4, problemCount: 0 });
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
