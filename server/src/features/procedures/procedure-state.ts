import {
  procedureKinds, procedureStatuses, procedureSteps, type ProcedureRefusal, type ProcedureState, type ProcedureTransition, type Ruling,
} from '@fupin/core';
import { v7 as uuidv7 } from 'uuid';
import type { Transaction } from 'kysely';
import type { Actor } from '../../access/actor.ts';
import type { Database } from '../../db/schema.ts';
import { AppError } from '../../errors/app-error.ts';
import type { ProcedureSummaryRow } from './procedures.repository.ts';
import { insertStep, updateProcedureAtVersion } from './procedures.repository.ts';

/** The core's view of a procedure, from its row and the open objections on its current step. */
export function toProcedureState(row: ProcedureSummaryRow, unresolvedObjections: number): ProcedureState {
  if (!procedureKinds.has(row.kind) || !procedureStatuses.has(row.status)) throw new Error(`procedure ${row.id} has an unknown kind or status`);
  const currentStep = row.currentStep !== null && procedureSteps.has(row.currentStep) ? row.currentStep : null;
  const schedule = row.stepStartedOn !== null && row.stepDueOn !== null
    ? { startedOn: row.stepStartedOn, dueOn: row.stepDueOn, noticeStartsOn: row.noticeStartsOn, noticeEndsOn: row.noticeEndsOn }
    : null;
  return { kind: row.kind, status: row.status, currentStep, schedule, unresolvedObjections };
}

/** A refusal from the rules, as the API answers it. */
export function unwrapRuling<T>(ruling: Ruling<T>): T {
  if (ruling.ok) return ruling.value;
  throw refusalError(ruling.refusal);
}

export function refusalError(refusal: ProcedureRefusal): AppError {
  return new AppError(refusal.code, refusal.message, refusal.field ? { field: refusal.field } : {});
}

export interface AppliedTransition {
  status: string;
  currentStep: string | null;
  currentStepId: string | null;
}

/**
 * Writes a transition: the next step's row (if any) and the procedure's new position, at the
 * version that was read (a second user acting at the same moment gets VERSION_CONFLICT).
 */
export async function applyTransition(
  trx: Transaction<Database>, procedure: { id: string; villageCode: string; version: number }, nextSeq: number,
  transition: ProcedureTransition, on: string, outcomeReason: string | null,
): Promise<AppliedTransition> {
  let currentStepId: string | null = null;
  if (transition.next) {
    currentStepId = uuidv7();
    const { schedule } = transition.next;
    await insertStep(trx, {
      id: currentStepId, procedureId: procedure.id, villageCode: procedure.villageCode, seq: nextSeq, step: transition.next.step,
      startedOn: schedule.startedOn, dueOn: schedule.dueOn, noticeStartsOn: schedule.noticeStartsOn, noticeEndsOn: schedule.noticeEndsOn,
      decision: null, reason: null, decidedOn: null, recordedAt: null, actorId: null, actorName: null, actorRole: null,
    });
  }
  const ended = transition.status !== 'inProgress';
  const changes = {
    status: transition.status,
    currentStep: transition.next?.step ?? null,
    currentStepId,
    ...(ended ? { closedOn: on, outcomeReason } : {}),
  };
  const written = await updateProcedureAtVersion(trx, procedure.id, procedure.version, changes);
  if (!written) throw new AppError('VERSION_CONFLICT', 'someone else acted on this procedure at the same moment; reload it', { field: 'step' });
  return { status: changes.status, currentStep: changes.currentStep, currentStepId };
}

/** Who decided a step, as the timeline shows it. */
export function stepActor(actor: Actor) {
  return { actorId: actor.userId, actorName: actor.username, actorRole: actor.role };
}
