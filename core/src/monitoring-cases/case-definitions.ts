import type { StepOwner } from '../procedures/procedure-definitions.ts';
import type { MonitoringCaseStep } from './case-codes.ts';

export interface CaseStepDefinition {
  readonly step: MonitoringCaseStep;
  readonly owner: StepOwner;
  /** The policy parameter holding the working days the owner has, from the step's start. */
  readonly deadlineParameter: string;
  /** Reviews and approvals above the village need `cases:approve`; the village's steps `cases:write`. */
  readonly permission: 'cases:write' | 'cases:approve';
}

/**
 * The case's steps in order and who owns them (policy.md §3: verification on site, democratic
 * appraisal, township review, county approval). Deadlines are policy data, per region and year.
 */
export const CASE_STEPS: readonly CaseStepDefinition[] = [
  { step: 'verification', owner: { role: 'villageCadre', level: 'village' }, deadlineParameter: 'monitoring.verificationWorkingDays', permission: 'cases:write' },
  { step: 'appraisal', owner: { role: 'villageCadre', level: 'village' }, deadlineParameter: 'monitoring.appraisalWorkingDays', permission: 'cases:write' },
  { step: 'townshipReview', owner: { role: 'townshipOfficer', level: 'township' }, deadlineParameter: 'monitoring.townshipReviewWorkingDays', permission: 'cases:approve' },
  { step: 'countyApproval', owner: { role: 'countyOfficer', level: 'county' }, deadlineParameter: 'monitoring.countyApprovalWorkingDays', permission: 'cases:approve' },
];

export function findCaseStep(step: string): CaseStepDefinition | undefined {
  return CASE_STEPS.find((s) => s.step === step);
}

export function nextCaseStep(step: MonitoringCaseStep): CaseStepDefinition | undefined {
  const index = CASE_STEPS.findIndex((s) => s.step === step);
  return index < 0 ? undefined : CASE_STEPS[index + 1];
}

/** Working days per step, as resolved from the policy for the case's region and year. */
export type CaseStepDeadlines = Readonly<Record<MonitoringCaseStep, number>>;

/** Risks that may take the green channel: help first, paperwork after (policy.md §3). */
export const GREEN_CHANNEL_RISKS = ['disaster', 'accident'] as const;

/** At most five risks per case (the national monitoring form). */
export const MAX_CASE_RISKS = 5;
