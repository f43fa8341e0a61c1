import { regionLevelOf } from '../access/region-scope.ts';
import type { Role } from '../access/roles.ts';
import {
  findStepDefinition, isStepOwner, nextStepDefinition, procedureSteps,
  type ProcedureKind, type ProcedureStatus, type ProcedureStep, type StepDecision, type StepDefinition,
} from './procedure-definitions.ts';
import { isCalendarDate, scheduleStep, type StepSchedule } from './step-schedule.ts';

/** Why an action on a procedure is refused; the codes are the API's error codes. */
export interface ProcedureRefusal {
  readonly code: 'PROCEDURE_CLOSED' | 'STEP_NOT_CURRENT' | 'STEP_NOT_OWNED' | 'VALIDATION_FAILED'
    | 'NOTICE_PERIOD_RUNNING' | 'OBJECTION_UNRESOLVED' | 'NOT_IN_NOTICE' | 'OBJECTION_OUTSIDE_NOTICE' | 'OBJECTION_RESOLVED';
  readonly message: string;
  readonly field?: string;
}

export interface ProcedureState {
  readonly kind: ProcedureKind;
  readonly status: ProcedureStatus;
  readonly currentStep: ProcedureStep | null;
  readonly schedule: StepSchedule | null;
  /** Objections lodged during the current notice and not yet resolved. */
  readonly unresolvedObjections: number;
}

export interface ActingUser {
  readonly role: Role;
  readonly regionCode: string;
}

export interface StepAction {
  /** The step the user saw; a stale page cannot act on a later step. */
  readonly step: ProcedureStep;
  readonly decision: 'approve' | 'reject';
  readonly reason: string | null;
  /** The day it happened (records made after the fact carry the real date); not in the future. */
  readonly on: string;
}

export interface ProcedureTransition {
  readonly decision: StepDecision;
  readonly status: ProcedureStatus;
  /** The step that starts now, with its schedule; null when the procedure ends. */
  readonly next: { readonly step: ProcedureStep; readonly schedule: StepSchedule } | null;
}

export type Ruling<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly refusal: ProcedureRefusal };

const refuse = (code: ProcedureRefusal['code'], message: string, field?: string): { ok: false; refusal: ProcedureRefusal } =>
  ({ ok: false, refusal: field ? { code, message, field } : { code, message } });

const label = (step: ProcedureStep) => procedureSteps.label(step, 'en');

/** The current step's definition, once the procedure is open and the user owns it. */
export function checkStepOwnership(state: ProcedureState, actor: ActingUser): Ruling<StepDefinition> {
  if (state.status !== 'inProgress' || state.currentStep === null) return refuse('PROCEDURE_CLOSED', `the procedure is ${state.status}; nothing more can be done on it`);
  const definition = findStepDefinition(state.kind, state.currentStep);
  if (!definition) return refuse('STEP_NOT_CURRENT', `${state.currentStep} is not a step of ${state.kind}`);
  if (!isStepOwner(definition.owner, { role: actor.role, regionLevel: regionLevelOf(actor.regionCode) })) {
    return refuse('STEP_NOT_OWNED', `${label(definition.step)} is taken by a ${definition.owner.role} working at ${definition.owner.level} level`);
  }
  return { ok: true, value: definition };
}

/** The date an action happened on: a real date, not in the future, not before the step started. */
export function checkActionDate(on: string, today: string, schedule: StepSchedule | null, field = 'on'): ProcedureRefusal | undefined {
  if (!isCalendarDate(on)) return { code: 'VALIDATION_FAILED', message: `${on} is not a date (YYYY-MM-DD)`, field };
  if (on > today) return { code: 'VALIDATION_FAILED', message: `${on} is in the future`, field };
  if (schedule && on < schedule.startedOn) return { code: 'VALIDATION_FAILED', message: `${on} is before the step started on ${schedule.startedOn}`, field };
  return undefined;
}

function startNext(kind: ProcedureKind, current: ProcedureStep, on: string): ProcedureTransition['next'] {
  const next = nextStepDefinition(kind, current);
  return next ? { step: next.step, schedule: scheduleStep(next, on) } : null;
}

/**
 * Approving or rejecting the current step. Reviews may reject (with a reason; the procedure ends
 * and is kept); a notice closes only after its posting period and with every objection resolved;
 * approving the announcement completes the procedure.
 */
export function decideStepAction(state: ProcedureState, action: StepAction, actor: ActingUser, today: string): Ruling<ProcedureTransition> {
  if (state.status !== 'inProgress') return refuse('PROCEDURE_CLOSED', `the procedure is ${state.status}; nothing more can be done on it`);
  if (state.currentStep !== action.step) {
    return refuse('STEP_NOT_CURRENT', `the procedure is at ${state.currentStep ?? 'no step'}, not ${action.step}; reload it`, 'step');
  }
  const owned = checkStepOwnership(state, actor);
  if (!owned.ok) return owned;
  const definition = owned.value;
  const badDate = checkActionDate(action.on, today, state.schedule);
  if (badDate) return { ok: false, refusal: badDate };
  const reason = action.reason?.trim() ?? '';

  if (action.decision === 'reject') {
    if (definition.kind !== 'review') return refuse('VALIDATION_FAILED', `${label(definition.step)} cannot reject; only reviews can`, 'decision');
    if (reason === '') return refuse('VALIDATION_FAILED', 'a rejection needs its reason', 'reason');
    return { ok: true, value: { decision: 'rejected', status: 'rejected', next: null } };
  }
  if (definition.kind === 'notice') {
    if (state.unresolvedObjections > 0) {
      return refuse('OBJECTION_UNRESOLVED', `${state.unresolvedObjections} objection(s) to this notice are not resolved; resolve them before closing it`);
    }
    const endsOn = state.schedule?.noticeEndsOn;
    if (endsOn && action.on <= endsOn) {
      return refuse('NOTICE_PERIOD_RUNNING', `the notice is posted until ${endsOn}; it can close from the day after`, 'on');
    }
  }
  const next = startNext(state.kind, definition.step, action.on);
  return { ok: true, value: { decision: 'approved', status: next ? 'inProgress' : 'completed', next } };
}

/** The decisions a user may take on the current step (for the screen; the server decides again). */
export function allowedStepDecisions(state: ProcedureState, actor: ActingUser): ('approve' | 'reject')[] {
  const owned = checkStepOwnership(state, actor);
  if (!owned.ok) return [];
  return owned.value.kind === 'review' ? ['approve', 'reject'] : ['approve'];
}

