import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { buildMemberInput, makeIdNumber, registerTestHousehold } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, request, type TestApp, type TestUser } from '../../../test/test-context.ts';

interface Household { id: number; members: { id: number; relationToHead: string; schoolStatus: string }[] }

async function download(t: TestApp, url: string, user: TestUser) {
  const res = await t.app.request(url, { headers: user.headers });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await res.arrayBuffer());
  const sheet = workbook.worksheets[0];
  const rows: unknown[][] = [];
  sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { res, rows };
}

describeEachEngine('programme reports', (t) => {
  it('reports employment, microloans and students missing aid by village, as JSON and as audited Excel', async () => {
    t().clock.now = new Date('2025-12-01T08:00:00Z');
    const cadre = await createSignedInUser(t(), 'villageCadre', '150602');
    const village = '150602101201';
    const household = await registerTestHousehold(t(), cadre, {
      villageCode: village,
      members: [
        buildMemberInput({ relationToHead: 'self', idNumber: makeIdNumber({ birthDate: '1980-02-02', gender: 'male' }) }),
        buildMemberInput({ relationToHead: 'daughter', schoolStatus: 'seniorHigh', schoolGrade: 2 }),
      ],
    }) as Household;
    const head = household.members.find((m) => m.relationToHead === 'self');
    await request(t(), 'POST', '/api/v1/employment/jobs', { user: cadre, body: { memberId: head?.id, year: 2025, kind: 'inCounty', employer: '某合作社', months: 6, income: 1_800_000 } });

    const json = await request<{ villages: { villageCode: string; labourForce: number; employed: number; jobIncome: number }[] }>(t(), 'GET', `/api/v1/employment/report?region=${village}&year=2025`, { user: cadre });
    expect(json.body.villages.find((v) => v.villageCode === village)).toMatchObject({ employed: expect.any(Number), jobIncome: expect.any(Number) });
    expect(json.body.villages[0]?.jobIncome).toBeGreaterThanOrEqual(1_800_000);

    const employment = await download(t(), `/api/v1/employment/report?region=${village}&year=2025&format=xlsx&lang=zh`, cadre);
    expect(employment.res.headers.get('content-type')).toContain('spreadsheetml');
    expect(employment.rows[0]).toContain('务工收入（元）');
    const villageRow = employment.rows.find((r) => r[0] === village);
    expect(Number(villageRow?.[5])).toBeGreaterThanOrEqual(18_000);

    const missing = await download(t(), `/api/v1/education-aid/students?region=${village}&year=2025&missingOnly=true&format=xlsx&lang=en`, cadre);
    expect(missing.rows[0]).toEqual(expect.arrayContaining(['Student', 'Missing (yuan)']));
    expect(missing.rows.some((r) => r[1] === (household as unknown as { householdNo: string }).householdNo)).toBe(true);

    const loans = await download(t(), `/api/v1/microloans/report?region=${village}&format=xlsx&lang=zh`, cadre);
    expect(loans.rows[0]).toEqual(expect.arrayContaining(['逾期率', '回收率']));

    const audit = await t().ctx.db.selectFrom('auditLog').select('entityId').where('entityType', '=', 'programmeReport').execute();
    expect(audit.map((a) => a.entityId).sort()).toEqual(['employment-report', 'microloan-report', 'students-missing-aid']);
    const outsider = await createSignedInUser(t(), 'countyOfficer', '110101');
    const outside = await request<{ villages: unknown[] }>(t(), 'GET', '/api/v1/employment/report?year=2025', { user: outsider });
    expect(outside.body.villages).toEqual([]);
  });
});
