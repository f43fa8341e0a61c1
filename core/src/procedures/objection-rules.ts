import { findStepDefinition } from './procedure-definitions.ts';
import { checkActionDate, checkStepOwnership, type ActingUser, type ProcedureState, type ProcedureTransition, type Ruling } from './procedure-rules.ts';
import { scheduleStep } from './step-schedule.ts';

export type ObjectionStatus = 'open' | 'upheld' | 'dismissed' | 'superseded';

/** An objection is received while a notice is posted, on a day within its posting period. */
export function checkObjectionIntake(state: ProcedureState, receivedOn: string, today: string): Ruling<{ step: string }> {
  const definition = state.currentStep ? findStepDefinition(state.kind, state.currentStep) : undefined;
  if (state.status !== 'inProgress' || !definition || definition.kind !== 'notice' || !state.schedule) {
    return { ok: false, refusal: { code: 'NOT_IN_NOTICE', message: 'objections are received only while a notice is posted' } };
  }
  const badDate = checkActionDate(receivedOn, today, null, 'receivedOn');
  if (badDate) return { ok: false, refusal: badDate };
  const { noticeStartsOn, noticeEndsOn } = state.schedule;
  if (noticeStartsOn === null || noticeEndsOn === null || receivedOn < noticeStartsOn || receivedOn > noticeEndsOn) {
    return { ok: false, refusal: { code: 'OBJECTION_OUTSIDE_NOTICE', message: `the notice was posted ${noticeStartsOn ?? '?'} to ${noticeEndsOn ?? '?'}; ${receivedOn} is outside it`, field: 'receivedOn' } };
  }
  return { ok: true, value: { step: definition.step } };
}

export interface ObjectionResolution {
  readonly outcome: 'upheld' | 'dismissed';
  /** For an upheld objection: end the procedure, or send it back to the review before the notice. */
  readonly upheldAction: 'reject' | 'sendBack' | null;
  readonly resolution: string;
  readonly on: string;
}

/**
 * Resolving an objection to the current notice, by the notice's owner. Dismissed: the notice
 * goes on. Upheld: the procedure is rejected, or sent back to the review the notice followed.
 * `next` null with status inProgress means: nothing moves.
 */
export function decideObjectionResolution(
  state: ProcedureState, objection: { status: ObjectionStatus; receivedOn: string }, input: ObjectionResolution, actor: ActingUser, today: string,
): Ruling<ProcedureTransition | null> {
  if (objection.status !== 'open') return { ok: false, refusal: { code: 'OBJECTION_RESOLVED', message: `the objection is already ${objection.status}` } };
  const owned = checkStepOwnership(state, actor);
  if (!owned.ok) return owned;
  const definition = owned.value;
  if (definition.kind !== 'notice') return { ok: false, refusal: { code: 'NOT_IN_NOTICE', message: 'the procedure has moved past the notice this objection was made to' } };
  const badDate = checkActionDate(input.on, today, null);
  if (badDate) return { ok: false, refusal: badDate };
  if (input.on < objection.receivedOn) {
    return { ok: false, refusal: { code: 'VALIDATION_FAILED', message: `${input.on} is before the objection was received on ${objection.receivedOn}`, field: 'on' } };
  }
  if (input.resolution.trim() === '') return { ok: false, refusal: { code: 'VALIDATION_FAILED', message: 'say how the objection was resolved', field: 'resolution' } };
  if (input.outcome === 'dismissed') {
    if (input.upheldAction !== null) return { ok: false, refusal: { code: 'VALIDATION_FAILED', message: 'a dismissed objection changes nothing in the procedure', field: 'upheldAction' } };
    return { ok: true, value: null };
  }
  if (input.upheldAction === 'reject') return { ok: true, value: { decision: 'rejected', status: 'rejected', next: null } };
  if (input.upheldAction === 'sendBack') {
    const target = definition.sendBackTo ? findStepDefinition(state.kind, definition.sendBackTo) : undefined;
    if (!target) return { ok: false, refusal: { code: 'VALIDATION_FAILED', message: 'this notice has no review to send it back to', field: 'upheldAction' } };
    return { ok: true, value: { decision: 'sentBack', status: 'inProgress', next: { step: target.step, schedule: scheduleStep(target, input.on) } } };
  }
  return { ok: false, refusal: { code: 'VALIDATION_FAILED', message: 'an upheld objection either rejects the procedure or sends it back', field: 'upheldAction' } };
}
