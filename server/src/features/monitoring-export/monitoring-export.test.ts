import { beforeAll, expect, it } from 'vitest';
import { buildMemberInput, registerTestHousehold } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, request, type TestApp, type TestUser } from '../../../test/test-context.ts';
import type { HouseholdView } from '../households/households.schemas.ts';
import { byHeader, readCsv, readWorkbook } from '../household-export/export-test-helpers.ts';
import type { ScanView } from '../monitoring/monitoring.schemas.ts';

async function upload(t: TestApp, user: TestUser, kind: string, lines: string[]): Promise<void> {
  const form = new FormData();
  form.append('file', new File([new TextEncoder().encode(lines.join('\n'))], `${kind}.csv`));
  expect((await t.app.request(`/api/v1/feeds/${kind}/batches`, { method: 'POST', headers: user.headers, body: form })).status).toBe(201);
}

async function scan(t: TestApp, user: TestUser): Promise<void> {
  const started = await request<ScanView>(t, 'POST', '/api/v1/monitoring/scans', { user, body: { regionCode: '150602', asOf: '2026-06-30' } });
  for (let i = 0; i < 200; i++) {
    const now = await request<ScanView>(t, 'GET', `/api/v1/monitoring/scans/${started.body.id}`, { user });
    if (now.body.status !== 'running') return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('scan did not finish');
}

async function download(t: TestApp, user: TestUser, path: string) {
  const res = await t.app.request(`/api/v1/monitoring/export/${path}`, { headers: user.headers });
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

describeEachEngine('monitoring lists export', (t) => {
  let county: TestUser;
  let below: HouseholdView;
  let sick: HouseholdView;
  const head = buildMemberInput();
  const pupil = buildMemberInput({ relationToHead: 'son', schoolStatus: 'juniorHigh' });

  beforeAll(async () => {
    county = await createSignedInUser(t(), 'countyOfficer', '150602');
    below = await registerTestHousehold(t(), county, { memberCount: 1, povertyStatus: 'notPoor', yearIdentified: null, mainCause: null, otherCauses: [] });
    expect((await request(t(), 'PUT', `/api/v1/households/${below.id}/incomes/2025`, { user: county, body: { wageIncome: 599_999, householdSize: 1 } })).status).toBe(200);
    sick = await registerTestHousehold(t(), county, { members: [head, pupil], povertyStatus: 'exited', yearExited: 2019 });
    expect((await request(t(), 'PUT', `/api/v1/households/${sick.id}/incomes/2025`, { user: county, body: { wageIncome: 2_000_000 } })).status).toBe(200);
    await upload(t(), county, 'schoolEnrolment', ['姓名,公民身份号码,学籍状态,变动日期', `${pupil.name},${pupil.idNumber},辍学,2026-05-01`]);
    await upload(t(), county, 'socialAssistanceRoll', ['姓名,公民身份号码,救助类别,名册月份,月保障金额(元)', `${head.name},${head.idNumber},低保,2026-05,635`]);
    await scan(t(), county);
  });

  it('exports the filtered alert inbox as xlsx and csv, masked, and audits it', async () => {
    const { res, bytes } = await download(t(), county, 'alerts?riskType=other');
    expect(res.status).toBe(200);
    expect(decodeURIComponent(res.headers.get('content-disposition')?.split("UTF-8''")[1] ?? '')).toMatch(/^监测预警名单_东胜区_\d{8}\.xlsx$/);
    const { rows } = await readWorkbook(bytes);
    expect(rows[0]?.slice(0, 7)).toEqual(['户编号', '行政村', '户主姓名', '户主身份证号码（脱敏）', '贫困状态', '风险类型', '预警原因']);
    const alerts = byHeader(rows);
    expect(alerts).toHaveLength(Number(res.headers.get('x-row-count')));
    const mine = alerts.find((a) => a['户编号'] === below.householdNo);
    expect(mine).toMatchObject({ '户主身份证号码（脱敏）': below.members[0]?.idNumberMasked, 风险类型: '其他', 预警原因: '人均纯收入低于监测范围：5999.99 < 6000.00', 状态: '待处理', 预警次数: 1, 筛查未再发现时间: null });
    expect(alerts.every((a) => a['风险类型'] === '其他')).toBe(true);

    const csv = await download(t(), county, 'alerts?format=csv&lang=en');
    expect(csv.res.headers.get('content-type')).toContain('text/csv');
    const [header = [], ...lines] = readCsv(csv.bytes);
    expect(header.slice(0, 4)).toEqual(['Household number', 'Village', 'Head of household', 'Head\'s ID number (masked)']);
    expect(lines).toHaveLength(Number(csv.res.headers.get('x-row-count')));
    expect(lines.map((l) => l[0])).toEqual(expect.arrayContaining([below.householdNo, sick.householdNo]));

    const audit = await t().ctx.db.selectFrom('auditLog').select(['action', 'details']).where('entityType', '=', 'monitoringAlert').where('action', '=', 'export').execute();
    expect(audit.map((a) => JSON.parse(a.details) as Record<string, unknown>)).toContainEqual(expect.objectContaining({ format: 'xlsx', idNumbers: 'masked', filters: { status: 'open', riskType: 'other' } }));
  });

  it('exports the discrepancy lists, unmasked only for a role that may', async () => {
    const { res, bytes } = await download(t(), county, 'discrepancies?idNumbers=unmasked');
    expect(res.status).toBe(200);
    const rows = byHeader((await readWorkbook(bytes)).rows).filter((r) => r['户编号'] === sick.householdNo);
    expect(rows.map((r) => [r['疑点类型'], r['姓名'], r['身份证号码'], r['部门信息']])).toEqual([
      ['低保名册有、档案未标注低保', head.name, head.idNumber, 'dibao'],
      ['档案为在校生、教育部门为辍学', pupil.name, pupil.idNumber, 'dropout'],
    ]);
    const one = await download(t(), county, 'discrepancies?kind=enrolledButDropout');
    const masked = byHeader((await readWorkbook(one.bytes)).rows);
    expect(masked.map((r) => r['身份证号码（脱敏）'])).toEqual([sick.members.find((m) => m.name === pupil.name)?.idNumberMasked]);

    const village = await createSignedInUser(t(), 'villageCadre', sick.villageCode);
    const refused = await t().app.request('/api/v1/monitoring/export/discrepancies?idNumbers=unmasked', { headers: village.headers });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: 'FORBIDDEN', field: 'idNumbers' });
    const elsewhere = await createSignedInUser(t(), 'countyOfficer', '110101');
    const empty = await download(t(), elsewhere, 'discrepancies');
    expect(empty.res.headers.get('x-row-count')).toBe('0');
    expect(byHeader((await readWorkbook(empty.bytes)).rows)).toEqual([]);
  });
});
