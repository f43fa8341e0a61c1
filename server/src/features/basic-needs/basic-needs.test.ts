import { expect, it } from 'vitest';
import { registerTestHousehold } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, request } from '../../../test/test-context.ts';

interface CheckBody { isSecured: boolean; failedItems: string[]; evidence: Record<string, string> }

const passing = { food: 'pass', clothing: 'pass', compulsoryEducation: 'notApplicable', medicalInsurance: 'pass', housingSafety: 'pass', drinkingWaterSafety: 'pass' };

describeEachEngine('basic-needs checks API', (t) => {
  it('records dated checks and says which items failed', async () => {
    const cadre = await createSignedInUser(t(), 'villageCadre', '150602');
    const household = await registerTestHousehold(t(), cadre, { memberCount: 2 });
    const ok = await request<CheckBody>(t(), 'POST', `/api/v1/households/${household.id}/basic-needs-checks`, {
      user: cadre, body: { checkedOn: '2020-06-03', items: passing, evidence: { housingSafety: '住房鉴定A级' } },
    });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ isSecured: true, failedItems: [], evidence: { housingSafety: '住房鉴定A级' } });
    const failing = await request<CheckBody>(t(), 'POST', `/api/v1/households/${household.id}/basic-needs-checks`, {
      user: cadre, body: { checkedOn: '2021-03-01', items: { ...passing, housingSafety: 'fail' } },
    });
    expect(failing.body).toMatchObject({ isSecured: false, failedItems: ['housingSafety'] });
    const list = await request<CheckBody[]>(t(), 'GET', `/api/v1/households/${household.id}/basic-needs-checks`, { user: cadre });
    expect(list.body.map((c) => c.isSecured)).toEqual([false, true]);
  });

  it('refuses an unknown result, a missing item and a future date', async () => {
    const cadre = await createSignedInUser(t(), 'villageCadre', '150602');
    const household = await registerTestHousehold(t(), cadre, { memberCount: 1 });
    const url = `/api/v1/households/${household.id}/basic-needs-checks`;
    const unknown = await request(t(), 'POST', url, { user: cadre, body: { checkedOn: '2020-06-03', items: { ...passing, food: 'maybe' } } });
    expect(unknown.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'items.food' });
    const { drinkingWaterSafety: _dropped, ...missing } = passing;
    const incomplete = await request(t(), 'POST', url, { user: cadre, body: { checkedOn: '2020-06-03', items: missing } });
    expect(incomplete.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'items.drinkingWaterSafety' });
    const future = await request(t(), 'POST', url, { user: cadre, body: { checkedOn: '2999-01-01', items: passing } });
    expect(future.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'checkedOn' });
  });
});
