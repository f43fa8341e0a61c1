import { beforeAll, expect, it } from 'vitest';
import { findTestVillages, registerTestHousehold } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, request, type TestUser } from '../../../test/test-context.ts';
import type { HouseholdView } from '../households/households.schemas.ts';
import { byHeader, download, readCsv, readWorkbook } from './export-test-helpers.ts';

const HEADERS = ['户编号', '行政村', '户主姓名', '受益成员', '帮扶措施类型', '开始日期', '结束日期', '金额（元）', '实物', '资金来源', '帮扶主体类型', '帮扶主体', '状态', '帮扶成效'];

describeEachEngine('assistance measure export', (t) => {
  let county: TestUser;
  const households: HouseholdView[] = [];

  async function addMeasure(household: HouseholdView | undefined, body: Record<string, unknown>) {
    const res = await request(t(), 'POST', `/api/v1/households/${household?.id ?? ''}/measures`, { user: county, body });
    if (res.status !== 201) throw new Error(`adding a measure failed (${res.status}): ${JSON.stringify(res.body)}`);
  }

  beforeAll(async () => {
    county = await createSignedInUser(t(), 'countyOfficer', '150602');
    const villages = await findTestVillages(t(), '150602');
    const first = villages[0] ?? '';
    const other = villages.find((v) => v.slice(0, 9) !== first.slice(0, 9)) ?? '';
    households.push(await registerTestHousehold(t(), county, { villageCode: first, povertyStatus: 'poor' }));
    households.push(await registerTestHousehold(t(), county, { villageCode: other, povertyStatus: 'exited', yearExited: 2020 }));
    const [a, b] = households;
    await addMeasure(a, { measureType: 'industrySubsidy', startDate: '2020-03-01', amount: 300_000, fundingSource: 'countyFiscal', providerKind: 'department', providerName: '东胜区农牧局', outcome: '养羊 20 只' });
    await addMeasure(a, { measureType: 'housingRenovation', startDate: '2019-05-10', endDate: '2019-09-30', inKind: '危房改造材料', status: 'completed' });
    await addMeasure(b, { measureType: 'industrySubsidy', startDate: '2021-04-01', amount: 150_050 });
    const beijing = await createSignedInUser(t(), 'countyOfficer', '110101');
    const outside = await registerTestHousehold(t(), beijing, { villageCode: '110101001001' });
    const res = await request(t(), 'POST', `/api/v1/households/${outside.id}/measures`, { user: beijing, body: { measureType: 'industrySubsidy', startDate: '2021-01-01', amount: 1 } });
    expect(res.status).toBe(201);
  });

  it('exports every measure of the filtered households in the region, cell by cell, and audits it', async () => {
    const { res, bytes } = await download(t(), county, '/measures');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-row-count')).toBe('3');
    expect(decodeURIComponent(res.headers.get('content-disposition')?.split("UTF-8''")[1] ?? '')).toMatch(/^帮扶措施台账_东胜区_\d{8}\.xlsx$/);
    const { names, rows } = await readWorkbook(bytes);
    expect(names).toEqual(['帮扶措施台账']);
    expect(rows[0]).toEqual(HEADERS);
    const [a, b] = households;
    const data = byHeader(rows);
    // By village code (a's village comes first), then household number and start date.
    expect(data.map((r) => r['户编号'])).toEqual([a, a, b].map((h) => h?.householdNo));
    const rowsOfA = data.filter((r) => r['户编号'] === a?.householdNo);
    expect(rowsOfA).toEqual([
      { 户编号: a?.householdNo, 行政村: a?.villageName, 户主姓名: a?.headName, 受益成员: null, 帮扶措施类型: '危房改造', 开始日期: '2019-05-10', 结束日期: '2019-09-30',
        '金额（元）': null, 实物: '危房改造材料', 资金来源: null, 帮扶主体类型: null, 帮扶主体: null, 状态: '已完成', 帮扶成效: null },
      { 户编号: a?.householdNo, 行政村: a?.villageName, 户主姓名: a?.headName, 受益成员: null, 帮扶措施类型: '产业奖补', 开始日期: '2020-03-01', 结束日期: null,
        '金额（元）': 3000, 实物: null, 资金来源: '县级财政', 帮扶主体类型: '行业部门', 帮扶主体: '东胜区农牧局', 状态: '实施中', 帮扶成效: '养羊 20 只' },
    ]);
    const audit = await t().ctx.db.selectFrom('auditLog').selectAll().where('action', '=', 'export').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ entityType: 'assistanceMeasure', actorId: county.id, regionCode: '150602' });
    expect(JSON.parse(audit.details)).toEqual({ format: 'xlsx', lang: 'zh', filters: {}, rowCount: 3, idNumbers: 'masked' });
  });

  it('follows the list filters, writes CSV, and shows another region nothing', async () => {
    const exited = await download(t(), county, '/measures?povertyStatus=exited&format=csv&lang=en');
    const csv = readCsv(exited.bytes);
    expect(csv[0]?.slice(4, 8)).toEqual(['Measure type', 'Start date', 'End date', 'Amount (yuan)']);
    expect(csv.slice(1).map((l) => [l[0], l[4], l[7], l[12]])).toEqual([[households[1]?.householdNo, 'Industry subsidy', '1500.50', 'In progress']]);
    const township = await createSignedInUser(t(), 'townshipOfficer', households[0]?.villageCode.slice(0, 9) ?? '');
    const own = byHeader((await readWorkbook((await download(t(), township, '/measures')).bytes)).rows);
    expect(new Set(own.map((r) => r['户编号']))).toEqual(new Set([households[0]?.householdNo]));
    const inspector = await createSignedInUser(t(), 'inspector', '110101');
    expect((await download(t(), inspector, '/measures?regionCode=150602')).res.headers.get('x-row-count')).toBe('0');
  });
});
