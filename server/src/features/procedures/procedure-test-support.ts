/** Test helpers for the procedure suites: the officials who own the steps, and dates relative to the test clock. */
import { addCalendarDays } from '@fupin/core';
import { DEFAULT_TEST_VILLAGE, registerTestHousehold } from '../../../test/factories.ts';
import { createSignedInUser, request, type TestApp, type TestUser } from '../../../test/test-context.ts';
import type { ProcedureView } from './procedures.schemas.ts';
import { todayInChina } from '../../app-context.ts';

export const TEST_TOWNSHIP = DEFAULT_TEST_VILLAGE.slice(0, 9);
export const TEST_COUNTY = DEFAULT_TEST_VILLAGE.slice(0, 6);

export interface Officials {
  cadre: TestUser;
  township: TestUser;
  county: TestUser;
}

/** A village cadre, a township officer and a county officer over the test village (fresh sessions). */
export async function createOfficials(t: TestApp, village = DEFAULT_TEST_VILLAGE): Promise<Officials> {
  return {
    cadre: await createSignedInUser(t, 'villageCadre', village),
    township: await createSignedInUser(t, 'townshipOfficer', village.slice(0, 9)),
    county: await createSignedInUser(t, 'countyOfficer', village.slice(0, 6)),
  };
}

/** The date `n` days before the test clock's today (China Standard Time). */
export function daysAgo(t: TestApp, n: number): string {
  return addCalendarDays(todayInChina(t.ctx.now()), -n);
}

/** A household on the registry that is not poor, and its identification opened `appliedDaysAgo` days ago. */
export async function openTestApplication(t: TestApp, cadre: TestUser, appliedDaysAgo = 60, village = DEFAULT_TEST_VILLAGE) {
  const household = await registerTestHousehold(t, cadre, { villageCode: village, povertyStatus: 'notPoor', yearIdentified: null, mainCause: 'illness' });
  const res = await request<ProcedureView>(t, 'POST', '/api/v1/procedures/identification', {
    user: cadre, body: { householdId: household.id, appliedOn: daysAgo(t, appliedDaysAgo) },
  });
  if (res.status !== 201) throw new Error(`opening an application failed (${res.status}): ${JSON.stringify(res.body)}`);
  return { household, procedure: res.body };
}

export async function act(t: TestApp, user: TestUser, procedureId: string, body: Record<string, unknown>) {
  return request<ProcedureView & { code?: string; field?: string }>(t, 'POST', `/api/v1/procedures/${procedureId}/actions`, { user, body });
}

/** Takes an open application through the steps up to (not including) `until`, each on its owner's day. */
export async function advanceIdentification(t: TestApp, officials: Officials, procedureId: string, until: string, startDaysAgo = 59): Promise<ProcedureView> {
  const plan: [string, TestUser, number][] = [
    ['villageAppraisal', officials.cadre, startDaysAgo],
    ['firstNotice', officials.cadre, startDaysAgo - 8],
    ['townshipReview', officials.township, startDaysAgo - 9],
    ['secondNotice', officials.township, startDaysAgo - 17],
    ['countyReview', officials.county, startDaysAgo - 18],
    ['announcement', officials.county, startDaysAgo - 19],
  ];
  let last: ProcedureView | undefined;
  for (const [step, user, ago] of plan) {
    if (step === until) break;
    const res = await act(t, user, procedureId, { step, decision: 'approve', on: daysAgo(t, ago) });
    if (res.status !== 200) throw new Error(`${step} failed (${res.status}): ${JSON.stringify(res.body)}`);
    last = res.body;
  }
  if (!last) {
    const res = await request<ProcedureView>(t, 'GET', `/api/v1/procedures/${procedureId}`, { user: officials.cadre });
    return res.body;
  }
  return last;
}
