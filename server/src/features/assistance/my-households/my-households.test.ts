import { expect, it } from 'vitest';
import { createSignedInUser, describeEachEngine, request } from '../../../../test/test-context.ts';
import { setUpPairedHousehold } from '../assistance-test-support.ts';

interface Due { kind: string; overdueDays?: number; causes?: string[]; year?: number; isOverdue?: boolean }
interface Mine { cadreName: string; households: { householdId: number; unansweredCauses: string[]; lastVisitDate: string | null; dues: Due[] }[] }

describeEachEngine('my households API', (t) => {
  it('lists what is due for each paired household, and clears it as the cadre works', async () => {
    t().clock.now = new Date('2024-06-30T08:00:00Z');
    const { officer, household, cadreUser } = await setUpPairedHousehold(t(), { mainCause: 'illness', otherCauses: [] });
    const first = await request<Mine>(t(), 'GET', '/api/v1/my-households', { user: cadreUser });
    expect(first.status).toBe(200);
    const dues = first.body.households[0]?.dues ?? [];
    expect(dues.map((d) => d.kind)).toEqual(['visit', 'measure', 'developmentalMeasure', 'incomeSurvey']);
    expect(dues[0]?.overdueDays).toBe(151);
    expect(dues[1]?.causes).toEqual(['illness']);
    expect(dues[3]?.year).toBe(2023);

    const member = household.members[0];
    await request(t(), 'POST', `/api/v1/households/${household.id}/visits`, { user: cadreUser, body: { visitDate: '2024-06-30', purpose: 'routine', notes: '走访', followUp: '送医保材料', followUpDue: '2024-06-29' } });
    await request(t(), 'POST', `/api/v1/households/${household.id}/measures`, { user: cadreUser, body: { measureType: 'medicalAid', memberId: member?.id, startDate: '2024-06-30', amount: 200_000 } });
    await request(t(), 'POST', `/api/v1/households/${household.id}/measures`, { user: cadreUser, body: { measureType: 'workshopJob', memberId: member?.id, startDate: '2024-06-01', amount: null, inKind: '扶贫车间缝纫工' } });
    await request(t(), 'PUT', `/api/v1/households/${household.id}/incomes/2023`, { user: officer, body: { wageIncome: 1_000_000 } });
    const after = await request<Mine>(t(), 'GET', '/api/v1/my-households', { user: cadreUser });
    expect(after.body.households[0]).toMatchObject({ lastVisitDate: '2024-06-30', unansweredCauses: [] });
    expect(after.body.households[0]?.dues).toEqual([expect.objectContaining({ kind: 'followUp', isOverdue: true })]);
  });

  it('answers 404 to a user who is not linked to a cadre', async () => {
    const user = await createSignedInUser(t(), 'pairedCadre', '150602');
    const res = await request<{ code: string }>(t(), 'GET', '/api/v1/my-households', { user });
    expect([res.status, res.body.code]).toEqual([404, 'NOT_FOUND']);
  });
});
