/** Test helpers for the monitoring-case suites: the officials who own the steps, opening and advancing cases. */
import { expect } from 'vitest';
import { buildMemberInput, DEFAULT_TEST_VILLAGE, registerTestHousehold, type HouseholdOverrides } from '../../../test/factories.ts';
import { request, type TestApp, type TestUser } from '../../../test/test-context.ts';
import { createOfficials, daysAgo, type Officials } from '../procedures/procedure-test-support.ts';
import type { CaseView } from './cases.schemas.ts';

export { createOfficials, daysAgo, type Officials };

export type CaseResponse = CaseView & { code?: string; field?: string; details?: Record<string, unknown> };

export async function openTestCase(t: TestApp, user: TestUser, body: Record<string, unknown>) {
  return request<CaseResponse>(t, 'POST', '/api/v1/monitoring/cases', { user, body });
}

/** A household and a cadre-screening case for it, discovered `discoveredDaysAgo` days ago. */
export async function openScreeningCase(t: TestApp, officials: Officials, options: { discoveredDaysAgo?: number; household?: HouseholdOverrides; greenChannel?: boolean; risks?: string[] } = {}) {
  const household = await registerTestHousehold(t, officials.county, { villageCode: DEFAULT_TEST_VILLAGE, povertyStatus: 'exited', yearExited: 2020, ...options.household });
  const res = await openTestCase(t, officials.cadre, {
    channel: 'cadreScreening', householdId: household.id, type: 'unstableExited', risks: options.risks ?? ['illness'], triggerNote: '户主住院，自付费用高',
    discoveredOn: daysAgo(t, options.discoveredDaysAgo ?? 0), greenChannel: options.greenChannel ?? false,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { household, case: res.body };
}

export async function actOnTestCase(t: TestApp, user: TestUser, caseId: string, body: Record<string, unknown>) {
  return request<CaseResponse>(t, 'POST', `/api/v1/monitoring/cases/${caseId}/steps`, { user, body });
}

const PLAN = [['verification', 'cadre'], ['appraisal', 'cadre'], ['townshipReview', 'township'], ['countyApproval', 'county']] as const;

/** Approves the case's steps in order from its current one, each by its owner on the given day, up to (not including) `until`. */
export async function advanceTestCase(t: TestApp, officials: Officials, caseId: string, onDaysAgo: number, until?: string): Promise<CaseResponse> {
  const now = await request<CaseResponse>(t, 'GET', `/api/v1/monitoring/cases/${caseId}`, { user: officials.county });
  let last: CaseResponse | undefined;
  for (const [step, who] of PLAN.slice(Math.max(0, PLAN.findIndex(([s]) => s === now.body.currentStep)))) {
    if (step === until || now.body.currentStep === null) break;
    const res = await actOnTestCase(t, officials[who], caseId, { step, decision: 'approve', on: daysAgo(t, onDaysAgo) });
    expect(res.status, `${step}: ${JSON.stringify(res.body)}`).toBe(200);
    last = res.body;
  }
  return last ?? now.body;
}

export async function recordTestMeasure(t: TestApp, user: TestUser, householdId: number, startDate: string, status = 'inProgress') {
  const res = await request(t, 'POST', `/api/v1/households/${householdId}/measures`, {
    user, body: { measureType: 'temporaryAssistance', startDate, amount: 200_000, fundingSource: 'countyFiscal', providerKind: 'department', providerName: '民政局', status },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

/**
 * Runs `story` with the test clock `days` days back (users are created before, at the real time,
 * so their sessions stay fresh), then puts the clock back.
 */
export async function inThePast<T>(t: TestApp, days: number, story: () => Promise<T>): Promise<T> {
  const real = t.clock.now;
  t.clock.now = new Date(real.getTime() - days * 86_400_000);
  try {
    return await story();
  } finally {
    t.clock.now = real;
  }
}

/** A case included 240 days ago with a measure, a stable income measured then and basic needs checked today. */
export async function caseMonitoredForMonths(t: TestApp, officials: Officials, members = [buildMemberInput(), buildMemberInput({ relationToHead: 'spouse' })], villageCode = DEFAULT_TEST_VILLAGE) {
  const { household, case: opened } = await inThePast(t, 240, async () => {
    const made = await openScreeningCase(t, officials, { household: { members, villageCode } });
    await advanceTestCase(t, officials, made.case.id, 0);
    await recordTestMeasure(t, officials.cadre, made.household.id, daysAgo(t, 0));
    const income = await request(t, 'PUT', `/api/v1/households/${made.household.id}/incomes/2025`, { user: officials.county, body: { wageIncome: 3_000_000, householdSize: members.length } });
    expect(income.status).toBe(200);
    return made;
  });
  const items = { food: 'pass', clothing: 'pass', compulsoryEducation: 'notApplicable', medicalInsurance: 'pass', housingSafety: 'pass', drinkingWaterSafety: 'pass' };
  const check = await request(t, 'POST', `/api/v1/households/${household.id}/basic-needs-checks`, { user: officials.cadre, body: { checkedOn: daysAgo(t, 1), items } });
  expect(check.status, JSON.stringify(check.body)).toBe(201);
  return { household, caseId: opened.id };
}

