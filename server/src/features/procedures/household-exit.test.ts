import { expect, it } from 'vitest';
import type { HouseholdView } from '../households/households.schemas.ts';
import { registerTestHousehold } from '../../../test/factories.ts';
import { describeEachEngine, request, type TestUser } from '../../../test/test-context.ts';
import { act, createOfficials, daysAgo } from './procedure-test-support.ts';
import type { ProcedureView } from './procedures.schemas.ts';

type Answer = ProcedureView & { code?: string; field?: string };
const ALL_PASS = { food: 'pass', clothing: 'pass', compulsoryEducation: 'notApplicable', medicalInsurance: 'pass', housingSafety: 'pass', drinkingWaterSafety: 'pass' };

describeEachEngine('household exit procedure API', (t) => {
  /** A poor household of 2 with a 2020 per-capita income of `perCapitaYuan` and a basic-needs check. */
  async function poorHousehold(cadre: TestUser, perCapitaYuan: number, needs: Record<string, string> = ALL_PASS) {
    const household = await registerTestHousehold(t(), cadre, { memberCount: 2, povertyStatus: 'poor', yearIdentified: 2016 });
    const income = await request(t(), 'PUT', `/api/v1/households/${household.id}/incomes/2020`, { user: cadre, body: { householdSize: 2, wageIncome: perCapitaYuan * 200 } });
    expect(income.status).toBe(200);
    const check = await request(t(), 'POST', `/api/v1/households/${household.id}/basic-needs-checks`, { user: cadre, body: { checkedOn: '2020-11-20', items: needs } });
    expect(check.status).toBe(201);
    return household;
  }
  const openExit = (user: TestUser, householdId: number, on = daysAgo(t(), 40)) =>
    request<Answer>(t(), 'POST', '/api/v1/procedures/household-exit', { user, body: { householdId, year: 2020, on } });

  it('exits an eligible household step by step; it keeps its policies (status exited) with the year', async () => {
    const officials = await createOfficials(t());
    const household = await poorHousehold(officials.cadre, 4001);
    const opened = await openExit(officials.cadre, household.id);
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ kind: 'householdExit', status: 'inProgress', currentStep: 'villageAppraisal' });
    expect(opened.body.steps[0]?.evaluation).toMatchObject({ outcome: 'eligible', isEligible: true, year: 2020, source: 'policyEngine' });
    const income = opened.body.steps[0]?.evaluation?.reasons.find((r) => r.rule === 'household.income.aboveLine');
    expect(income).toMatchObject({ outcome: 'pass', en: 'Per-capita net income 4001 yuan in 2020 is above the poverty line of the year of 4000 yuan' });

    const plan: [string, TestUser, number][] = [
      ['villageAppraisal', officials.cadre, 39], ['verification', officials.cadre, 38], ['householdAgreement', officials.cadre, 37],
      ['notice', officials.cadre, 29], ['announcement', officials.county, 28],
    ];
    let last = opened.body;
    for (const [step, user, ago] of plan) {
      const res = await act(t(), user, last.id, { step, decision: 'approve', on: daysAgo(t(), ago) });
      expect(res.status, `${step}: ${JSON.stringify(res.body)}`).toBe(200);
      last = res.body;
    }
    expect(last).toMatchObject({ status: 'completed', closedOn: daysAgo(t(), 28) });
    const exited = await request<HouseholdView>(t(), 'GET', `/api/v1/households/${household.id}`, { user: officials.cadre });
    expect(exited.body).toMatchObject({ povertyStatus: 'exited', yearExited: Number(daysAgo(t(), 28).slice(0, 4)), yearIdentified: 2016 });
    const history = await request<{ entries: { source: string | null; sourceId: string | null; changes: { field: string; after: unknown }[] }[] }>(t(), 'GET', `/api/v1/households/${household.id}/history`, { user: officials.cadre });
    const exit = history.body.entries.find((e) => e.changes.some((c) => c.field === 'povertyStatus' && c.after === 'exited'));
    expect(exit).toMatchObject({ source: 'procedure:householdExit', sourceId: opened.body.id });
  });

  it.each([
    ['an income at the line', 4000, ALL_PASS, '2020年人均纯收入4000元，未超过当年扶贫标准4000元'],
    ['a failed basic-needs item', 5000, { ...ALL_PASS, housingSafety: 'fail' }, '住房安全有保障：未达标'],
  ] as const)('keeps an exit rejected at the evaluation, with its reasons, for %s', async (_name, yuan, needs, reason) => {
    const officials = await createOfficials(t());
    const household = await poorHousehold(officials.cadre, yuan, needs);
    const opened = await openExit(officials.cadre, household.id);
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ status: 'rejected', currentStep: null });
    expect(opened.body.outcomeReason).toContain('暂不符合退出条件');
    expect(opened.body.outcomeReason).toContain(reason);
    expect(opened.body.steps).toHaveLength(1);
    expect(opened.body.steps[0]).toMatchObject({ step: 'evaluation', decision: 'rejected', evaluation: { outcome: 'notEligible', isEligible: false, source: 'policyEngine' } });
    const still = await request<HouseholdView>(t(), 'GET', `/api/v1/households/${household.id}`, { user: officials.cadre });
    expect(still.body.povertyStatus).toBe('poor');
  });

  it('keeps an exit rejected when the evaluation lacks the year\'s income, saying what is missing', async () => {
    const officials = await createOfficials(t());
    const household = await registerTestHousehold(t(), officials.cadre, { memberCount: 2, povertyStatus: 'poor', yearIdentified: 2016 });
    const opened = await openExit(officials.cadre, household.id);
    expect(opened.body).toMatchObject({ status: 'rejected' });
    expect(opened.body.steps[0]?.evaluation).toMatchObject({ outcome: 'insufficientData', isEligible: false });
    expect(opened.body.steps[0]?.evaluation?.reasons.filter((r) => r.outcome === 'missing').length).toBeGreaterThan(0);
  });

  it.each([['villageAppraisal', 0], ['verification', 1], ['householdAgreement', 2]] as const)('ends the exit when %s rejects it', async (step, index) => {
    const officials = await createOfficials(t());
    const household = await poorHousehold(officials.cadre, 6000);
    const opened = await openExit(officials.cadre, household.id);
    const before = ['villageAppraisal', 'verification', 'householdAgreement'].slice(0, index);
    for (const s of before) await act(t(), officials.cadre, opened.body.id, { step: s, decision: 'approve', on: daysAgo(t(), 39) });
    const rejected = await act(t(), officials.cadre, opened.body.id, { step, decision: 'reject', reason: '户主不认可退出', on: daysAgo(t(), 38) });
    expect(rejected.body).toMatchObject({ status: 'rejected', outcomeReason: '户主不认可退出' });
    const still = await request<HouseholdView>(t(), 'GET', `/api/v1/households/${household.id}`, { user: officials.cadre });
    expect(still.body.povertyStatus).toBe('poor');
  });

  it('refuses an exit for a household that is not poor, a second one in progress, and the wrong role', async () => {
    const officials = await createOfficials(t());
    const notPoor = await registerTestHousehold(t(), officials.cadre, { povertyStatus: 'notPoor', yearIdentified: null });
    const refused = await openExit(officials.cadre, notPoor.id);
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'PROCEDURE_NOT_APPLICABLE', field: 'householdId' });
    const household = await poorHousehold(officials.cadre, 6000);
    expect((await openExit(officials.cadre, household.id)).status).toBe(201);
    expect((await openExit(officials.cadre, household.id)).body.code).toBe('PROCEDURE_ALREADY_OPEN');
    expect((await openExit(officials.county, household.id)).body.code).toBe('STEP_NOT_OWNED');
    const future = await request<Answer>(t(), 'POST', '/api/v1/procedures/household-exit', { user: officials.cadre, body: { householdId: household.id, year: 2099 } });
    expect(future.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'year' });
  });
});
