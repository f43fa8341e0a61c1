import {
  checkActionDate, isStepOwner, PROCEDURE_DEFINITIONS, regionLevelOf, scheduleStep, type ProcedureKind, type StepDefinition,
} from '@fupin/core';
import { v7 as uuidv7 } from 'uuid';
import { requirePermission, type Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import type { HouseholdRow } from '../../db/schema.ts';
import { AppError } from '../../errors/app-error.ts';
import { registerHousehold, requireHouseholdInScope } from '../households/households.service.ts';
import { evaluateExitForProcedure } from './exit-evaluation.ts';
import { changeHouseholdStatus } from './procedure-household.ts';
import { getProcedure } from './procedure-read.service.ts';
import { refusalError, stepActor } from './procedure-state.ts';
import { findOpenProcedureOfHousehold, insertProcedure, insertStep } from './procedures.repository.ts';
import type { ExitEvaluationRecord, OpenExitInput, OpenIdentificationInput, ProcedureView } from './procedures.schemas.ts';
import { todayInChina } from '../../app-context.ts';

/** Statuses from which a household may apply to be identified. */
const MAY_APPLY = new Set(['notPoor', 'applicant']);
/** Statuses from which a household may exit. */
const MAY_EXIT = new Set(['poor', 'relapsed']);

function stepsOf(kind: ProcedureKind): [StepDefinition, StepDefinition] {
  const [opening, first] = PROCEDURE_DEFINITIONS[kind].steps;
  if (!opening || !first) throw new Error(`${kind} has fewer than two steps`);
  return [opening, first];
}

/** Opening a procedure is its first step: taken by that step's owner, dated, not in the future. */
function checkOpening(ctx: AppContext, actor: Actor, kind: ProcedureKind, on: string | undefined, field: string): string {
  requirePermission(actor, 'registry:write');
  const [opening] = stepsOf(kind);
  if (!isStepOwner(opening.owner, { role: actor.role, regionLevel: regionLevelOf(actor.regionCode) })) {
    throw new AppError('STEP_NOT_OWNED', `a ${kind} procedure is opened by a ${opening.owner.role} working at ${opening.owner.level} level`);
  }
  const today = todayInChina(ctx.now());
  const day = on ?? today;
  const bad = checkActionDate(day, today, null, field);
  if (bad) throw refusalError(bad);
  return day;
}

async function assertNoOpenProcedure(ctx: AppContext, householdId: number): Promise<void> {
  const open = await findOpenProcedureOfHousehold(ctx.db, householdId);
  if (open) throw new AppError('PROCEDURE_ALREADY_OPEN', `the household already has a ${open.kind} procedure in progress (${open.id})`, { details: { procedureId: open.id } });
}

/** The unique index on households' procedures in progress, hit by two users opening at once (either engine). */
function isOpenProcedureViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { code?: unknown; message?: unknown; detail?: unknown; constraint?: unknown };
  const isUnique = e.code === 'SQLITE_CONSTRAINT_UNIQUE' || e.code === '23505';
  const text = [e.message, e.detail, e.constraint].filter((v) => typeof v === 'string').join(' ');
  return isUnique && (text.includes('household_id') || text.includes('procedures_open_household_idx'));
}

/** The evaluation in a line, Chinese first (the reasons themselves stay on the step in both languages). */
function explainEvaluation(evaluation: ExitEvaluationRecord): string {
  const failing = evaluation.reasons.filter((r) => r.outcome === 'fail' || r.outcome === 'missing').map((r) => r.zh);
  return [evaluation.summary.zh, ...failing].join('；');
}

interface Opening {
  kind: ProcedureKind;
  household: HouseholdRow;
  year: number;
  on: string;
  note: string | null;
  evaluation: ExitEvaluationRecord | null;
  /** The household's status while the procedure runs (identification: applicant). */
  statusWhileOpen: string | null;
}

/** Writes the procedure, its completed opening step and its first waiting step, in one transaction. */
async function writeOpening(ctx: AppContext, actor: Actor, o: Opening): Promise<string> {
  const [opening, first] = stepsOf(o.kind);
  const at = ctx.now().toISOString();
  const procedureId = uuidv7();
  const isRejected = o.evaluation !== null && !o.evaluation.isEligible;
  const firstStepId = uuidv7();
  const schedule = scheduleStep(first, o.on);
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await insertProcedure(trx, {
        id: procedureId, kind: o.kind, householdId: o.household.id, villageCode: o.household.villageCode, year: o.year,
        status: isRejected ? 'rejected' : 'inProgress', currentStep: isRejected ? null : first.step, currentStepId: isRejected ? null : firstStepId,
        previousStatus: o.household.povertyStatus, outcomeReason: isRejected ? (o.evaluation ? explainEvaluation(o.evaluation) : null) : null,
        openedOn: o.on, openedBy: actor.userId, openedByName: actor.username, openedAt: at, closedOn: isRejected ? o.on : null,
      });
      await insertStep(trx, {
        id: uuidv7(), procedureId, villageCode: o.household.villageCode, seq: 1, step: opening.step, startedOn: o.on, dueOn: o.on,
        noticeStartsOn: null, noticeEndsOn: null, decision: isRejected ? 'rejected' : 'approved', reason: o.note ?? (o.evaluation ? explainEvaluation(o.evaluation) : null),
        decidedOn: o.on, recordedAt: at, ...stepActor(actor), details: JSON.stringify(o.evaluation ? { evaluation: o.evaluation } : {}),
      });
      if (!isRejected) {
        await insertStep(trx, {
          id: firstStepId, procedureId, villageCode: o.household.villageCode, seq: 2, step: first.step, startedOn: schedule.startedOn, dueOn: schedule.dueOn,
          noticeStartsOn: schedule.noticeStartsOn, noticeEndsOn: schedule.noticeEndsOn, decision: null, reason: null, decidedOn: null,
          recordedAt: null, actorId: null, actorName: null, actorRole: null,
        });
      }
      if (o.statusWhileOpen && !isRejected) await changeHouseholdStatus(trx, actor, o.household.id, { povertyStatus: o.statusWhileOpen }, { id: procedureId, kind: o.kind }, at);
      await recordAudit(trx, actor, {
        action: 'open', entityType: 'procedure', entityId: procedureId, regionCode: o.household.villageCode,
        details: { kind: o.kind, householdId: o.household.id, year: o.year, on: o.on, status: isRejected ? 'rejected' : 'inProgress' },
      }, at);
    });
  } catch (error) {
    if (isOpenProcedureViolation(error)) throw new AppError('PROCEDURE_ALREADY_OPEN', 'the household already has a procedure in progress');
    throw error;
  }
  return procedureId;
}

/**
 * Opens an identification procedure: for a household on the registry that is not poor, or for a
 * new applicant household registered now through the registry (its own transaction: if opening
 * then fails, the household stays on the registry as an applicant and opening can be retried).
 */
export async function openIdentification(ctx: AppContext, actor: Actor, input: OpenIdentificationInput): Promise<ProcedureView> {
  const on = checkOpening(ctx, actor, 'identification', input.appliedOn, 'appliedOn');
  if ((input.householdId === undefined) === (input.household === undefined)) {
    throw new AppError('VALIDATION_FAILED', 'give either householdId or a new household', { field: 'householdId' });
  }
  let household: HouseholdRow;
  if (input.household) {
    const registered = await registerHousehold(ctx, actor, { ...input.household, povertyStatus: 'applicant', yearIdentified: null, yearExited: null });
    household = await requireHouseholdInScope(ctx.db, actor, registered.id);
  } else {
    household = await requireHouseholdInScope(ctx.db, actor, input.householdId ?? 0);
    if (!MAY_APPLY.has(household.povertyStatus)) {
      throw new AppError('PROCEDURE_NOT_APPLICABLE', `a household with status ${household.povertyStatus} cannot apply to be identified`, { field: 'householdId' });
    }
    await assertNoOpenProcedure(ctx, household.id);
  }
  const year = Number(on.slice(0, 4));
  const id = await writeOpening(ctx, actor, { kind: 'identification', household, year, on, note: input.note, evaluation: null, statusWhileOpen: 'applicant' });
  return getProcedure(ctx, actor, id);
}

/**
 * Opens a household exit: the evaluation step runs now and is recorded with its reasons. A
 * household that does not meet the standard gets a rejected procedure, kept with those reasons.
 */
export async function openHouseholdExit(ctx: AppContext, actor: Actor, input: OpenExitInput): Promise<ProcedureView> {
  const on = checkOpening(ctx, actor, 'householdExit', input.on, 'on');
  if (input.year > Number(on.slice(0, 4))) throw new AppError('VALIDATION_FAILED', `${input.year} is after the day of the evaluation`, { field: 'year' });
  const household = await requireHouseholdInScope(ctx.db, actor, input.householdId);
  if (!MAY_EXIT.has(household.povertyStatus)) {
    throw new AppError('PROCEDURE_NOT_APPLICABLE', `a household with status ${household.povertyStatus} cannot exit`, { field: 'householdId' });
  }
  await assertNoOpenProcedure(ctx, household.id);
  const evaluation = await evaluateExitForProcedure(ctx, actor, household.id, input.year);
  const id = await writeOpening(ctx, actor, { kind: 'householdExit', household, year: input.year, on, note: null, evaluation, statusWhileOpen: null });
  return getProcedure(ctx, actor, id);
}
