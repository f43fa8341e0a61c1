import { beforeAll, expect, it } from 'vitest';
import { findTestVillages, registerTestHousehold, type HouseholdOverrides } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, request, type TestUser } from '../../../test/test-context.ts';
import type { HouseholdView } from '../households/households.schemas.ts';
import type { Overview } from './overview.schemas.ts';

/** Two townships of the test county: A with two villages used, B with one. */
interface Places { townshipA: string; townshipB: string; a1: string; a2: string; b1: string }

async function choosePlaces(villages: readonly string[]): Promise<Places> {
  const byTownship = new Map<string, string[]>();
  for (const v of villages) byTownship.set(v.slice(0, 9), [...(byTownship.get(v.slice(0, 9)) ?? []), v]);
  const withTwo = [...byTownship].filter(([, vs]) => vs.length >= 2);
  const [townshipA, [a1, a2] = []] = withTwo[0] ?? [];
  const [townshipB, [b1] = []] = [...byTownship].find(([code]) => code !== townshipA) ?? [];
  if (!townshipA || !townshipB || !a1 || !a2 || !b1) throw new Error('the test county needs two townships, one with two villages');
  return { townshipA, townshipB, a1, a2, b1 };
}

const overviewOf = async (t: Parameters<typeof request>[0], user: TestUser, query = '') => {
  const res = await request<Overview>(t, 'GET', `/api/v1/overview${query}`, { user });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};

const statusCounts = (o: Overview) => Object.fromEntries(o.byStatus.filter((s) => s.households > 0).map((s) => [s.povertyStatus, [s.households, s.people]]));

describeEachEngine('county overview', (t) => {
  let officer: TestUser;
  let places: Places;
  const households: HouseholdView[] = [];

  beforeAll(async () => {
    officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    places = await choosePlaces(await findTestVillages(t(), '150602'));
    const { a1, a2, b1 } = places;
    const plan: HouseholdOverrides[] = [
      { villageCode: a1, povertyStatus: 'poor', householdType: 'general', mainCause: 'illness', otherCauses: ['skills'], memberCount: 3 },
      { villageCode: a1, povertyStatus: 'relapsed', householdType: 'dibao', mainCause: 'disability', otherCauses: ['illness'], memberCount: 2, yearExited: 2019 },
      { villageCode: a2, povertyStatus: 'exited', householdType: 'general', mainCause: 'illness', otherCauses: [], memberCount: 4, yearExited: 2019 },
      { villageCode: b1, povertyStatus: 'poor', householdType: 'extremePovertySupport', mainCause: 'schooling', otherCauses: ['skills', 'labour'], memberCount: 1 },
      { villageCode: b1, povertyStatus: 'notPoor', householdType: 'general', mainCause: null, otherCauses: [], memberCount: 2, yearIdentified: null },
    ];
    for (const overrides of plan) households.push(await registerTestHousehold(t(), officer, overrides));
    // Per-capita net incomes in 2020 (line 4 000 yuan = 400 000 fen): 3 000, 4 000 (at the line), 5 000, 8 000 (at 2×) yuan.
    const wages2020 = [900_000, 800_000, 2_000_000, 800_000];
    for (const [i, wageIncome] of wages2020.entries()) {
      const h = households[i];
      if (!h) throw new Error('household missing');
      const res = await request(t(), 'PUT', `/api/v1/households/${h.id}/incomes/2020`, { user: officer, body: { wageIncome } });
      expect(res.status).toBe(200);
    }
    const notPoor = households[4];
    if (!notPoor) throw new Error('household missing');
    await request(t(), 'PUT', `/api/v1/households/${notPoor.id}/incomes/2019`, { user: officer, body: { wageIncome: 1_400_000 } });
  });

  it('counts households and people by status and type', async () => {
    const o = await overviewOf(t(), officer);
    expect(o.region).toEqual({ code: '150602', name: '东胜区', level: 'county' });
    expect(o.totals).toEqual({ households: 5, people: 12, poorHouseholds: 3, poorPeople: 6, incidence: 0.5 });
    expect(statusCounts(o)).toEqual({ poor: [2, 4], relapsed: [1, 2], exited: [1, 4], notPoor: [1, 2] });
    expect(o.byStatus.map((s) => s.povertyStatus)).toEqual(['notPoor', 'applicant', 'poor', 'exited', 'exitedNoPolicy', 'relapsed']);
    expect(o.byType).toEqual([
      { householdType: 'general', households: 3, people: 9 },
      { householdType: 'dibao', households: 1, people: 2 },
      { householdType: 'extremePovertySupport', households: 1, people: 1 },
    ]);
  });

  it('gives poverty incidence per township with the raw counts, and drills down to villages', async () => {
    const o = await overviewOf(t(), officer);
    expect(o.incidence.populationBasis).toBe('registry');
    expect(o.incidence.note).toMatch(/registry/);
    expect(o.incidence.childLevel).toBe('township');
    const byCode = new Map(o.incidence.regions.map((r) => [r.code, r]));
    // Township A: people 3 + 2 + 4 = 9, still poor 3 + 2 = 5 → 5 / 9 = 0.5556. Township B: 1 of 3 → 0.3333.
    expect(byCode.get(places.townshipA)).toMatchObject({ households: 3, people: 9, poorHouseholds: 2, poorPeople: 5, incidence: 0.5556 });
    expect(byCode.get(places.townshipB)).toMatchObject({ households: 2, people: 3, poorHouseholds: 1, poorPeople: 1, incidence: 0.3333 });
    expect(byCode.get(places.townshipA)?.name).toEqual(expect.any(String));
    const empty = o.incidence.regions.find((r) => r.households === 0);
    expect(empty).toMatchObject({ people: 0, poorPeople: 0, incidence: null });

    const township = await overviewOf(t(), officer, `?regionCode=${places.townshipA}`);
    expect(township.incidence.childLevel).toBe('village');
    const villages = new Map(township.incidence.regions.map((r) => [r.code, r]));
    expect(villages.get(places.a1)).toMatchObject({ households: 2, people: 5, poorPeople: 5, incidence: 1 });
    expect(villages.get(places.a2)).toMatchObject({ households: 1, people: 4, poorPeople: 0, incidence: 0 });

    const village = await overviewOf(t(), officer, `?regionCode=${places.a1}`);
    expect(village.incidence.regions).toEqual([expect.objectContaining({ code: places.a1, households: 2, people: 5, poorPeople: 5, incidence: 1 })]);
    expect(village.incidence.childLevel).toBe('village');
  });

  it('counts causes of poverty by main cause and by any cause', async () => {
    const o = await overviewOf(t(), officer);
    const causes = Object.fromEntries(o.causes.items.filter((c) => c.anyCause > 0).map((c) => [c.povertyCause, [c.mainCause, c.anyCause]]));
    expect(causes).toEqual({ illness: [2, 3], disability: [1, 1], schooling: [1, 1], skills: [0, 2], labour: [0, 1] });
    expect(o.causes.householdsWithoutCause).toBe(1);
    expect(o.causes.items).toHaveLength(12);
  });

  it('distributes per-capita incomes against the year\'s line, defaulting to the latest year', async () => {
    const o = await overviewOf(t(), officer);
    expect(o.incomes).toMatchObject({ year: 2020, yardstick: { kind: 'povertyLine', amount: 400_000, sourceYear: 2020 }, households: 4, atOrBelowYardstick: 2 });
    expect(o.incomes.buckets).toEqual([
      { key: 'upTo0.8', above: null, upTo: 320_000, households: 1 },
      { key: '0.8to1', above: 320_000, upTo: 400_000, households: 1 },
      { key: '1to1.5', above: 400_000, upTo: 600_000, households: 1 },
      { key: '1.5to2', above: 600_000, upTo: 800_000, households: 1 },
      { key: 'over2', above: 800_000, upTo: null, households: 0 },
    ]);
    // 2019: one household of 2 with 7 000 yuan each, against a line of 3 218 yuan (over 2×).
    const y2019 = await overviewOf(t(), officer, '?year=2019');
    expect(y2019.incomes).toMatchObject({ year: 2019, yardstick: { amount: 321_800 }, households: 1, atOrBelowYardstick: 0 });
    expect(y2019.incomes.buckets.map((b) => b.households)).toEqual([0, 0, 0, 0, 1]);
    const y2021 = await overviewOf(t(), officer, '?year=2021');
    expect(y2021.incomes).toMatchObject({ year: 2021, yardstick: { kind: 'monitoringThreshold', amount: 600_000 }, households: 0 });
  });

  it('lists the newest changes and registrations in the region', async () => {
    const o = await overviewOf(t(), officer);
    expect(o.recentChanges).toHaveLength(5);
    expect(o.recentChanges.map((c) => c.seq)).toEqual([...o.recentChanges.map((c) => c.seq)].sort((a, b) => b - a));
    expect(o.recentChanges[0]).toMatchObject({ entityType: 'income', action: 'create', householdNo: households[4]?.householdNo, actorId: officer.id });
    expect(o.recentHouseholds.map((h) => h.id).sort()).toEqual(households.map((h) => h.id).sort());
    expect(o.recentHouseholds[0]).toMatchObject({ villageName: expect.any(String), createdAt: expect.any(String) });
  });

  it('lists only households registered in the last 90 days, newest first', async () => {
    // The two registered first were registered long ago (keys follow the order of registration).
    const { db } = t().ctx;
    const old = households.slice(0, 2).map((h) => h.id);
    const before = await db.selectFrom('households').select(['id', 'createdAt']).where('id', 'in', old).execute();
    await db.updateTable('households').set({ createdAt: '2020-01-01T00:00:00.000Z' }).where('id', 'in', old).execute();
    try {
      const o = await overviewOf(t(), officer);
      expect(o.recentHouseholds.map((h) => h.id)).toEqual(households.slice(2).map((h) => h.id).reverse());
    } finally {
      for (const row of before) await db.updateTable('households').set({ createdAt: row.createdAt }).where('id', '=', row.id).execute();
    }
  });

  it('keeps a township officer to their township and shows an outsider nothing', async () => {
    const townshipOfficer = await createSignedInUser(t(), 'townshipOfficer', places.townshipA);
    const own = await overviewOf(t(), townshipOfficer);
    expect(own.region.code).toBe(places.townshipA);
    expect(own.totals).toEqual({ households: 3, people: 9, poorHouseholds: 2, poorPeople: 5, incidence: 0.5556 });
    expect(own.incomes).toMatchObject({ year: 2020, households: 3 });
    expect(own.recentChanges.map((c) => c.householdNo).sort()).toEqual(households.slice(0, 3).map((h) => h.householdNo).sort());
    expect(own.recentHouseholds).toHaveLength(3);

    const emptyOverview = (o: Overview) => {
      expect(o.totals).toEqual({ households: 0, people: 0, poorHouseholds: 0, poorPeople: 0, incidence: null });
      expect(o.incidence.regions).toEqual([]);
      expect(o.region.name).toBeNull();
      expect(o.incomes).toMatchObject({ year: null, households: 0, buckets: [] });
      expect(o.recentChanges).toEqual([]);
      expect(o.recentHouseholds).toEqual([]);
      expect(o.causes.items.every((c) => c.anyCause === 0)).toBe(true);
    };
    emptyOverview(await overviewOf(t(), townshipOfficer, `?regionCode=${places.townshipB}`));
    emptyOverview(await overviewOf(t(), townshipOfficer, '?regionCode=150602'));
    const outsider = await createSignedInUser(t(), 'countyOfficer', '110101');
    emptyOverview(await overviewOf(t(), outsider, '?regionCode=150602'));
    expect((await overviewOf(t(), outsider)).totals.households).toBe(0);
  });

  it('refuses a malformed region code or year, naming the field', async () => {
    const badRegion = await request(t(), 'GET', '/api/v1/overview?regionCode=15060', { user: officer });
    expect(badRegion.status).toBe(400);
    expect(badRegion.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'regionCode' });
    const badYear = await request(t(), 'GET', '/api/v1/overview?year=2012', { user: officer });
    expect(badYear.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'year' });
    expect((await request(t(), 'GET', '/api/v1/overview')).status).toBe(401);
  });

  it('counts only living members still in the household as people', async () => {
    const h = households[2];
    const leaving = h?.members.find((m) => m.relationToHead !== 'self');
    if (!h || !leaving) throw new Error('household missing');
    const res = await request(t(), 'POST', `/api/v1/members/${leaving.id}/move-out`, { user: officer, body: { movedOutOn: '2024-03-01', reason: '婚嫁迁出' } });
    expect(res.status).toBe(200);
    const o = await overviewOf(t(), officer, `?regionCode=${places.townshipA}`);
    expect(o.totals).toMatchObject({ households: 3, people: 8, poorPeople: 5, incidence: 0.625 });
  });
});
