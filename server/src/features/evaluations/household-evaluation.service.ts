import {
  evaluateHouseholdBasicNeeds, evaluateHouseholdEntitlements, evaluateHouseholdExit, evaluateHouseholdIncome, POLICY_DEFAULTS,
  type BasicNeedsItems, type BasicNeedsResult, type Decision, type EntitlementsDecision, type HouseholdFacts,
} from '@fupin/core';
import { requirePermission, type Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import type { BasicNeedsCheckRow } from '../../db/schema.ts';
import { AppError } from '../../errors/app-error.ts';
import { requireHouseholdInScope } from '../households/households.service.ts';
import { findIncome } from '../incomes/incomes.repository.ts';
import { resolvePolicyFor } from '../policy/policy.service.ts';
import { findLatestBasicNeedsCheck, findLivingMembers } from './evaluations.repository.ts';
import { toMemberFacts } from './member-facts.ts';

export interface HouseholdEvaluation {
  householdId: number;
  villageCode: string;
  year: number;
  income: Decision;
  basicNeeds: Decision;
  exit: Decision<'eligible' | 'notEligible' | 'insufficientData'>;
  entitlements: EntitlementsDecision;
  /** The version of the shipped policy defaults the decisions used. */
  defaultsVersion: string;
  evaluatedAt: string;
}

// Stored values are from the code list; anything else is read as a failure rather than a pass.
function toResult(value: string): BasicNeedsResult {
  return value === 'pass' || value === 'fail' || value === 'notApplicable' ? value : 'fail';
}

function toItems(row: BasicNeedsCheckRow): BasicNeedsItems {
  return {
    food: toResult(row.food), clothing: toResult(row.clothing), compulsoryEducation: toResult(row.compulsoryEducation),
    medicalInsurance: toResult(row.medicalInsurance), housingSafety: toResult(row.housingSafety), drinkingWaterSafety: toResult(row.drinkingWaterSafety),
  };
}

/** The facts an evaluation of a household for a year rests on, read from the registry. */
async function gatherHouseholdFacts(ctx: AppContext, actor: Actor, householdId: number, year: number): Promise<{ facts: HouseholdFacts; villageCode: string }> {
  const household = await requireHouseholdInScope(ctx.db, actor, householdId);
  const [income, check, members] = await Promise.all([
    findIncome(ctx.db, householdId, year),
    findLatestBasicNeedsCheck(ctx.db, householdId, `${year}-12-31`),
    findLivingMembers(ctx.db, householdId),
  ]);
  const facts: HouseholdFacts = {
    householdId, year, povertyStatus: household.povertyStatus, householdType: household.householdType, yearExited: household.yearExited,
    area: 'rural',
    income: income ? { year, netIncome: Number(income.netIncome), netIncomePerCapita: Number(income.netIncomePerCapita), householdSize: income.householdSize } : null,
    basicNeeds: check ? { checkedOn: check.checkedOn, items: toItems(check) } : null,
    members: members.map(toMemberFacts),
  };
  return { facts, villageCode: household.villageCode };
}

/**
 * A household's decisions for a year: income against the line, basic needs, exit eligibility and
 * entitlements, each with its reasons, under the policy in force for its village that year.
 */
export async function evaluateHouseholdForYear(ctx: AppContext, actor: Actor, householdId: number, year: number): Promise<HouseholdEvaluation> {
  requirePermission(actor, 'registry:read');
  const currentYear = ctx.now().getUTCFullYear();
  if (!Number.isInteger(year) || year < 2013 || year > currentYear) {
    throw new AppError('VALIDATION_FAILED', `the year must be between 2013 and ${currentYear}`, { field: 'year' });
  }
  const { facts, villageCode } = await gatherHouseholdFacts(ctx, actor, householdId, year);
  const policy = await resolvePolicyFor(ctx.db, villageCode, year);
  return {
    householdId, villageCode, year,
    income: evaluateHouseholdIncome(facts, policy),
    basicNeeds: evaluateHouseholdBasicNeeds(facts, policy),
    exit: evaluateHouseholdExit(facts, policy),
    entitlements: evaluateHouseholdEntitlements(facts, policy),
    defaultsVersion: POLICY_DEFAULTS.version,
    evaluatedAt: ctx.now().toISOString(),
  };
}
