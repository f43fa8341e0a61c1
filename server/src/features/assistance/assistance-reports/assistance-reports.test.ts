import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { registerTestHousehold } from '../../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, request } from '../../../../test/test-context.ts';
import { createTestCadre, pairTestCadre } from '../assistance-test-support.ts';

interface Coverage { rows: { villageCode: string; cause: string; households: number; answered: number }[]; byCause: { cause: string; households: number; answered: number }[] }
interface Money { byType: { measureType: string; measures: number; households: number; amount: number }[]; byHousehold: { householdId: number; amount: number }[]; total: number }
interface Activity { rows: { cadreId: string; load: number; visitsByMonth: number[]; visits: number; overdueHouseholds: number }[] }

describeEachEngine('assistance reports API', (t) => {
  it('reports coverage, money and cadre activity, and exports each as a real workbook', async () => {
    t().clock.now = new Date('2024-06-30T08:00:00Z');
    // A township of its own keeps other tests' households out of the figures.
    const village = '150602102200';
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const a = await registerTestHousehold(t(), officer, { villageCode: village, mainCause: 'illness', otherCauses: ['water'] });
    const b = await registerTestHousehold(t(), officer, { villageCode: village, mainCause: 'illness', otherCauses: [] });
    await request(t(), 'POST', `/api/v1/households/${a.id}/measures`, { user: officer, body: { measureType: 'medicalAid', memberId: a.members[0]?.id, startDate: '2024-03-01', amount: 300_000 } });
    await request(t(), 'POST', `/api/v1/households/${a.id}/measures`, { user: officer, body: { measureType: 'dibao', startDate: '2024-01-01', endDate: '2024-12-31', amount: 762_000 } });
    await request(t(), 'POST', `/api/v1/households/${b.id}/measures`, { user: officer, body: { measureType: 'dibao', startDate: '2024-01-01', endDate: '2024-12-31', amount: 381_000 } });
    await request(t(), 'POST', `/api/v1/households/${b.id}/measures`, { user: officer, body: { measureType: 'temporaryAssistance', startDate: '2024-02-01', amount: 50_000, status: 'cancelled' } });

    const coverage = await request<Coverage>(t(), 'GET', '/api/v1/assistance-reports/coverage?regionCode=150602102', { user: officer });
    expect(coverage.status).toBe(200);
    expect(coverage.body.rows).toEqual([
      { villageCode: village, villageName: expect.any(String), cause: 'illness', households: 2, answered: 2 },
      { villageCode: village, villageName: expect.any(String), cause: 'water', households: 1, answered: 0 },
    ]);

    const money = await request<Money>(t(), 'GET', '/api/v1/assistance-reports/money?regionCode=150602102&year=2024', { user: officer });
    expect(money.body.total).toBe(1_443_000);
    expect(money.body.byType).toEqual([
      { measureType: 'medicalAid', measures: 1, households: 1, amount: 300_000 },
      { measureType: 'dibao', measures: 2, households: 2, amount: 1_143_000 },
    ]);
    expect(money.body.byHousehold.map((h) => [h.householdId, h.amount])).toEqual([[a.id, 1_062_000], [b.id, 381_000]]);

    const { cadre, user } = await createTestCadre(t(), officer, { regionCode: '150602102', linkUser: true });
    await pairTestCadre(t(), officer, cadre.id, a.id, '2024-01-01');
    await pairTestCadre(t(), officer, cadre.id, b.id, '2024-01-01');
    await request(t(), 'POST', `/api/v1/households/${a.id}/visits`, { user, body: { visitDate: '2024-06-10', purpose: 'routine', notes: '走访' } });
    const activity = await request<Activity>(t(), 'GET', '/api/v1/assistance-reports/cadre-activity?regionCode=150602102&year=2024', { user: officer });
    expect(activity.body.rows).toEqual([expect.objectContaining({ cadreId: cadre.id, load: 2, visits: 1, overdueHouseholds: 1 })]);
    expect(activity.body.rows[0]?.visitsByMonth[5]).toBe(1);

    const xlsx = await t().app.request('/api/v1/assistance-reports/money?regionCode=150602102&year=2024&format=xlsx', { headers: officer.headers });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-disposition')).toContain('assistance-money.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const byType = workbook.worksheets[0];
    expect(byType?.getRow(1).values).toEqual([undefined, '措施类型', '措施数', '户数', '金额(元)']);
    expect(byType?.getRow(3).values).toEqual([undefined, '低保', 2, 2, 11_430]);
    const english = await t().app.request('/api/v1/assistance-reports/coverage?regionCode=150602102&format=xlsx&lang=en', { headers: officer.headers });
    const coverageBook = new ExcelJS.Workbook();
    await coverageBook.xlsx.load(await english.arrayBuffer());
    expect(coverageBook.worksheets[0]?.getRow(2).values).toEqual([undefined, village, expect.any(String), 'Illness', 2, 2, 100]);
    const exports = await t().ctx.db.selectFrom('auditLog').select('entityId').where('action', '=', 'export').where('entityType', '=', 'assistanceReport').execute();
    expect(exports.length).toBeGreaterThanOrEqual(2);

    const outsider = await createSignedInUser(t(), 'countyOfficer', '110101');
    const none = await request<Money>(t(), 'GET', '/api/v1/assistance-reports/money?year=2024', { user: outsider });
    expect(none.body.total).toBe(0);
    const narrowedOutside = await request<Coverage>(t(), 'GET', '/api/v1/assistance-reports/coverage?regionCode=150602', { user: outsider });
    expect(narrowedOutside.body.rows).toEqual([]);
  });
});
