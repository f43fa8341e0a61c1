import { expect, it } from 'vitest';
import { DEFAULT_TEST_VILLAGE, registerTestHousehold } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, request } from '../../../test/test-context.ts';
import type { HouseholdView } from '../households/households.schemas.ts';
import type { IncomeView } from '../incomes/incomes.schemas.ts';
import { download } from '../household-export/export-test-helpers.ts';
import { buildXlsx, commitJob, fetchProblems } from './import-test-support.ts';
import { checkKindFile, countRows } from './record-import-test-support.ts';

const HEADER = ['户编号', '年度', '工资性收入（元）', '生产经营性收入（元）', '生产经营性支出（元）', '低保金（元）', '转移性收入（元）', '家庭纯收入（元）'];

describeEachEngine('import: incomes', (t) => {
  it('checks every row and reports each problem by sheet, row, column and value; imports the valid rows with the import in the history; a second import changes nothing', async () => {
    const officer = await createSignedInUser(t(), 'villageCadre', DEFAULT_TEST_VILLAGE);
    const household: HouseholdView = await registerTestHousehold(t(), officer, { memberCount: 2 });
    const beijing = await createSignedInUser(t(), 'countyOfficer', '110101');
    const outside = await registerTestHousehold(t(), beijing, { villageCode: '110101001001' });
    const no = household.householdNo;
    const file = await buildXlsx([
      { name: '填写说明', rows: [['每行一户一年']] },
      { name: '收入', rows: [
        ['收入情况表'],
        HEADER,
        [no, '２０２２', '12,000.50', 5000, 1000, 2400, 2400, 18400.5],
        [],
        [` ${no} `, 2022, 1, 0, 0, 0, null, null],
        [no, 2023, 'abc', 0, 0, 0, null, null],
        ['NOPE-1', 2022, 1, 0, 0, 0, null, null],
        [outside.householdNo, 2022, 1, 0, 0, 0, null, null],
        [no, 2021, 0, 0, 0, 50, 100, null],
        [no, 2010, 0, 0, 0, 0, null, null],
        [no, null, 0, 0, 0, 0, null, null],
        [no, 2020, 100, 0, 0, 0, null, 99],
      ] },
    ]);
    const job = await checkKindFile(t(), officer, 'incomes', '收入.xlsx', file);
    expect(job).toMatchObject({ kind: 'incomes', status: 'checked', rows: { read: 9, valid: 1, invalid: 8 }, households: { new: 1, changed: 0, unchanged: 0, invalid: 8 } });
    expect(await fetchProblems(t(), officer, job.id)).toEqual([
      { sheet: '收入', row: 5, column: '年度', value: '2022', code: 'keyRepeated', message: `household ${no} has an earlier row for 2022; give each year once` },
      { sheet: '收入', row: 6, column: '工资性收入(元)', value: 'abc', code: 'invalidValue', message: 'abc is not an amount in yuan (at most two decimals, not negative)' },
      { sheet: '收入', row: 7, column: '户编号', value: 'NOPE-1', code: 'householdNotFound', message: 'no household NOPE-1 in the registry; import the household first' },
      { sheet: '收入', row: 8, column: '户编号', value: outside.householdNo, code: 'villageOutOfScope', message: `household ${outside.householdNo} is outside your region` },
      { sheet: '收入', row: 9, column: '转移性收入(元)', value: '100', code: 'rule', message: 'transfer income 100 yuan does not equal the sum of its items, 50 yuan' },
      { sheet: '收入', row: 10, column: '年度', value: '2010', code: 'invalidValue', message: `the income year must be between 2013 and ${new Date().getUTCFullYear()}` },
      { sheet: '收入', row: 11, column: '年度', value: '', code: 'required', message: '年度 must be filled in' },
      { sheet: '收入', row: 12, column: '家庭纯收入(元)', value: '99', code: 'rule', message: 'net income 99 yuan does not equal wage + business + property + transfer − business costs = 100 yuan' },
    ]);
    // Nothing is written by the check.
    expect(await countRows(t(), 'incomes')).toBe(0);

    const done = await commitJob(t(), officer, job.id);
    expect(done).toMatchObject({ status: 'imported', rows: { written: 1 } });
    const incomes = await request<IncomeView[]>(t(), 'GET', `/api/v1/households/${household.id}/incomes`, { user: officer });
    expect(incomes.body).toHaveLength(1);
    expect(incomes.body[0]).toMatchObject({
      year: 2022, householdSize: 2, wageIncome: 1_200_050, businessIncome: 500_000, businessCosts: 100_000, transferIncome: 240_000,
      transferItems: { dibao: 240_000 }, netIncome: 1_840_050, netIncomePerCapita: 920_025, source: 'import',
    });
    const history = await request<{ entries: { entityType: string; action: string; source: string | null }[] }>(t(), 'GET', `/api/v1/households/${household.id}/history`, { user: officer });
    expect(history.body.entries.filter((e) => e.source === 'import').map((e) => `${e.entityType}:${e.action}`)).toEqual(['income:create']);

    const changes = await countRows(t(), 'recordChanges');
    const again = await checkKindFile(t(), officer, 'incomes', '收入.xlsx', file);
    expect(again).toMatchObject({ rows: { valid: 1 }, households: { new: 0, changed: 0, unchanged: 1 } });
    await commitJob(t(), officer, again.id);
    expect(await countRows(t(), 'recordChanges')).toBe(changes);
    expect(await countRows(t(), 'incomes')).toBe(1);

    // A changed figure updates the year, and the history shows it.
    const changed = await buildXlsx([{ name: '收入', rows: [['户编号', '年度', '工资性收入'], [no, 2022, 13000]] }]);
    const update = await checkKindFile(t(), officer, 'incomes', 'update.xlsx', changed);
    expect(update).toMatchObject({ problemCount: 0, households: { changed: 1 } });
    await commitJob(t(), officer, update.id);
    const after = await request<IncomeView[]>(t(), 'GET', `/api/v1/households/${household.id}/incomes`, { user: officer });
    // Only the wage column was in the file: the other figures stay.
    expect(after.body[0]).toMatchObject({ wageIncome: 1_300_000, businessIncome: 500_000, transferIncome: 240_000, netIncome: 1_940_000 });
  });

  it('round trip: the income export imported again changes nothing', async () => {
    const county = await createSignedInUser(t(), 'countyOfficer', '150602');
    const household = await registerTestHousehold(t(), county, { memberCount: 3 });
    const put = await request(t(), 'PUT', `/api/v1/households/${household.id}/incomes/2021`, { user: county, body: {
      wageIncome: 1_234_567, businessIncome: 300_001, businessCosts: 20_000, propertyIncome: 5, medicalExpenses: 70_000, schoolingExpenses: 1,
      transferItems: { familyPlanning: 0, dibao: 120_000, extremePovertySupport: 0, pension: 33_333, ecologicalCompensation: 0, disabilityAllowance: 0, agriculturalSubsidy: 9_999, other: 1 },
    } });
    expect(put.status).toBe(200);
    for (const format of ['xlsx', 'csv'] as const) {
      const { bytes } = await download(t(), county, `/incomes?format=${format}`);
      const before = await countRows(t(), 'recordChanges');
      const job = await checkKindFile(t(), county, 'incomes', `incomes.${format}`, bytes);
      expect(job).toMatchObject({ problemCount: 0, households: { new: 0, changed: 0, invalid: 0 } });
      expect(job.households.unchanged).toBeGreaterThanOrEqual(1);
      expect(job.ignoredColumns).toEqual([]);
      await commitJob(t(), county, job.id);
      expect(await countRows(t(), 'recordChanges')).toBe(before);
    }
  });

  it('refuses an import of incomes by a role that may not write the registry, and a template of an unknown kind', async () => {
    const inspector = await createSignedInUser(t(), 'inspector', '150602');
    const res = await t().app.request('/api/v1/imports?fileName=a.csv&kind=incomes', { method: 'POST', headers: { ...inspector.headers, 'content-type': 'application/octet-stream' }, body: 'x' });
    expect(res.status).toBe(403);
    const officer = await createSignedInUser(t(), 'villageCadre', DEFAULT_TEST_VILLAGE);
    const bad = await t().app.request('/api/v1/imports?fileName=a.csv&kind=visits', { method: 'POST', headers: { ...officer.headers, 'content-type': 'application/octet-stream' }, body: 'x' });
    expect(bad.status).toBe(400);
  });
});
