import { CASE_STEPS, policyNumber, type CaseStepDeadlines, type ResolvedPolicy } from '@fupin/core';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../errors/app-error.ts';
import { resolvePolicyFor } from '../policy/policy.service.ts';

export interface CasePolicy {
  readonly policy: ResolvedPolicy;
  readonly deadlines: CaseStepDeadlines;
  readonly decisionWorkingDays: number;
  readonly noMeasureMonths: number;
}

function required(policy: ResolvedPolicy, key: string, regionCode: string, year: number): number {
  const value = policyNumber(policy, key);
  if (!value) throw new AppError('PROGRAMME_POLICY_MISSING', `no ${key} in force for ${regionCode} in ${year}`, { details: { parameter: key } });
  return value.value;
}

/** The deadlines and periods in force for a case's village in a year (policy data, with the shipped defaults). */
export async function resolveCasePolicy(db: Db, villageCode: string, year: number): Promise<CasePolicy> {
  const policy = await resolvePolicyFor(db, villageCode, year);
  const deadlines = Object.fromEntries(CASE_STEPS.map((s) => [s.step, required(policy, s.deadlineParameter, villageCode, year)])) as Record<keyof CaseStepDeadlines, number>;
  return {
    policy, deadlines,
    decisionWorkingDays: required(policy, 'monitoring.decisionWorkingDays', villageCode, year),
    noMeasureMonths: required(policy, 'monitoring.noMeasureMonths', villageCode, year),
  };
}
