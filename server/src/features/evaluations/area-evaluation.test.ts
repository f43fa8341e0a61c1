import { computeAlkireFoster, computeFgt } from '@fupin/core';
import { expect, it } from 'vitest';
import { buildFamily, findTestVillages, registerTestHousehold } from '../../../test/factories.ts';
import { createSignedInUser, describeEachEngine, request, type TestUser } from '../../../test/test-context.ts';

interface Decision { outcome: string; reasons: { rule: string; outcome: string; comparison?: { actual: number; threshold: number }; text: { zh: string } }[] }
interface VillageBody { counts: { people: number; poorPeople: number; households: number }; exit: Decision; poorVillage: Decision; incomePerCapita: number | null }
interface CountyBody { counts: { people: number; poorPeople: number }; exit: Decision }
interface ReportBody { id: string; outcome: string; decision: Decision; evidence: { counts: { people: number } }; recordedByName: string }

describeEachEngine('village and county evaluation, exit reports, indicators', (t) => {
  let village = '';
  let officer: TestUser;
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

  it('decides a county\'s exit with the sampling findings, and refuses a partial set', async () => {
    const sampling = 'wrongExitPeople=0&missedPeople=0&wrongExitRate=0.01&missedRate=0.01&approvalRate=0.95';
    const res = await request<CountyBody>(t(), 'GET', `/api/v1/evaluations/counties/150602?year=2020&${sampling}`, { user: officer });
    expect(res.status).toBe(200);
    expect(res.body.counts).toMatchObject({ people: 15, poorPeople: 6 });
    expect(res.body.exit.reasons.map((r) => [r.rule, r.outcome])).toEqual([
      ['county.exit.incidence', 'fail'], ['county.exit.compositeIncidence', 'fail'],
      ['county.exit.wrongExitRate', 'pass'], ['county.exit.missedRate', 'pass'], ['county.exit.approvalRate', 'pass'],
    ]);
    const partial = await request(t(), 'GET', '/api/v1/evaluations/counties/150602?year=2020&wrongExitRate=0.01', { user: officer });
    expect(partial.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'wrongExitPeople' });
    expect((await request(t(), 'GET', `/api/v1/evaluations/counties/${village}?year=2020`, { user: officer })).body).toMatchObject({ field: 'countyCode' });
  });

  it('records a county exit report with its evidence, audited, and keeps it inside the region', async () => {
    const res = await request<ReportBody>(t(), 'POST', '/api/v1/exit-reports', { user: officer, body: { level: 'county', regionCode: '150602', year: 2020, note: '第三方评估前自查' } });
    expect(res.status).toBe(201);
    // 40 % incidence already blocks; the missing sampling is named as well.
    expect(res.body).toMatchObject({ outcome: 'notEligible', evidence: { counts: { people: 15 } } });
    expect(res.body.decision.reasons.map((r) => r.outcome)).toEqual(['fail', 'missing']);
    const list = await request<ReportBody[]>(t(), 'GET', '/api/v1/exit-reports?regionCode=150602&level=county', { user: officer });
    expect(list.body.map((r) => r.id)).toEqual([res.body.id]);
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
});
