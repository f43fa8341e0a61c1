import { expect, it } from 'vitest';
import { registerTestHousehold } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, request, type TestApp } from '../../../test/test-context.ts';
import type { HistoryEntry } from './household-history.schemas.ts';
import type { HouseholdView } from './households.schemas.ts';

interface RollBody { asOf: string; total: number; items: { id: number; povertyStatus: string; address: string | null; memberCount: number }[] }

/** Runs `body` with the server clock at a given instant (sessions tolerate a clock set back). */
async function at<T>(t: TestApp, iso: string, body: () => Promise<T>): Promise<T> {
  const saved = t.clock.now;
  t.clock.now = new Date(iso);
  try {
    return await body();
  } finally {
    t.clock.now = saved;
  }
}

const countChanges = async (t: TestApp) => Number((await t.ctx.db.selectFrom('recordChanges').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describeEachEngine('household history, roll and versions', (t) => {
  it('records who changed what, with before and after, and the registration last', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const household = await registerTestHousehold(t(), officer, { povertyStatus: 'poor', address: null });
    const res = await request<HouseholdView>(t(), 'PATCH', `/api/v1/households/${household.id}`, {
      user: officer, body: { version: 1, address: '罕台镇九成功村三社', povertyStatus: 'exited', yearExited: 2020, source: 'visit' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 2, address: '罕台镇九成功村三社', povertyStatus: 'exited', updatedBy: officer.id });

    const history = await request<{ entries: HistoryEntry[]; nextBeforeSeq: number | null }>(t(), 'GET', `/api/v1/households/${household.id}/history`, { user: officer });
    expect(history.status).toBe(200);
    const [update, creation] = history.body.entries;
    expect(update).toMatchObject({ action: 'update', entityType: 'household', source: 'visit', actor: { id: officer.id, name: officer.username } });
    expect(update?.changes).toEqual([
      { field: 'address', before: null, after: '罕台镇九成功村三社' },
      { field: 'povertyStatus', before: 'poor', after: 'exited' },
      { field: 'yearExited', before: null, after: 2020 },
    ]);
    expect(creation).toMatchObject({ action: 'create', seq: null, actor: { id: officer.id, name: officer.username }, at: household.createdAt });
    expect(creation?.changes).toContainEqual({ field: 'povertyStatus', before: null, after: 'poor' });
    expect(history.body.nextBeforeSeq).toBeNull();

    const audit = await t().ctx.db.selectFrom('auditLog').select(['action', 'details']).where('entityId', '=', String(household.id)).orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
    expect(JSON.parse(audit[1]?.details ?? '{}')).toMatchObject({ fields: ['address', 'povertyStatus', 'yearExited'], version: 2 });
  });

  it('keeps bank accounts masked in the history', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const household = await registerTestHousehold(t(), officer, { bankAccount: '6228480011112222' });
    const res = await request<HouseholdView>(t(), 'PATCH', `/api/v1/households/${household.id}`, { user: officer, body: { version: 1, bankAccount: '6228480033334444' } });
    expect(res.body.bankAccountMasked).toBe('************4444');
    const rows = await t().ctx.db.selectFrom('recordChanges').select(['before', 'after']).where('householdId', '=', household.id).execute();
    const text = JSON.stringify(rows);
    expect(text).toContain('************2222');
    expect(text).not.toContain('6228480011112222');
    expect(text).not.toContain('6228480033334444');
  });

  it('refuses a stale version and writes nothing', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const household = await registerTestHousehold(t(), officer);
    expect((await request(t(), 'PATCH', `/api/v1/households/${household.id}`, { user: officer, body: { version: 1, phone: '13800000001' } })).status).toBe(200);
    const before = await countChanges(t());
    const stale = await request(t(), 'PATCH', `/api/v1/households/${household.id}`, { user: officer, body: { version: 1, phone: '13800000002' } });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT', field: 'version', details: { currentVersion: 2 } });
    expect(await countChanges(t())).toBe(before);
    const read = await request<HouseholdView>(t(), 'GET', `/api/v1/households/${household.id}`, { user: officer });
    expect(read.body).toMatchObject({ phone: '13800000001', version: 2 });
  });

  it('checks changed fields like a registration', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const household = await registerTestHousehold(t(), officer, { mainCause: 'illness', otherCauses: ['skills'] });
    const other = await registerTestHousehold(t(), officer);
    const patch = (body: Record<string, unknown>) => request(t(), 'PATCH', `/api/v1/households/${household.id}`, { user: officer, body: { version: 1, ...body } });
    expect((await patch({ mainCause: 'skills' })).body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'otherCauses' });
    expect((await patch({ householdNo: other.householdNo })).body).toMatchObject({ code: 'HOUSEHOLD_NO_TAKEN', field: 'householdNo' });
    expect((await patch({ villageCode: '150602101' })).body).toMatchObject({ code: 'REGION_NOT_VILLAGE', field: 'villageCode' });
    expect((await patch({ povertyStatus: 'rich' })).body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'povertyStatus' });
    const moved = await patch({ villageCode: '150602101202' });
    expect(moved.status).toBe(200);
    const villages = await t().ctx.db.selectFrom('members').select('villageCode').where('householdId', '=', household.id).execute();
    expect(villages.every((m) => m.villageCode === '150602101202')).toBe(true);
  });

  it('reproduces the roll as it stood at the end of a past date', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const household = await at(t(), '2024-01-10T03:00:00Z', () => registerTestHousehold(t(), officer, { povertyStatus: 'poor', villageCode: '150602102200' }));
    await at(t(), '2024-03-05T09:00:00Z', () => request(t(), 'PATCH', `/api/v1/households/${household.id}`, { user: officer, body: { version: 1, povertyStatus: 'exited', address: '铜川镇' } }));
    await at(t(), '2024-06-01T09:00:00Z', () => request(t(), 'PATCH', `/api/v1/households/${household.id}`, { user: officer, body: { version: 2, povertyStatus: 'relapsed' } }));
    const roll = async (asOf: string) => {
      const res = await request<RollBody>(t(), 'GET', `/api/v1/households/roll?asOf=${asOf}&regionCode=150602102200`, { user: officer });
      expect(res.status).toBe(200);
      return res.body.items.find((i) => i.id === household.id);
    };
    expect(await roll('2024-01-09')).toBeUndefined();
    expect(await roll('2024-01-10')).toMatchObject({ povertyStatus: 'poor', address: null });
    expect(await roll('2024-03-04')).toMatchObject({ povertyStatus: 'poor', address: null });
    expect(await roll('2024-03-05')).toMatchObject({ povertyStatus: 'exited', address: '铜川镇' });
    expect(await roll('2024-05-31')).toMatchObject({ povertyStatus: 'exited' });
    expect(await roll('2024-06-01')).toMatchObject({ povertyStatus: 'relapsed' });
    const outside = await request<RollBody>(t(), 'GET', '/api/v1/households/roll?asOf=2024-06-01&regionCode=110101', { user: officer });
    expect(outside.body).toMatchObject({ total: 0, items: [] });
    const badDate = await request(t(), 'GET', '/api/v1/households/roll?asOf=2024-13-01', { user: officer });
    expect(badDate.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'asOf' });
  });
});
