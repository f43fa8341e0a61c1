import { computeAlkireFoster, computeFgt } from '@fupin/core';
import { expect, it } from 'vitest';
import { buildFamily, findTestVillages, registerTestHousehold } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, request, type TestUser } from '../../../test/test-context.ts';

interface Decision { outcome: string; reasons: { rule: string; outcome: string; comparison?: { actual: number; threshold: number }; text: { zh: string } }[] }
interface VillageBody { counts: { people: number; poorPeople: number; households: number }; exit: Decision; poorVillage: Decision; incomePerCapita: number | null }
interface CountyBody { counts: { people: number; poorPeople: number }; exit: Decision; sampling: unknown; samplingExercise: unknown }
interface ReportBody { id: string; outcome: string; decision: Decision; evidence: { counts: { people: number }; samplingExercise: { id: string } | null }; recordedByName: string }

describeEachEngine('village and county evaluation, exit reports, indicators', (t) => {
  let village = '';
  let officer: TestUser;
  let exerciseId = '';
  // Households in one village: sizes and per-capita incomes of 2020 (fen), and whether still poor.
  const roll = [
    { size: 4, perCapita: 300_000, status: 'poor', housingGrade: 'D' },
    { size: 2, perCapita: 380_000, status: 'poor', housingGrade: 'A' },
    { size: 3, perCapita: 420_000, status: 'exited', housingGrade: 'B' },
    { size: 5, perCapita: 900_000, status: 'notPoor', housingGrade: 'C' },
    { size: 1, perCapita: 410_000, status: 'exited', housingGrade: 'A' },
  ] as const;

  it('sets up a village from the registry', async () => {
    village = (await findTestVillages(t(), '150602102'))[0] ?? '';
    officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    for (const h of roll) {
      const household = await registerTestHousehold(t(), officer, {
        villageCode: village, members: buildFamily(h.size), povertyStatus: h.status, housingGrade: h.housingGrade,
        ...(h.status === 'exited' ? { yearExited: 2019 } : {}), ...(h.status === 'notPoor' ? { yearIdentified: null, mainCause: null, otherCauses: [] } : {}),
      });
      const res = await request(t(), 'PUT', `/api/v1/households/${household.id}/incomes/2020`, { user: officer, body: { wageIncome: h.perCapita * h.size } });
      expect(res.status).toBe(200);
    }
  });

  it('computes the village\'s incidence from the registry and decides its exit (3 % in the west)', async () => {
    const res = await request<VillageBody>(t(), 'GET', `/api/v1/evaluations/villages/${village}?year=2020&collectiveIncome=0`, { user: officer });
    expect(res.status).toBe(200);
    expect(res.body.counts).toMatchObject({ households: 5, people: 15, poorPeople: 6 });
    expect(res.body.exit.outcome).toBe('notEligible');
    expect(res.body.exit.reasons[0]?.text.zh).toBe('贫困发生率 6 ÷ 15 = 40 %，未低于3 %（西部地区）');
    // (4·3000 + 2·3800 + 3·4200 + 5·9000 + 1·4100) ÷ 15 = 81 300 ÷ 15 = 5420 yuan
    expect(res.body.incomePerCapita).toBe(542_000);
    expect(res.body.poorVillage.outcome).toBe('insufficientData');
  });

  it('decides a county\'s exit with the three rates computed from a recorded sampling exercise', async () => {
    const drawn = await request<{ id: string; households: { householdId: number; stratum: string }[] }>(t(), 'POST', '/api/v1/sampling-exercises', { user: officer, body: { regionCode: '150602', year: 2020, sampleSize: 10, seed: 'county-2020' } });
    expect(drawn.status).toBe(201);
    exerciseId = drawn.body.id;
    // Nothing checked yet: the three rates are missing, the incidence already fails.
    const before = await request<CountyBody>(t(), 'GET', `/api/v1/evaluations/counties/150602?year=2020&samplingExerciseId=${exerciseId}`, { user: officer });
    expect(before.body.exit.reasons.map((r) => r.outcome)).toEqual(['fail', 'fail', 'missing', 'missing', 'missing']);
    // The two exited households (3 + 1 people) and the one not registered are drawn; none is wrong, all approve.
    expect(drawn.body.households.map((h) => h.stratum).sort()).toEqual(['exitedWithLabour', 'exitedWithLabour', 'nonRegistered']);
    for (const h of drawn.body.households) {
      const exited = h.stratum !== 'nonRegistered';
      const body = { isWronglyExited: exited ? false : null, isMissed: exited ? null : false, approves: true };
      expect((await request(t(), 'PUT', `/api/v1/sampling-exercises/${exerciseId}/households/${h.householdId}`, { user: officer, body })).status).toBe(200);
    }
    const res = await request<CountyBody>(t(), 'GET', `/api/v1/evaluations/counties/150602?year=2020&samplingExerciseId=${exerciseId}`, { user: officer });
    expect(res.status).toBe(200);
    expect(res.body.counts).toMatchObject({ people: 15, poorPeople: 6 });
    expect(res.body.sampling).toEqual({ wrongExitPeople: 0, missedPeople: 0, wrongExitRate: 0, missedRate: 0, approvalRate: 1 });
    expect(res.body.samplingExercise).toMatchObject({ id: exerciseId, seed: 'county-2020', year: 2020, sampled: 3, recorded: 3 });
    expect(res.body.exit.reasons.map((r) => [r.rule, r.outcome])).toEqual([
      ['county.exit.incidence', 'fail'], ['county.exit.compositeIncidence', 'fail'],
      ['county.exit.wrongExitRate', 'pass'], ['county.exit.missedRate', 'pass'], ['county.exit.approvalRate', 'pass'],
    ]);
    // Without an exercise the rates wait; an exercise of another year is refused, naming the field.
    const none = await request<CountyBody>(t(), 'GET', '/api/v1/evaluations/counties/150602?year=2020', { user: officer });
    expect(none.body.exit.reasons.map((r) => r.outcome)).toEqual(['fail', 'missing']);
    const otherYear = await request(t(), 'GET', `/api/v1/evaluations/counties/150602?year=2019&samplingExerciseId=${exerciseId}`, { user: officer });
    expect(otherYear.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'samplingExerciseId' });
    const unknown = await request(t(), 'GET', '/api/v1/evaluations/counties/150602?year=2020&samplingExerciseId=nope', { user: officer });
    expect(unknown.body).toMatchObject({ code: 'OUT_OF_SCOPE', field: 'samplingExerciseId' });
    expect((await request(t(), 'GET', `/api/v1/evaluations/counties/${village}?year=2020`, { user: officer })).body).toMatchObject({ field: 'countyCode' });
  });

  it('records a county exit report with its evidence, audited, and keeps it inside the region', async () => {
    const res = await request<ReportBody>(t(), 'POST', '/api/v1/exit-reports', { user: officer, body: { level: 'county', regionCode: '150602', year: 2020, note: '第三方评估前自查' } });
    expect(res.status).toBe(201);
    // 40 % incidence already blocks; the missing sampling is named as well.
    expect(res.body).toMatchObject({ outcome: 'notEligible', evidence: { counts: { people: 15 } } });
    expect(res.body.decision.reasons.map((r) => r.outcome)).toEqual(['fail', 'missing']);
    expect(res.body.evidence.samplingExercise).toBeNull();
    const sampled = await request<ReportBody>(t(), 'POST', '/api/v1/exit-reports', { user: officer, body: { level: 'county', regionCode: '150602', year: 2020, samplingExerciseId: exerciseId } });
    expect(sampled.status).toBe(201);
    expect(sampled.body.evidence).toMatchObject({ samplingExercise: { id: exerciseId, seed: 'county-2020' }, sampling: { approvalRate: 1 } });
    expect(sampled.body.decision.reasons.map((r) => r.outcome)).toEqual(['fail', 'fail', 'pass', 'pass', 'pass']);
    const list = await request<ReportBody[]>(t(), 'GET', '/api/v1/exit-reports?regionCode=150602&level=county', { user: officer });
    expect(list.body.map((r) => r.id).sort()).toEqual([sampled.body.id, res.body.id].sort());
    expect((await request(t(), 'GET', `/api/v1/exit-reports/${res.body.id}`, { user: officer })).status).toBe(200);
    const audit = await t().ctx.db.selectFrom('auditLog').select('action').where('entityId', '=', res.body.id).execute();
    expect(audit).toEqual([{ action: 'exitReport.record' }]);

    const township = await createSignedInUser(t(), 'townshipOfficer', '150602102');
    const villageReport = await request<ReportBody>(t(), 'POST', '/api/v1/exit-reports', { user: township, body: { level: 'village', regionCode: village, year: 2020, infrastructure: [{ item: '通硬化路', passed: true }] } });
    expect(villageReport.status).toBe(201);
    expect((await request(t(), 'POST', '/api/v1/exit-reports', { user: township, body: { level: 'county', regionCode: '150602', year: 2020 } })).status).toBe(403);
    const cadre = await createSignedInUser(t(), 'villageCadre', village);
    expect((await request(t(), 'POST', '/api/v1/exit-reports', { user: cadre, body: { level: 'village', regionCode: village, year: 2020 } })).status).toBe(403);
    const outsider = await createSignedInUser(t(), 'countyOfficer', '110101');
    expect((await request(t(), 'GET', `/api/v1/exit-reports/${res.body.id}`, { user: outsider })).status).toBe(404);
    expect((await request(t(), 'GET', `/api/v1/evaluations/villages/${village}?year=2020`, { user: outsider })).status).toBe(404);
    expect((await request<ReportBody[]>(t(), 'GET', '/api/v1/exit-reports?regionCode=150602102', { user: township })).body.map((r) => r.id)).toEqual([villageReport.body.id]);
  });

  it('computes incidence by child region and the FGT family in SQL, matching core on the same people', async () => {
    const res = await request<{ fgt: { headcount: number; gap: number; squaredGap: number; population: number }; line: { amount: number; parameter: string }; children: { code: string; poorPeople: number; people: number }[] }>(
      t(), 'GET', '/api/v1/indicators?regionCode=150602&year=2020', { user: officer });
    expect(res.status).toBe(200);
    expect(res.body.line).toMatchObject({ amount: 400_000, parameter: 'povertyLine' });
    const expected = computeFgt(roll.map((h) => ({ income: h.perCapita, weight: h.size })), 400_000);
    expect(res.body.fgt.population).toBe(15);
    expect(res.body.fgt.headcount).toBeCloseTo(expected.headcount, 12);
    expect(res.body.fgt.gap).toBeCloseTo(expected.gap, 12);
    expect(res.body.fgt.squaredGap).toBeCloseTo(expected.squaredGap, 12);
    // P0 = 6/15; P1 = (4·0.25 + 2·0.05)/15
    expect(res.body.fgt.headcount).toBeCloseTo(0.4, 12);
    expect(res.body.fgt.gap).toBeCloseTo(1.1 / 15, 12);
    expect(res.body.children.find((c) => c.code === '150602102')).toMatchObject({ people: 15, poorPeople: 6 });
    const higher = await request<{ fgt: { headcount: number } }>(t(), 'GET', '/api/v1/indicators?regionCode=150602&year=2020&line=430000', { user: officer });
    expect(higher.body.fgt.headcount).toBeCloseTo(10 / 15, 12);
  });

  it('computes Alkire–Foster over the registry for a chosen spec', async () => {
    const spec = { regionCode: '150602', year: 2020, k: 0.5, indicators: [{ key: 'income', weight: 0.5 }, { key: 'housing', weight: 0.5 }] };
    const res = await request<{ result: { headcount: number; intensity: number; adjustedHeadcount: number; indicators: { key: string; contribution: number }[] } }>(
      t(), 'POST', '/api/v1/indicators/multidimensional', { user: officer, body: spec });
    expect(res.status).toBe(200);
    const expected = computeAlkireFoster(roll.map((h) => ({ weight: h.size, deprived: { income: h.perCapita < 400_000, housing: h.housingGrade === 'C' || h.housingGrade === 'D' } })),
      { k: 0.5, indicators: [{ key: 'income', dimension: 'income', weight: 0.5 }, { key: 'housing', dimension: 'living', weight: 0.5 }] });
    // Poor at k = 1/2: income-deprived 4 + 2, housing-deprived 4 + 5 → 11 of 15 people.
    expect(res.body.result.headcount).toBeCloseTo(11 / 15, 12);
    expect(res.body.result.adjustedHeadcount).toBeCloseTo(expected.adjustedHeadcount, 12);
    expect(res.body.result.indicators.map((i) => i.key)).toEqual(['income', 'housing']);
    const bad = await request(t(), 'POST', '/api/v1/indicators/multidimensional', { user: officer, body: { ...spec, indicators: [{ key: 'income', weight: 0.5 }, { key: 'wealth', weight: 0.5 }] } });
    expect(bad.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'indicators.1.key' });
    const weights = await request(t(), 'POST', '/api/v1/indicators/multidimensional', { user: officer, body: { ...spec, indicators: [{ key: 'income', weight: 0.5 }] } });
    expect(weights.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'indicators' });
  });

  it('counts incidence from the roll as of the year evaluated, not from today\'s statuses', async () => {
    const other = (await findTestVillages(t(), '150602102'))[1] ?? '';
    const register = (size: number, fields: Record<string, unknown>) => registerTestHousehold(t(), officer, { villageCode: other, members: buildFamily(size), ...fields });
    const exitedIn2019 = await register(2, { povertyStatus: 'poor', yearIdentified: 2016 });
    await register(3, { povertyStatus: 'poor', yearIdentified: 2020 });
    const relapsed = await register(4, { povertyStatus: 'exited', yearIdentified: 2016, yearExited: 2018 });
    await register(1, { povertyStatus: 'notPoor', yearIdentified: null, mainCause: null, otherCauses: [] });
    // The statuses move on after registration: one exits in 2019, one relapses now.
    const patch = (id: number, body: Record<string, unknown>) => request(t(), 'PATCH', `/api/v1/households/${id}`, { user: officer, body: { version: 1, source: 'visit', ...body } });
    expect((await patch(exitedIn2019.id, { povertyStatus: 'exited', yearExited: 2019 })).status).toBe(200);
    expect((await patch(relapsed.id, { povertyStatus: 'relapsed' })).status).toBe(200);
    const currentYear = t().ctx.now().getUTCFullYear();
    const poorIn = async (year: number) => (await request<VillageBody>(t(), 'GET', `/api/v1/evaluations/villages/${other}?year=${year}`, { user: officer })).body.counts;
    // 2017: identified 2016, both poor (2 + 4); 2018: the second exited that year (2); 2019: the first exited too (0);
    // 2020: the one identified that year (3); now: it and the relapsed household (3 + 4).
    expect(await poorIn(2017)).toMatchObject({ people: 10, poorPeople: 6, poorHouseholds: 2 });
    expect(await poorIn(2018)).toMatchObject({ poorPeople: 2, poorHouseholds: 1 });
    expect(await poorIn(2019)).toMatchObject({ poorPeople: 0, poorHouseholds: 0 });
    expect(await poorIn(2020)).toMatchObject({ poorPeople: 3, poorHouseholds: 1 });
    expect(await poorIn(currentYear)).toMatchObject({ poorPeople: 7, poorHouseholds: 2 });
    const indicators = await request<{ children: { code: string; poorPeople: number }[] }>(t(), 'GET', `/api/v1/indicators?regionCode=150602102&year=2019&line=400000`, { user: officer });
    expect(indicators.body.children.find((c) => c.code === other)).toMatchObject({ poorPeople: 0 });
  });
});
