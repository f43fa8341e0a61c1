import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { buildFamily, makeIdNumber, registerTestHousehold } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, request, type TestApp } from '../../../test/test-context.ts';
import { encodeGbk } from '../import/import-test-support.ts';
import type { FeedBatchView } from './feeds.schemas.ts';

const MEDICAL_HEADER = '结算单号,姓名,公民身份号码,结算日期,医疗总费用(元),个人自付(元),是否住院,医疗机构';

async function upload(t: TestApp, kind: string, fileName: string, content: string | Uint8Array, headers: Record<string, string>) {
  const form = new FormData();
  form.append('file', new File([typeof content === 'string' ? new TextEncoder().encode(content) : content], fileName));
  const res = await t.app.request(`/api/v1/feeds/${kind}/batches`, { method: 'POST', headers, body: form });
  return { status: res.status, body: (await res.json()) as FeedBatchView & { code?: string; field?: string } };
}

describeEachEngine('department feeds', (t) => {
  it('takes a medical file through a department officer\'s API token: applied, reported, idempotent', async () => {
    const county = await createSignedInUser(t(), 'countyOfficer', '150602');
    const admin = await createSignedInUser(t(), 'admin', '');
    const officer = await createSignedInUser(t(), 'departmentOfficer', '150602', { department: 'healthcareSecurity' });
    const issued = await request<{ token: string }>(t(), 'POST', `/api/v1/users/${officer.id}/tokens`, { user: admin, body: { name: '医保接口' } });
    const bearer = { authorization: `Bearer ${issued.body.token}` };
    const members = buildFamily(2);
    const household = await registerTestHousehold(t(), county, { members });
    const [a, b] = members.map((m) => m.idNumber);
    const stranger = makeIdNumber();
    const lines = [
      MEDICAL_HEADER,
      `S-1,${members[0]?.name ?? ''},${a},2025-03-02,20000,8000.50,是,旗医院`,
      `S-2,${members[1]?.name ?? ''},${b},2025/4/5,300,120,否,`,
      `S-3,某某,${stranger},2025-04-06,100,10,否,`,
      `S-4,某某,${a?.slice(0, 17)}${a?.endsWith('0') ? '1' : '0'},2025-02-30,100,200,否,`,
    ];
    const first = await upload(t(), 'medicalCosts', '医保2025.csv', `\uFEFF${lines.join('\r\n')}\r\n`, bearer);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ kind: 'medicalCosts', via: 'token', isRepeat: false, rows: { total: 4, inserted: 2, invalid: 1, unmatched: 1, updated: 0, unchanged: 0 } });
    expect(first.body.issues).toEqual(expect.arrayContaining([
      expect.objectContaining({ row: 4, kind: 'unmatched', column: '公民身份号码', value: expect.stringMatching(/^1506\*+/) }),
      expect.objectContaining({ row: 5, kind: 'invalid', column: '公民身份号码' }),
      expect.objectContaining({ row: 5, kind: 'invalid', column: '结算日期', value: '2025-02-30' }),
    ]));
    const stored = await t().ctx.db.selectFrom('feedRecords').selectAll().where('householdId', '=', household.id).orderBy('eventDate').execute();
    expect(stored.map((r) => [r.eventDate, Number(r.amount), r.code])).toEqual([['2025-03-02', 800_050, 'yes'], ['2025-04-05', 12_000, 'no']]);

    const again = await upload(t(), 'medicalCosts', 'copy.csv', `\uFEFF${lines.join('\r\n')}\r\n`, bearer);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.body.id, isRepeat: true });
    const changed = await upload(t(), 'medicalCosts', '医保2025-更正.csv', [MEDICAL_HEADER, lines[1], lines[2]?.replace(',120,', ',150,')].join('\n'), bearer);
    expect(changed.body.rows).toMatchObject({ total: 2, inserted: 0, updated: 1, unchanged: 1 });
    expect(await t().ctx.db.selectFrom('feedRecords').select('id').where('householdId', '=', household.id).execute()).toHaveLength(2);

    const listed = await request<{ id: string }[]>(t(), 'GET', '/api/v1/feeds/batches?kind=medicalCosts', { user: county });
    expect(listed.body.map((x) => x.id)).toEqual(expect.arrayContaining([first.body.id, changed.body.id]));
    const audit = await t().ctx.db.selectFrom('auditLog').select('details').where('entityType', '=', 'feedBatch').where('entityId', '=', first.body.id).executeTakeFirst();
    expect(audit?.details).not.toContain(a ?? 'x');
  });

  it('refuses another department\'s feed, a role without the right, and a file without the template\'s columns', async () => {
    const civil = await createSignedInUser(t(), 'departmentOfficer', '150602', { department: 'civilAffairs' });
    const cadre = await createSignedInUser(t(), 'villageCadre', '150602101201');
    const wrongDept = await upload(t(), 'medicalCosts', 'a.csv', `${MEDICAL_HEADER}\n`, civil.headers);
    expect(wrongDept).toMatchObject({ status: 403, body: { field: 'kind' } });
    expect((await upload(t(), 'socialAssistanceRoll', 'a.csv', '姓名,公民身份号码\n', cadre.headers)).status).toBe(403);
    const missing = await upload(t(), 'socialAssistanceRoll', 'roll.csv', '姓名,公民身份号码\n张三,150602198001010011\n', civil.headers);
    expect(missing).toMatchObject({ status: 422, body: { code: 'FEED_COLUMNS_MISSING', field: 'file' } });
    expect((await upload(t(), 'socialAssistanceRoll', 'roll.txt', 'x', civil.headers)).body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'file' });
  });

  it('reads a CSV in GBK, as Excel saves it on a Chinese Windows, with the import\'s readers; refuses a broken workbook', async () => {
    const county = await createSignedInUser(t(), 'countyOfficer', '150602');
    const members = buildFamily(1);
    await registerTestHousehold(t(), county, { members });
    const member = members[0];
    const csv = `${MEDICAL_HEADER}\r\n\r\nG-1,${member?.name ?? ''},${member?.idNumber ?? ''},2025-05-06,1000,300,否,"旗医院, 二部"\r\n`;
    const sent = await upload(t(), 'medicalCosts', '医保.csv', new Uint8Array(encodeGbk(csv)), county.headers);
    expect(sent.status).toBe(201);
    expect(sent.body.rows).toMatchObject({ total: 1, inserted: 1 });
    const stored = await t().ctx.db.selectFrom('feedRecords').select(['amount', 'detail']).where('batchId', '=', sent.body.id).executeTakeFirstOrThrow();
    expect([Number(stored.amount), JSON.parse(stored.detail)]).toEqual([30_000, expect.objectContaining({ hospital: '旗医院, 二部' })]);
    const broken = await upload(t(), 'medicalCosts', '医保.xlsx', new TextEncoder().encode('not a workbook'), county.headers);
    expect(broken).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED', field: 'file' } });
  });

  it('matches only members in the sender\'s region and reads the xlsx template filled in', async () => {
    const county = await createSignedInUser(t(), 'countyOfficer', '150602');
    const beijing = await createSignedInUser(t(), 'countyOfficer', '110101');
    const officer = await createSignedInUser(t(), 'departmentOfficer', '150602', { department: 'civilAffairs' });
    const local = await registerTestHousehold(t(), county, { memberCount: 1 });
    const members = buildFamily(1);
    await registerTestHousehold(t(), beijing, { villageCode: '110101001001', members });
    const template = await t().app.request('/api/v1/feeds/socialAssistanceRoll/template?format=xlsx', { headers: officer.headers });
    expect(template.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await template.arrayBuffer());
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).values).toEqual([undefined, '姓名', '公民身份号码', '救助类别', '名册月份', '月保障金额(元)']);
    const localMember = await t().ctx.db.selectFrom('members').select(['name', 'idNumberEnc']).where('householdId', '=', local.id).executeTakeFirstOrThrow();
    sheet?.addRow([localMember.name, t().ctx.cipher.decrypt(localMember.idNumberEnc), '低保', '2025-06', 635]);
    sheet?.addRow(['外区', members[0]?.idNumber, '低保', '2025-06', 635]);
    const filled = await upload(t(), 'socialAssistanceRoll', '低保名册.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()), officer.headers);
    expect(filled.status).toBe(201);
    expect(filled.body.rows).toMatchObject({ total: 2, inserted: 1, unmatched: 1 });
    expect(filled.body.issues[0]).toMatchObject({ sheet: '低保特困名册', row: 3, kind: 'unmatched' });
    expect((await request(t(), 'GET', `/api/v1/feeds/batches/${filled.body.id}`, { user: beijing })).status).toBe(404);
  });
});
