import { regionLevelOf } from '../access/region-scope.ts';
import type { Role } from '../access/roles.ts';
import { isStepOwner } from '../procedures/procedure-definitions.ts';
import { checkActionDate } from '../procedures/procedure-rules.ts';
import { addMonths, addWorkingDays } from './case-calendar.ts';
import {
  CLOSED_CASE_STATES, monitoringCaseSteps, type CaseFlag, type MonitoringCaseState, type MonitoringCaseStep, type StoredCaseState,
} from './case-codes.ts';
import { findCaseStep, GREEN_CHANNEL_RISKS, MAX_CASE_RISKS, nextCaseStep, type CaseStepDeadlines, type CaseStepDefinition } from './case-definitions.ts';

/** Why an action on a case is refused; the codes are the API's error codes. */
export interface CaseRefusal {
  readonly code: 'CASE_CLOSED' | 'STEP_NOT_CURRENT' | 'STEP_NOT_OWNED' | 'VALIDATION_FAILED';
  readonly message: string;
  readonly field?: string;
}

export type CaseRuling<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly refusal: CaseRefusal };

const refuse = (code: CaseRefusal['code'], message: string, field?: string): { ok: false; refusal: CaseRefusal } =>
  ({ ok: false, refusal: field ? { code, message, field } : { code, message } });

/** What the rules need to know of a case. */
export interface CaseProgress {
  readonly state: StoredCaseState;
  readonly greenChannel: boolean;
  readonly currentStep: MonitoringCaseStep | null;
  readonly stepStartedOn: string | null;
  readonly stepDueOn: string | null;
}

export interface CaseStepAction {
  readonly step: MonitoringCaseStep;
  readonly decision: 'approve' | 'reject';
  readonly reason: string | null;
  readonly on: string;
}

export interface CaseStepTransition {
  readonly decision: 'approved' | 'rejected';
  readonly state: StoredCaseState;
  /** Set when the county's approval includes a case now (not for the green channel: included at opening). */
  readonly includedOn: string | null;
  readonly next: { readonly step: MonitoringCaseStep; readonly startedOn: string; readonly dueOn: string } | null;
}

export const isCaseClosed = (state: StoredCaseState): boolean => CLOSED_CASE_STATES.includes(state);

/** A step's due date: its working days from the day it starts. */
export function scheduleCaseStep(step: CaseStepDefinition, startedOn: string, deadlines: CaseStepDeadlines): { startedOn: string; dueOn: string } {
  return { startedOn, dueOn: addWorkingDays(startedOn, deadlines[step.step]) };
}

/** The current step's definition, once the case waits at it and the user owns it. */
export function checkCaseStepOwnership(progress: CaseProgress, actor: { role: Role; regionCode: string }): CaseRuling<CaseStepDefinition> {
  if (isCaseClosed(progress.state) || progress.currentStep === null) return refuse('CASE_CLOSED', `the case is ${progress.state} with no step waiting`);
  const definition = findCaseStep(progress.currentStep);
  if (!definition) return refuse('STEP_NOT_CURRENT', `${progress.currentStep} is not a case step`);
  if (!isStepOwner(definition.owner, { role: actor.role, regionLevel: regionLevelOf(actor.regionCode) })) {
    return refuse('STEP_NOT_OWNED', `${monitoringCaseSteps.label(definition.step, 'en')} is taken by a ${definition.owner.role} working at ${definition.owner.level} level`);
  }
  return { ok: true, value: definition };
}

/**
 * Approving or rejecting the current step. A rejection (with its reason) closes the case as
 * `rejected`; approving verification moves an ordinary case to `verifying`; approving the county's
 * approval includes it. A green-channel case is `included` from its opening and only completes its
 * paperwork here.
 */
export function decideCaseStep(progress: CaseProgress, action: CaseStepAction, actor: { role: Role; regionCode: string }, today: string, deadlines: CaseStepDeadlines): CaseRuling<CaseStepTransition> {
  if (isCaseClosed(progress.state)) return refuse('CASE_CLOSED', `the case is ${progress.state}; nothing more can be done on it`);
  if (progress.currentStep === null) return refuse('STEP_NOT_CURRENT', 'the case has no step waiting', 'step');
  if (progress.currentStep !== action.step) return refuse('STEP_NOT_CURRENT', `the case is at ${progress.currentStep}, not ${action.step}; reload it`, 'step');
  const owned = checkCaseStepOwnership(progress, actor);
  if (!owned.ok) return owned;
  const badDate = checkActionDate(action.on, today, progress.stepStartedOn && progress.stepDueOn
    ? { startedOn: progress.stepStartedOn, dueOn: progress.stepDueOn, noticeStartsOn: null, noticeEndsOn: null } : null);
  if (badDate) return refuse('VALIDATION_FAILED', badDate.message, badDate.field);
  if (action.decision === 'reject') {
    if ((action.reason?.trim() ?? '') === '') return refuse('VALIDATION_FAILED', 'a rejection needs its reason', 'reason');
    return { ok: true, value: { decision: 'rejected', state: 'rejected', includedOn: null, next: null } };
  }
  const next = nextCaseStep(action.step);
  if (next) {
    const state: StoredCaseState = progress.greenChannel ? progress.state : 'verifying';
    return { ok: true, value: { decision: 'approved', state, includedOn: null, next: { step: next.step, ...scheduleCaseStep(next, action.on, deadlines) } } };
  }
  return { ok: true, value: { decision: 'approved', state: 'included', includedOn: progress.greenChannel ? null : action.on, next: null } };
}

/** The decisions the user may take on the current step (for the screen; the server decides again). */
export function allowedCaseDecisions(progress: CaseProgress, actor: { role: Role; regionCode: string }): ('approve' | 'reject')[] {
  return checkCaseStepOwnership(progress, actor).ok ? ['approve', 'reject'] : [];
}

/** The state shown: an included case with a measure is assisting. */
export function presentCaseState(state: StoredCaseState, measureCount: number): MonitoringCaseState {
  return state === 'included' && measureCount > 0 ? 'assisting' : state;
}

export interface CaseDates {
  readonly state: StoredCaseState;
  readonly greenChannel: boolean;
  readonly currentStep: MonitoringCaseStep | null;
  readonly stepDueOn: string | null;
  readonly decisionDueOn: string;
  readonly measureDueOn: string | null;
  readonly measureCount: number;
}

/** What is late or owed on a case today. */
export function computeCaseFlags(c: CaseDates, today: string): CaseFlag[] {
  if (isCaseClosed(c.state)) return [];
  const flags: CaseFlag[] = [];
  if (c.currentStep !== null && c.stepDueOn !== null && today > c.stepDueOn) flags.push('stepOverdue');
  if (!c.greenChannel && (c.state === 'alerted' || c.state === 'verifying') && today > c.decisionDueOn) flags.push('decisionOverdue');
  if (c.state === 'included' && c.measureCount === 0 && c.measureDueOn !== null && today > c.measureDueOn) flags.push('noMeasure');
  if (c.greenChannel && c.currentStep !== null) flags.push('paperworkOwed');
  return flags;
}

export const decisionDueOn = (discoveredOn: string, workingDays: number): string => addWorkingDays(discoveredOn, workingDays);
export const measureDueOn = (includedOn: string | null, months: number): string | null => (includedOn === null ? null : addMonths(includedOn, months));

/** The risks of a new case: 1 to 5 distinct codes; the green channel only for a disaster or an accident. */
export function checkCaseRisks(risks: readonly string[], greenChannel: boolean): CaseRefusal | undefined {
  if (risks.length === 0) return { code: 'VALIDATION_FAILED', message: 'a case needs at least one risk', field: 'risks' };
  if (new Set(risks).size !== risks.length) return { code: 'VALIDATION_FAILED', message: 'a risk is listed twice', field: 'risks' };
  if (risks.length > MAX_CASE_RISKS) return { code: 'VALIDATION_FAILED', message: `at most ${MAX_CASE_RISKS} risks per case`, field: 'risks' };
  if (greenChannel && !risks.some((r) => (GREEN_CHANNEL_RISKS as readonly string[]).includes(r))) {
    return { code: 'VALIDATION_FAILED', message: 'the green channel is for disasters and accidents: risks must include disaster or accident', field: 'greenChannel' };
  }
  return undefined;
}
