import { expect, it } from 'vitest';
import { registerTestHousehold } from '../../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, request } from '../../../../test/test-context.ts';
import { setUpPairedHousehold } from '../assistance-test-support.ts';

interface MeasureBody { id: string; measureType: string; amount: number | null; memberId: number | null; memberName: string | null; status: string; batchId: string | null }
interface Problem { code: string; field?: string; detail: string }

const dibao2024 = { measureType: 'dibao', startDate: '2024-01-01', endDate: '2024-12-31', amount: 762_000, fundingSource: 'countyFiscal', providerKind: 'department', providerName: '民政局' };

describeEachEngine('assistance measures API', (t) => {
  it('records a measure with its money in fen and keeps a record-change image and an audit entry', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const household = await registerTestHousehold(t(), officer);
    const res = await request<MeasureBody>(t(), 'POST', `/api/v1/households/${household.id}/measures`, { user: officer, body: dibao2024 });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ measureType: 'dibao', amount: 762_000, status: 'inProgress', batchId: null });
    const list = await request<MeasureBody[]>(t(), 'GET', `/api/v1/households/${household.id}/measures`, { user: officer });
    expect(list.body.map((m) => m.id)).toEqual([res.body.id]);
    const change = await t().ctx.db.selectFrom('recordChanges').select(['entityType', 'action', 'after']).where('entityId', '=', res.body.id).executeTakeFirst();
    expect(change).toMatchObject({ entityType: 'assistanceMeasure', action: 'create' });
    expect(JSON.parse(change?.after ?? '{}')).toMatchObject({ amount: 762_000 });
    const audit = await t().ctx.db.selectFrom('auditLog').select('action').where('entityId', '=', res.body.id).execute();
    expect(audit).toEqual([{ action: 'create' }]);
  });

  it('refuses a duplicate subsidy for the same household and an overlapping period, with its reason', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const household = await registerTestHousehold(t(), officer);
    expect((await request(t(), 'POST', `/api/v1/households/${household.id}/measures`, { user: officer, body: dibao2024 })).status).toBe(201);
    const dup = await request<Problem>(t(), 'POST', `/api/v1/households/${household.id}/measures`, { user: officer, body: { ...dibao2024, startDate: '2024-07-01', endDate: '2025-06-30' } });
    expect(dup.status).toBe(409);
    expect(dup.body).toMatchObject({ code: 'MEASURE_DUPLICATE', field: 'startDate' });
    expect(dup.body.detail).toContain('2024-01-01–2024-12-31');
    const next = await request(t(), 'POST', `/api/v1/households/${household.id}/measures`, { user: officer, body: { ...dibao2024, startDate: '2025-01-01', endDate: '2025-12-31' } });
    expect(next.status).toBe(201);
  });

  it('enforces the amount and member rules of the type, naming the field', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const household = await registerTestHousehold(t(), officer);
    const url = `/api/v1/households/${household.id}/measures`;
    const inKind = await request<Problem>(t(), 'POST', url, { user: officer, body: { ...dibao2024, amount: null, inKind: '米面油' } });
    expect([inKind.status, inKind.body.code, inKind.body.field]).toEqual([422, 'MEASURE_AMOUNT_RULE', 'amount']);
    const loan = await request<Problem>(t(), 'POST', url, { user: officer, body: { measureType: 'microloan', startDate: '2024-03-01', endDate: '2027-02-28', amount: 5_000_100 } });
    expect([loan.status, loan.body.code]).toEqual([422, 'MEASURE_AMOUNT_RULE']);
    const school = await request<Problem>(t(), 'POST', url, { user: officer, body: { measureType: 'schoolAid', startDate: '2024-09-01', amount: 100_000 } });
    expect([school.status, school.body.code, school.body.field]).toEqual([422, 'MEASURE_MEMBER_REQUIRED', 'memberId']);
    const stranger = await request<Problem>(t(), 'POST', url, { user: officer, body: { measureType: 'schoolAid', memberId: 'not-a-member', startDate: '2024-09-01', amount: 100_000 } });
    expect([stranger.status, stranger.body.field]).toEqual([400, 'memberId']);
    const badType = await request<Problem>(t(), 'POST', url, { user: officer, body: { ...dibao2024, measureType: 'magic' } });
    expect([badType.status, badType.body.field]).toEqual([400, 'measureType']);
    const fraction = await request<Problem>(t(), 'POST', url, { user: officer, body: { ...dibao2024, amount: 10.5 } });
    expect([fraction.status, fraction.body.field]).toEqual([400, 'amount']);
    const member = household.members[0];
    const ok = await request<MeasureBody>(t(), 'POST', url, { user: officer, body: { measureType: 'schoolAid', memberId: member?.id, startDate: '2024-09-01', endDate: '2025-07-15', amount: 100_000 } });
    expect(ok.status).toBe(201);
    expect(ok.body.memberName).toBe(member?.name);
    expect((await request<MeasureBody[]>(t(), 'GET', url, { user: officer })).body).toHaveLength(1);
  });

  it('changes a measure and keeps the earlier image', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const household = await registerTestHousehold(t(), officer);
    const created = await request<MeasureBody>(t(), 'POST', `/api/v1/households/${household.id}/measures`, { user: officer, body: dibao2024 });
    const changed = await request<MeasureBody>(t(), 'PUT', `/api/v1/measures/${created.body.id}`, { user: officer, body: { ...dibao2024, status: 'completed', outcome: '按月发放到一卡通' } });
    expect(changed.status).toBe(200);
    expect(changed.body.status).toBe('completed');
    const images = await t().ctx.db.selectFrom('recordChanges').select(['action', 'before']).where('entityId', '=', created.body.id).orderBy('seq').execute();
    expect(images.map((i) => i.action)).toEqual(['create', 'update']);
    expect(JSON.parse(images[1]?.before ?? '{}')).toMatchObject({ status: 'inProgress' });
  });

  it('keeps measures in the region and lets a paired cadre write only for paired households', async () => {
    const { officer, household, cadreUser } = await setUpPairedHousehold(t());
    const url = `/api/v1/households/${household.id}/measures`;
    const outsider = await createSignedInUser(t(), 'countyOfficer', '110101');
    expect((await request<Problem>(t(), 'GET', url, { user: outsider })).body.code).toBe('OUT_OF_SCOPE');
    expect((await request(t(), 'POST', url, { user: outsider, body: dibao2024 })).status).toBe(404);
    const inspector = await createSignedInUser(t(), 'inspector', '150602');
    expect((await request(t(), 'POST', url, { user: inspector, body: dibao2024 })).status).toBe(403);
    expect((await request(t(), 'POST', url, { user: cadreUser, body: dibao2024 })).status).toBe(201);
    const other = await registerTestHousehold(t(), officer);
    const notPaired = await request<Problem>(t(), 'POST', `/api/v1/households/${other.id}/measures`, { user: cadreUser, body: dibao2024 });
    expect([notPaired.status, notPaired.body.code]).toEqual([403, 'NOT_PAIRED']);
  });

  it('enters one measure for many households of a village, all or nothing', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const a = await registerTestHousehold(t(), officer);
    const b = await registerTestHousehold(t(), officer);
    const water = { measureType: 'drinkingWater', startDate: '2024-05-01', amount: null, inKind: '自来水入户', fundingSource: 'integratedAgricultural' };
    const ok = await request<{ batchId: string; count: number }>(t(), 'POST', '/api/v1/measures/bulk', { user: officer, body: { villageCode: a.villageCode, householdIds: [a.id, b.id], measure: water } });
    expect(ok.status).toBe(201);
    expect(ok.body.count).toBe(2);
    const rows = await t().ctx.db.selectFrom('assistanceMeasures').select('householdId').where('batchId', '=', ok.body.batchId).execute();
    expect(rows.map((r) => r.householdId).sort()).toEqual([a.id, b.id].sort());

    // b already has dibao for 2024: the whole batch is refused and nothing is written for a or c.
    await request(t(), 'POST', `/api/v1/households/${b.id}/measures`, { user: officer, body: dibao2024 });
    const c = await registerTestHousehold(t(), officer);
    const refused = await request<Problem>(t(), 'POST', '/api/v1/measures/bulk', { user: officer, body: { villageCode: a.villageCode, householdIds: [a.id, b.id, c.id], measure: { ...dibao2024 } } });
    expect([refused.status, refused.body.code, refused.body.field]).toEqual([409, 'MEASURE_DUPLICATE', 'householdIds.1.startDate']);
    const dibaoRows = await t().ctx.db.selectFrom('assistanceMeasures').select('householdId').where('measureType', '=', 'dibao').where('householdId', 'in', [a.id, c.id]).execute();
    expect(dibaoRows).toEqual([]);

    const outsider = await createSignedInUser(t(), 'countyOfficer', '110101');
    const foreign = await registerTestHousehold(t(), outsider, { villageCode: '110101001001' });
    const mixed = await request<Problem>(t(), 'POST', '/api/v1/measures/bulk', { user: officer, body: { villageCode: a.villageCode, householdIds: [a.id, foreign.id], measure: water } });
    expect([mixed.status, mixed.body.field]).toEqual([404, 'householdIds.1']);
    const perMember = await request<Problem>(t(), 'POST', '/api/v1/measures/bulk', { user: officer, body: { villageCode: a.villageCode, householdIds: [a.id], measure: { ...water, measureType: 'schoolAid', amount: 1000 } } });
    expect([perMember.status, perMember.body.code]).toEqual([422, 'MEASURE_MEMBER_REQUIRED']);
  });
});
