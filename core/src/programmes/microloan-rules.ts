import { checkFrom, type ProgrammeCheck, type ProgrammeReason } from './programme-decision.ts';

/** The microloan policy in force for a region and year (values from the policy engine). */
export interface MicroloanPolicy {
  /** Largest principal, fen (seed: 50 000 yuan). */
  maxPrincipal: number;
  /** Longest term in months (seed: 60; usually 36). */
  maxTermMonths: number;
  /** Share of the interest the state pays, in basis points (seed: 10000 = full subsidy). */
  interestSubsidyBasisPoints: number;
  /** Household poverty statuses that may borrow (seed: registered poor, exited, relapsed). */
  eligibleStatuses: readonly string[];
}

export interface MicroloanApplication {
  principal: number;
  termMonths: number;
  householdStatus: string;
  /** Principal still owed on the household's other loans, fen. */
  outstandingPrincipal: number;
}

/** Refuses an application above the cap or term, from an ineligible household, or on top of a live loan. */
export function checkMicroloanApplication(application: MicroloanApplication, policy: MicroloanPolicy): ProgrammeCheck {
  const reasons: ProgrammeReason[] = [];
  if (application.principal > policy.maxPrincipal) {
    reasons.push({
      code: 'MICROLOAN_ABOVE_CAP', field: 'principal',
      message: `the principal ${application.principal} fen is above the cap of ${policy.maxPrincipal} fen`,
      values: { principal: application.principal, maxPrincipal: policy.maxPrincipal },
    });
  }
  if (application.termMonths > policy.maxTermMonths) {
    reasons.push({
      code: 'MICROLOAN_TERM_TOO_LONG', field: 'termMonths',
      message: `the term of ${application.termMonths} months is longer than the ${policy.maxTermMonths} months allowed`,
      values: { termMonths: application.termMonths, maxTermMonths: policy.maxTermMonths },
    });
  }
  if (!policy.eligibleStatuses.includes(application.householdStatus)) {
    reasons.push({
      code: 'MICROLOAN_NOT_ELIGIBLE', field: 'householdId',
      message: `a household with status ${application.householdStatus} may not borrow; eligible: ${policy.eligibleStatuses.join(', ')}`,
      values: { householdStatus: application.householdStatus },
    });
  }
  if (application.outstandingPrincipal > 0) {
    reasons.push({
      code: 'DUPLICATE_SUBSIDY', field: 'householdId',
      message: `the household still owes ${application.outstandingPrincipal} fen on a subsidised loan`,
      values: { outstandingPrincipal: application.outstandingPrincipal },
    });
  }
  return checkFrom(reasons);
}
