import { expect, it } from 'vitest';
import { registerTestHousehold } from '../../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, request } from '../../../../test/test-context.ts';
import { createTestCadre, pairTestCadre, setUpPairedHousehold, type CadreBody } from '../assistance-test-support.ts';

interface Problem { code: string; field?: string }
interface PairingBody { id: string; isActive: boolean; endDate: string | null; householdNo: string }

describeEachEngine('cadres and pairings API', (t) => {
  it('creates cadres linked to a user, refuses a second link, and shows the cadre to its user', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const { cadre, user } = await createTestCadre(t(), officer, { linkUser: true });
    expect(cadre).toMatchObject({ load: 0, maxLoad: 5 });
    const again = await request<Problem>(t(), 'POST', '/api/v1/cadres', { user: officer, body: { name: '王二', unit: '乡政府', level: 'township', regionCode: '150602101', userId: cadre.userId } });
    expect([again.status, again.body.code, again.body.field]).toEqual([409, 'CADRE_USER_TAKEN', 'userId']);
    const me = await request<CadreBody>(t(), 'GET', '/api/v1/cadres/me', { user });
    expect(me.body.id).toBe(cadre.id);
    const badLevel = await request<Problem>(t(), 'POST', '/api/v1/cadres', { user: officer, body: { name: '王二', unit: '乡政府', level: 'emperor', regionCode: '150602' } });
    expect([badLevel.status, badLevel.body.field]).toEqual([400, 'level']);
  });

  it('is managed only with cadres:manage and only inside the region', async () => {
    const cadreRole = await createSignedInUser(t(), 'villageCadre', '150602101201');
    const body = { name: '王二', unit: '乡政府', level: 'township', regionCode: '150602101201' };
    expect((await request(t(), 'POST', '/api/v1/cadres', { user: cadreRole, body })).status).toBe(403);
    const township = await createSignedInUser(t(), 'townshipOfficer', '150602101');
    const elsewhere = await request<Problem>(t(), 'POST', '/api/v1/cadres', { user: township, body: { ...body, regionCode: '150602102' } });
    expect([elsewhere.status, elsewhere.body.field]).toEqual([403, 'regionCode']);
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const { cadre } = await createTestCadre(t(), officer);
    const outsider = await createSignedInUser(t(), 'countyOfficer', '110101');
    expect((await request(t(), 'GET', `/api/v1/cadres/${cadre.id}`, { user: outsider })).status).toBe(404);
    const list = await request<CadreBody[]>(t(), 'GET', '/api/v1/cadres', { user: outsider });
    expect(list.body.map((c) => c.id)).not.toContain(cadre.id);
  });

  it('enforces the configured maximum load and shows the load', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const { cadre } = await createTestCadre(t(), officer, { regionCode: '150602101' });
    const settings = await request(t(), 'PUT', '/api/v1/assistance-settings/150602101', { user: officer, body: { maxPairingLoad: 2, visitBackdateDays: 30, visitIntervalDays: 30 } });
    expect(settings.status).toBe(200);
    const inherited = await request<{ maxPairingLoad: number; sourceRegionCode: string }>(t(), 'GET', '/api/v1/assistance-settings/150602101201', { user: officer });
    expect(inherited.body).toMatchObject({ maxPairingLoad: 2, sourceRegionCode: '150602101' });
    const [a, b, c] = [await registerTestHousehold(t(), officer), await registerTestHousehold(t(), officer), await registerTestHousehold(t(), officer)];
    await pairTestCadre(t(), officer, cadre.id, a.id);
    await pairTestCadre(t(), officer, cadre.id, b.id);
    const third = await request<Problem>(t(), 'POST', '/api/v1/pairings', { user: officer, body: { cadreId: cadre.id, householdId: c.id, startDate: '2024-01-01' } });
    expect([third.status, third.body.code, third.body.field]).toEqual([422, 'PAIRING_LOAD_EXCEEDED', 'cadreId']);
    const shown = await request<CadreBody>(t(), 'GET', `/api/v1/cadres/${cadre.id}`, { user: officer });
    expect(shown.body).toMatchObject({ load: 2, maxLoad: 2 });
    const twice = await request<Problem>(t(), 'POST', '/api/v1/pairings', { user: officer, body: { cadreId: cadre.id, householdId: a.id, startDate: '2024-06-01' } });
    expect(twice.body.code).toBe('PAIRING_OVERLAP');
    const villageCadre = await createSignedInUser(t(), 'villageCadre', '150602');
    expect((await request(t(), 'PUT', '/api/v1/assistance-settings/150602', { user: villageCadre, body: { maxPairingLoad: 9, visitBackdateDays: 30, visitIntervalDays: 30 } })).status).toBe(403);
  });

  it('holds the maximum when pairings for the same cadre arrive at the same moment', async () => {
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const { cadre } = await createTestCadre(t(), officer, { regionCode: '150602102' });
    expect((await request(t(), 'PUT', '/api/v1/assistance-settings/150602102', { user: officer, body: { maxPairingLoad: 2, visitBackdateDays: 30, visitIntervalDays: 30 } })).status).toBe(200);
    const village = '150602102200';
    const first = await registerTestHousehold(t(), officer, { villageCode: village });
    await pairTestCadre(t(), officer, cadre.id, first.id);
    const others = [];
    for (let i = 0; i < 4; i += 1) others.push(await registerTestHousehold(t(), officer, { villageCode: village }));
    const answers = await Promise.all(others.map((h) => request<Problem>(t(), 'POST', '/api/v1/pairings', { user: officer, body: { cadreId: cadre.id, householdId: h.id, startDate: '2024-01-01' } })));
    // One more fits; the others each count it and are refused.
    expect(answers.map((a) => a.status).sort()).toEqual([201, 422, 422, 422]);
    expect(answers.filter((a) => a.status === 422).every((a) => a.body.code === 'PAIRING_LOAD_EXCEEDED')).toBe(true);
    expect((await request<CadreBody>(t(), 'GET', `/api/v1/cadres/${cadre.id}`, { user: officer })).body).toMatchObject({ load: 2, maxLoad: 2 });
  });

  it('keeps a pairing through the household\'s exit, and ends it only by its own date', async () => {
    const { officer, household, cadre, cadreUser, pairing } = await setUpPairedHousehold(t());
    const exit = await request(t(), 'PATCH', `/api/v1/households/${household.id}`, { user: officer, body: { version: household.version, povertyStatus: 'exited', yearExited: 2024 } });
    expect(exit.status).toBe(200);
    const pairings = await request<PairingBody[]>(t(), 'GET', `/api/v1/pairings?householdId=${household.id}&activeOnly=true`, { user: officer });
    expect(pairings.body.map((p) => p.id)).toEqual([pairing.id]);
    const mine = await request<{ households: { householdId: number; povertyStatus: string }[] }>(t(), 'GET', '/api/v1/my-households', { user: cadreUser });
    expect(mine.body.households).toMatchObject([{ householdId: household.id, povertyStatus: 'exited' }]);

    const ended = await request<PairingBody>(t(), 'POST', `/api/v1/pairings/${pairing.id}/end`, { user: officer, body: { endDate: '2024-06-30' } });
    expect(ended.body).toMatchObject({ isActive: false, endDate: '2024-06-30' });
    expect((await request<{ households: unknown[] }>(t(), 'GET', '/api/v1/my-households', { user: cadreUser })).body.households).toEqual([]);
    expect((await request<CadreBody>(t(), 'GET', `/api/v1/cadres/${cadre.id}`, { user: officer })).body.load).toBe(0);
    const tooEarly = await request<Problem>(t(), 'POST', `/api/v1/pairings/${pairing.id}/end`, { user: officer, body: { endDate: '2023-01-01' } });
    expect([tooEarly.status, tooEarly.body.field]).toEqual([400, 'endDate']);
  });
});
