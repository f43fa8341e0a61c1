import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import type { Actor } from '../../access/actor.ts';
import { buildHouseholdInput, DEFAULT_TEST_VILLAGE, findTestVillages } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, request, type TestApp, type TestUser } from '../../../test/test-context.ts';
import type { HouseholdView } from '../households/households.schemas.ts';
import { buildXlsx, checkFile, commitJob, type FixtureCell } from './import-test-support.ts';
import { commitImport, startImport } from './import.service.ts';

async function registerWithIds(t: TestApp, user: TestUser, memberCount: number) {
  const input = buildHouseholdInput({ memberCount });
  const res = await request<HouseholdView>(t, 'POST', '/api/v1/households', { user, body: input });
  if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  return { input, household: res.body };
}

async function registryCounts(t: TestApp) {
  const count = async (table: 'households' | 'members' | 'recordChanges' | 'auditLog') =>
    Number((await t.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { households: await count('households'), members: await count('members'), changes: await count('recordChanges'), audit: await count('auditLog') };
}

const HEADER: FixtureCell[] = ['户编号', '行政村', '贫困户属性', '贫困状态', '脱贫年度', '姓名', '证件号码', '与户主关系', '劳动技能'];

describeEachEngine('import: upsert by household number and ID number', (t) => {
  it('updates a changed household and member with the import as the source in the history, and a second import changes nothing', async () => {
    const officer = await createSignedInUser(t(), 'villageCadre', DEFAULT_TEST_VILLAGE);
    const { input, household } = await registerWithIds(t(), officer, 2);
    const [head, spouse] = input.members;
    const newcomer = buildHouseholdInput({ memberCount: 1 }).members[0];
    const file = await buildXlsx([{ name: 'Sheet1', rows: [
      HEADER,
      [input.householdNo, DEFAULT_TEST_VILLAGE, null, '已脱贫（享受政策）', 2020, head?.name ?? '', head?.idNumber ?? '', '户主', '技能劳动力'],
      [null, null, null, null, null, spouse?.name ?? '', spouse?.idNumber ?? '', '配偶', spouse?.laborCapacity ?? ''],
      [null, null, null, null, null, newcomer?.name ?? '', newcomer?.idNumber ?? '', '之子', '普通劳动力'],
    ] }]);
    const first = await checkFile(t(), officer, 'update.xlsx', file);
    expect(first).toMatchObject({ problemCount: 0, households: { new: 0, changed: 1, unchanged: 0 }, rows: { valid: 3 } });
    await commitJob(t(), officer, first.id);

    const after = await request<HouseholdView>(t(), 'GET', `/api/v1/households/${household.id}`, { user: officer });
    expect(after.body).toMatchObject({ povertyStatus: 'exited', yearExited: 2020, memberCount: 3, version: 2 });
    expect(after.body.members.find((m) => m.relationToHead === 'self')?.laborCapacity).toBe('skilled');
    const history = await request<{ entries: { entityType: string; action: string; source: string | null }[] }>(t(), 'GET', `/api/v1/households/${household.id}/history`, { user: officer });
    const fromImport = history.body.entries.filter((e) => e.source === 'import').map((e) => `${e.entityType}:${e.action}`).sort();
    expect(fromImport).toEqual(['household:update', 'member:create', 'member:update']);

    const before = await registryCounts(t());
    const second = await checkFile(t(), officer, 'update.xlsx', file);
    expect(second).toMatchObject({ problemCount: 0, households: { new: 0, changed: 0, unchanged: 1 } });
    await commitJob(t(), officer, second.id);
    const counts = await registryCounts(t());
    expect({ ...counts, audit: counts.audit - 1 }).toEqual(before);
  });

  it('moves a household to another village of the region with all its members, listed in the file or not', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const { input, household } = await registerWithIds(t(), officer, 2);
    const villages = await findTestVillages(t(), '150602');
    const target = villages.find((v) => v !== DEFAULT_TEST_VILLAGE) ?? '';
    const file = await buildXlsx([{ name: 'Sheet1', rows: [['户编号', '行政村'], [input.householdNo, target]] }]);
    const job = await checkFile(t(), officer, 'move.xlsx', file);
    expect(job).toMatchObject({ problemCount: 0, households: { changed: 1 } });
    await commitJob(t(), officer, job.id);
    const members = await t().ctx.db.selectFrom('members').select('villageCode').where('householdId', '=', household.id).execute();
    expect(members).toEqual([{ villageCode: target }, { villageCode: target }]);
  });

  it('takes back its own export unchanged (round trip)', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    for (let i = 0; i < 3; i++) await registerWithIds(t(), officer, 2);
    const exported = await t().app.request('/api/v1/households/export?format=xlsx&lang=zh', { headers: officer.headers });
    expect(exported.status).toBe(200);
    const workbook = Buffer.from(await exported.arrayBuffer());
    const total = await registryCounts(t());
    const before = await t().ctx.db.selectFrom('households').selectAll().orderBy('id').execute();
    const job = await checkFile(t(), officer, '农户名单.xlsx', workbook);
    expect(job).toMatchObject({ status: 'checked', problemCount: 0, households: { new: 0, changed: 0, unchanged: total.households, invalid: 0 } });
    await commitJob(t(), officer, job.id);
    expect(await t().ctx.db.selectFrom('households').selectAll().orderBy('id').execute()).toEqual(before);
  });

  it('leaves the database as it was when the import fails halfway', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const { input } = await registerWithIds(t(), officer, 1);
    const fresh = [buildHouseholdInput({ memberCount: 2 }), buildHouseholdInput({ memberCount: 1 })];
    const rows: FixtureCell[][] = [HEADER, [input.householdNo, DEFAULT_TEST_VILLAGE, null, '返贫', null, input.members[0]?.name ?? '', input.members[0]?.idNumber ?? '', '户主', '普通劳动力']];
    for (const h of fresh) {
      h.members.forEach((m, i) => rows.push([i === 0 ? h.householdNo : null, i === 0 ? DEFAULT_TEST_VILLAGE : null, i === 0 ? '一般贫困户' : null, i === 0 ? '未脱贫' : null, null, m.name, m.idNumber, m.relationToHead, m.laborCapacity]));
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fupin-import-'));
    const file = path.join(dir, 'half.xlsx');
    fs.writeFileSync(file, await buildXlsx([{ name: 'Sheet1', rows }]));
    const actor: Actor = { userId: officer.id, username: officer.username, role: 'countyOfficer', regionCode: '150602', department: null, ip: null, via: 'session' };
    const checked = await startImport(t().ctx, actor, 'half.xlsx', file, { wait: true });
    expect(checked).toMatchObject({ status: 'checked', householdsNew: 2, householdsChanged: 1 });
    const before = await registryCounts(t());
    const failed = await commitImport(t().ctx, actor, checked.id, { wait: true, failAfterHouseholds: 2 });
    expect(failed).toMatchObject({ status: 'failed', rowsWritten: 0, error: 'the import failed; nothing was written' });
    expect(await registryCounts(t())).toEqual(before);
    expect(await t().ctx.db.selectFrom('households').select('povertyStatus').where('householdNo', '=', input.householdNo).executeTakeFirst()).toEqual({ povertyStatus: 'poor' });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('offers templates with instructions and drop-down lists, and takes one back filled in', async () => {
    const cadre = await createSignedInUser(t(), 'villageCadre', DEFAULT_TEST_VILLAGE);
    const res = await t().app.request('/api/v1/import-templates/households', { headers: cadre.headers });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''%E5%86%9C%E6%88%B7");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['填写说明', '农户及家庭成员', '代码表']);
    const sheet = workbook.getWorksheet('农户及家庭成员');
    if (!sheet) throw new Error('no data sheet');
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers.slice(0, 3)).toEqual(['户编号 *', '行政村 *', '村民小组']);
    const typeColumn = headers.indexOf('贫困户属性 *') + 1;
    expect(sheet.getCell(2, typeColumn).dataValidation).toMatchObject({ type: 'list' });

    const h = buildHouseholdInput({ memberCount: 1 });
    const m = h.members[0];
    const at = (label: string) => headers.indexOf(label) + 1;
    sheet.getCell(2, at('户编号 *')).value = h.householdNo;
    sheet.getCell(2, at('行政村 *')).value = DEFAULT_TEST_VILLAGE;
    sheet.getCell(2, typeColumn).value = '一般贫困户';
    sheet.getCell(2, at('贫困状态 *')).value = '未脱贫';
    sheet.getCell(2, at('姓名 *')).value = m?.name ?? '';
    sheet.getCell(2, at('证件号码 *')).value = m?.idNumber ?? '';
    sheet.getCell(2, at('与户主关系 *')).value = '户主';
    sheet.getCell(2, at('劳动技能 *')).value = '普通劳动力';
    const job = await checkFile(t(), cadre, '模板.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(job).toMatchObject({ status: 'checked', problemCount: 0, households: { new: 1 }, rows: { read: 1, valid: 1 } });
  });
});
