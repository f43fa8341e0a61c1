import { checkObjectionIntake, decideObjectionResolution, type ObjectionStatus } from '@fupin/core';
import { v7 as uuidv7 } from 'uuid';
import { requirePermission, type Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { AppError } from '../../errors/app-error.ts';
import { changeHouseholdStatus } from './procedure-household.ts';
import { requireProcedureInScope } from './procedure-act.service.ts';
import { getProcedure } from './procedure-read.service.ts';
import { applyTransition, stepActor, toProcedureState, unwrapRuling } from './procedure-state.ts';
import {
  countOpenObjections, findObjection, findSteps, insertObjection, supersedeOpenObjections, updateObjection, updateStep,
} from './procedures.repository.ts';
import type { ObjectionInput, ObjectionResolutionInput, ProcedureView } from './procedures.schemas.ts';
import { todayInChina } from '../../app-context.ts';

const OBJECTION_STATUSES: readonly ObjectionStatus[] = ['open', 'upheld', 'dismissed', 'superseded'];

/** Records an objection received while a notice is posted; the notice cannot close until it is resolved. */
export async function recordObjection(ctx: AppContext, actor: Actor, procedureId: string, input: ObjectionInput): Promise<ProcedureView> {
  requirePermission(actor, 'registry:write');
  const today = todayInChina(ctx.now());
  const receivedOn = input.receivedOn ?? today;
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const row = await requireProcedureInScope(trx, actor, procedureId);
    const unresolved = row.currentStepId ? await countOpenObjections(trx, row.currentStepId) : 0;
    const { step } = unwrapRuling(checkObjectionIntake(toProcedureState(row, unresolved), receivedOn, today));
    const id = uuidv7();
    await insertObjection(trx, {
      id, procedureId, stepId: row.currentStepId ?? '', villageCode: row.villageCode, step, receivedOn, objector: input.objector,
      content: input.content, status: 'open', upheldAction: null, resolution: null, resolvedOn: null, resolvedBy: null, resolvedByName: null,
      recordedBy: actor.userId, recordedByName: actor.username, recordedAt: at,
    });
    // Who objected is the objector's own matter; the audit keeps only that there was one.
    await recordAudit(trx, actor, { action: 'recordObjection', entityType: 'procedure', entityId: procedureId, regionCode: row.villageCode, details: { objectionId: id, step, receivedOn } }, at);
  });
  return getProcedure(ctx, actor, procedureId);
}

/**
 * Resolves an objection, as the owner of the notice. Dismissed: the notice goes on. Upheld: the
 * procedure is rejected (an applicant goes back to not poor) or sent back to the review the
 * notice followed; other open objections to that notice lapse with it.
 */
export async function resolveObjection(ctx: AppContext, actor: Actor, procedureId: string, objectionId: string, input: ObjectionResolutionInput): Promise<ProcedureView> {
  requirePermission(actor, 'registry:write');
  const today = todayInChina(ctx.now());
  const on = input.on ?? today;
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const row = await requireProcedureInScope(trx, actor, procedureId);
    const objection = await findObjection(trx, procedureId, objectionId);
    if (!objection) throw new AppError('NOT_FOUND', `objection ${objectionId} not found on this procedure`);
    const status = OBJECTION_STATUSES.find((s) => s === objection.status) ?? 'open';
    const unresolved = row.currentStepId ? await countOpenObjections(trx, row.currentStepId) : 0;
    const state = toProcedureState(row, unresolved);
    if (status === 'open' && objection.stepId !== row.currentStepId) throw new AppError('NOT_IN_NOTICE', 'the procedure has moved past the notice this objection was made to');
    const transition = unwrapRuling(decideObjectionResolution(state, { status, receivedOn: objection.receivedOn },
      { outcome: input.outcome, upheldAction: input.upheldAction, resolution: input.resolution, on }, actor, today));

    await updateObjection(trx, objectionId, {
      status: input.outcome, upheldAction: input.upheldAction, resolution: input.resolution, resolvedOn: on, resolvedBy: actor.userId, resolvedByName: actor.username,
    });
    if (transition) {
      const steps = await findSteps(trx, procedureId);
      const current = steps.find((s) => s.id === row.currentStepId);
      if (!current) throw new Error(`procedure ${procedureId} has lost its current step`);
      await updateStep(trx, current.id, { decision: transition.decision, reason: input.resolution, decidedOn: on, recordedAt: at, ...stepActor(actor) });
      await supersedeOpenObjections(trx, current.id, on);
      await applyTransition(trx, { id: row.id, villageCode: row.villageCode, version: row.version }, (steps.at(-1)?.seq ?? current.seq) + 1, transition, on, input.resolution);
      if (transition.status === 'rejected' && row.kind === 'identification') {
        await changeHouseholdStatus(trx, actor, row.householdId, { povertyStatus: 'notPoor' }, row, at);
      }
    }
    await recordAudit(trx, actor, {
      action: 'resolveObjection', entityType: 'procedure', entityId: procedureId, regionCode: row.villageCode,
      details: { objectionId, outcome: input.outcome, upheldAction: input.upheldAction, on, status: transition?.status ?? row.status },
    }, at);
  });
  return getProcedure(ctx, actor, procedureId);
}
