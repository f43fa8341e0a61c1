import {
  policyFlag, policyNumber, REGISTERED_STATUSES, type MicroloanPolicy, type PolicyCitation, type ResolvedPolicy, type WorkingAge, type AssistanceWorkshopSubsidyPolicy,
} from '@fupin/core';
import type { AppContext } from '../../app-context.ts';
import { AppError } from '../../errors/app-error.ts';
import { resolvePolicyFor } from '../policy/policy.service.ts';

/** The policy in force for a region and year (stored values over the shipped defaults), from the policy engine. */
export function resolveProgrammePolicy(ctx: AppContext, regionCode: string, year: number): Promise<ResolvedPolicy> {
  return resolvePolicyFor(ctx.db, regionCode, year);
}

function requireNumber(policy: ResolvedPolicy, key: string, citations: PolicyCitation[]): number {
  const found = policyNumber(policy, key);
  if (!found) throw new AppError('PROGRAMME_POLICY_MISSING', `no value of ${key} is in force for ${policy.regionCode} in ${policy.year}`, { details: { parameter: key } });
  citations.push(found.cite);
  return found.value;
}

export interface Cited<T> {
  rule: T;
  citations: PolicyCitation[];
}

export async function resolveMicroloanPolicy(ctx: AppContext, regionCode: string, year: number): Promise<Cited<MicroloanPolicy>> {
  const policy = await resolveProgrammePolicy(ctx, regionCode, year);
  const citations: PolicyCitation[] = [];
  const maxPrincipal = requireNumber(policy, 'microloan.maxAmount', citations);
  const maxTermYears = requireNumber(policy, 'microloan.maxTermYears', citations);
  const fullSubsidy = policyFlag(policy, 'microloan.fullInterestSubsidy');
  if (fullSubsidy) citations.push(fullSubsidy.cite);
  return {
    rule: {
      maxPrincipal, maxTermMonths: maxTermYears * 12, interestSubsidyBasisPoints: fullSubsidy?.value ? 10_000 : 0,
      eligibleStatuses: REGISTERED_STATUSES,
    },
    citations,
  };
}

export async function resolveAssistanceWorkshopPolicy(ctx: AppContext, regionCode: string, year: number): Promise<Cited<AssistanceWorkshopSubsidyPolicy>> {
  const policy = await resolveProgrammePolicy(ctx, regionCode, year);
  const citations: PolicyCitation[] = [];
  return {
    rule: {
      minPoorWorkers: requireNumber(policy, 'workshop.minPoorWorkers', citations),
      minMonths: requireNumber(policy, 'workshop.minMonths', citations),
      workerMonthly: requireNumber(policy, 'workshop.wageSubsidyWorkerMonthly', citations),
      employerMonthly: requireNumber(policy, 'workshop.wageSubsidyEmployerMonthly', citations),
      eligibleStatuses: REGISTERED_STATUSES,
    },
    citations,
  };
}

/** The subsidy per trainee of employer-run training (以工代训), fen. */
export async function resolveTrainingSubsidy(ctx: AppContext, regionCode: string, year: number): Promise<number> {
  return requireNumber(await resolveProgrammePolicy(ctx, regionCode, year), 'workshop.trainingSubsidyPerTrainee', []);
}

/** The working age (employment.workingAgeMin–Max, inclusive) in force for a region and year, for the labour force. */
export async function resolveWorkingAge(ctx: AppContext, regionCode: string, year: number): Promise<Cited<WorkingAge>> {
  const policy = await resolveProgrammePolicy(ctx, regionCode, year);
  const citations: PolicyCitation[] = [];
  const minAge = requireNumber(policy, 'employment.workingAgeMin', citations);
  const maxAge = requireNumber(policy, 'employment.workingAgeMax', citations);
  if (minAge > maxAge) throw new AppError('PROGRAMME_POLICY_MISSING', `the working age in force for ${policy.regionCode} in ${policy.year} runs from ${minAge} to ${maxAge}`, { details: { parameter: 'employment.workingAgeMin' } });
  return { rule: { minAge, maxAge }, citations };
}
