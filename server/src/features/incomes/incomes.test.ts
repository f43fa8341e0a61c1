import { expect, it } from 'vitest';
import { registerTestHousehold } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, request } from '../../../test/test-context.ts';

interface IncomeBody { netIncome: number; netIncomePerCapita: number; transferIncome: number; householdSize: number; yardstick: { amount: number } | null; isAboveYardstick: boolean | null }

const form2020 = {
  wageIncome: 1_200_000,
  businessIncome: 800_000,
  businessCosts: 300_000,
  propertyIncome: 20_000,
  transferItems: { dibao: 381_000, pension: 172_800, agriculturalSubsidy: 30_000 },
};

describeEachEngine('incomes API', (t) => {
  it('computes per-capita net income in fen and compares it with the year\'s line', async () => {
    const cadre = await createSignedInUser(t(), 'villageCadre', '150602');
    const household = await registerTestHousehold(t(), cadre, { memberCount: 3 });
    const res = await request<IncomeBody>(t(), 'PUT', `/api/v1/households/${household.id}/incomes/2020`, { user: cadre, body: form2020 });
    expect(res.status).toBe(200);
    // 1 200 000 + 800 000 + 20 000 + 583 800 − 300 000 = 2 303 800 fen; ÷ 3 = 767 933.33 → 767 933
    expect(res.body).toMatchObject({ transferIncome: 583_800, netIncome: 2_303_800, netIncomePerCapita: 767_933, householdSize: 3, yardstick: { amount: 400_000 }, isAboveYardstick: true });
    const list = await request<IncomeBody[]>(t(), 'GET', `/api/v1/households/${household.id}/incomes`, { user: cadre });
    expect(list.body).toHaveLength(1);
  });

  it('replaces the year\'s figure and keeps the earlier one in the history', async () => {
    const cadre = await createSignedInUser(t(), 'villageCadre', '150602');
    const household = await registerTestHousehold(t(), cadre, { memberCount: 2 });
    await request(t(), 'PUT', `/api/v1/households/${household.id}/incomes/2019`, { user: cadre, body: form2020 });
    const second = await request<IncomeBody>(t(), 'PUT', `/api/v1/households/${household.id}/incomes/2019`, { user: cadre, body: { ...form2020, wageIncome: 0 } });
    expect(second.body.netIncome).toBe(1_103_800);
    const list = await request<IncomeBody[]>(t(), 'GET', `/api/v1/households/${household.id}/incomes`, { user: cadre });
    expect(list.body).toHaveLength(1);
    const changes = await t().ctx.db.selectFrom('recordChanges').select(['action', 'before']).where('householdId', '=', household.id).where('entityType', '=', 'income').orderBy('seq').execute();
    expect(changes.map((c) => c.action)).toEqual(['create', 'update']);
    expect(JSON.parse(changes[1]?.before ?? '{}')).toMatchObject({ netIncome: 2_303_800 });
  });

  it('refuses totals that do not add up, naming the field, and writes nothing', async () => {
    const cadre = await createSignedInUser(t(), 'villageCadre', '150602');
    const household = await registerTestHousehold(t(), cadre, { memberCount: 2 });
    const badTransfer = await request(t(), 'PUT', `/api/v1/households/${household.id}/incomes/2020`, { user: cadre, body: { ...form2020, transferIncome: 500_000 } });
    expect(badTransfer.status).toBe(422);
    expect(badTransfer.body).toMatchObject({ code: 'INCOME_MISMATCH', field: 'transferIncome' });
    const badNet = await request(t(), 'PUT', `/api/v1/households/${household.id}/incomes/2020`, { user: cadre, body: { ...form2020, netIncome: 1 } });
    expect(badNet.body).toMatchObject({ code: 'INCOME_MISMATCH', field: 'netIncome' });
    const fractional = await request(t(), 'PUT', `/api/v1/households/${household.id}/incomes/2020`, { user: cadre, body: { ...form2020, wageIncome: 12.5 } });
    expect(fractional.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'wageIncome' });
    const future = await request(t(), 'PUT', `/api/v1/households/${household.id}/incomes/2099`, { user: cadre, body: form2020 });
    expect(future.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'year' });
    const list = await request<IncomeBody[]>(t(), 'GET', `/api/v1/households/${household.id}/incomes`, { user: cadre });
    expect(list.body).toEqual([]);
  });

  it('keeps incomes inside the region and away from read-only roles', async () => {
    const cadre = await createSignedInUser(t(), 'villageCadre', '150602');
    const household = await registerTestHousehold(t(), cadre, { memberCount: 2 });
    const outsider = await createSignedInUser(t(), 'countyOfficer', '110101');
    expect((await request(t(), 'GET', `/api/v1/households/${household.id}/incomes`, { user: outsider })).status).toBe(404);
    expect((await request(t(), 'PUT', `/api/v1/households/${household.id}/incomes/2020`, { user: outsider, body: form2020 })).status).toBe(404);
    const inspector = await createSignedInUser(t(), 'inspector', '150602');
    expect((await request(t(), 'PUT', `/api/v1/households/${household.id}/incomes/2020`, { user: inspector, body: form2020 })).status).toBe(403);
  });
});
