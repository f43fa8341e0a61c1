import { canApproveWithinQuota, computeQuotaUsage, decideStepAction, PROCEDURE_DEFINITIONS, type ProcedureTransition } from '@fupin/core';
import type { Transaction } from 'kysely';
import { requirePermission, type Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import type { Database } from '../../db/schema.ts';
import { AppError } from '../../errors/app-error.ts';
import { changeHouseholdStatus } from './procedure-household.ts';
import { getProcedure } from './procedure-read.service.ts';
import { applyTransition, stepActor, toProcedureState, unwrapRuling } from './procedure-state.ts';
import type { ProcedureSummaryRow } from './procedures.repository.ts';
import { countOpenObjections, countRegisteredInVillage, findProcedureInScope, findSteps, updateStep } from './procedures.repository.ts';
import type { ProcedureView, StepActionInput } from './procedures.schemas.ts';
import { findQuota } from './quotas.repository.ts';
import { todayInChina } from '../../app-context.ts';

/** The procedure in the actor's region, or OUT_OF_SCOPE (404) whether it is elsewhere or nowhere. */
export async function requireProcedureInScope(db: AppContext['db'] | Transaction<Database>, actor: Actor, procedureId: string): Promise<ProcedureSummaryRow> {
  const row = await findProcedureInScope(db, actor, procedureId);
  if (!row) throw new AppError('OUT_OF_SCOPE', `procedure ${procedureId} not found in your region`);
  return row;
}

/** The county's approval registers a household: refused once the village's quota for the year is used. */
async function assertQuotaLeft(trx: Transaction<Database>, row: ProcedureSummaryRow): Promise<void> {
  const quota = await findQuota(trx, row.villageCode, row.year);
  if (!quota) return;
  const counts = await countRegisteredInVillage(trx, row.villageCode, row.year);
  if (!canApproveWithinQuota(computeQuotaUsage(quota.quota, counts.registered, counts.inProgress))) {
    throw new AppError('QUOTA_EXCEEDED', `the village's quota of ${quota.quota} households for ${row.year} is used up (${counts.registered} registered)`);
  }
}

/** What the household becomes when a procedure ends: registered or exited, or back to where it was. */
async function settleHousehold(trx: Transaction<Database>, actor: Actor, row: ProcedureSummaryRow, transition: ProcedureTransition, on: string, at: string) {
  const year = Number(on.slice(0, 4));
  if (transition.status === 'completed') {
    const kind = row.kind === 'householdExit' ? 'householdExit' : 'identification';
    const status = PROCEDURE_DEFINITIONS[kind].completedStatus;
    const change = status === 'poor' ? { povertyStatus: 'poor', yearIdentified: year, yearExited: null } : { povertyStatus: 'exited', yearExited: year };
    await changeHouseholdStatus(trx, actor, row.householdId, change, row, at);
  } else if (transition.status === 'rejected' && row.kind === 'identification') {
    // A rejected applicant is not poor; the application stays on record with its reason.
    await changeHouseholdStatus(trx, actor, row.householdId, { povertyStatus: 'notPoor' }, row, at);
  }
}

/**
 * Approves or rejects the current step of a procedure, as its owner. The decision, its reason
 * and date go on the step; the next step starts the same day; an ending changes the household's
 * status. One transaction, re-checked inside it.
 */
export async function actOnStep(ctx: AppContext, actor: Actor, procedureId: string, input: StepActionInput): Promise<ProcedureView> {
  requirePermission(actor, 'registry:write');
  const today = todayInChina(ctx.now());
  const on = input.on ?? today;
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const row = await requireProcedureInScope(trx, actor, procedureId);
    const steps = await findSteps(trx, procedureId);
    const current = steps.find((s) => s.id === row.currentStepId) ?? steps.at(-1);
    if (!current) throw new Error(`procedure ${procedureId} has no steps`);
    const unresolved = row.currentStepId === null ? 0 : await countOpenObjections(trx, row.currentStepId);
    const transition = unwrapRuling(decideStepAction(toProcedureState(row, unresolved), { step: input.step, decision: input.decision, reason: input.reason, on }, actor, today));
    if (row.kind === 'identification' && input.step === 'countyReview' && transition.decision === 'approved') await assertQuotaLeft(trx, row);

    await updateStep(trx, current.id, { decision: transition.decision, reason: input.reason, decidedOn: on, recordedAt: at, ...stepActor(actor) });
    await applyTransition(trx, { id: row.id, villageCode: row.villageCode, version: row.version }, current.seq + 1, transition, on,
      transition.status === 'rejected' ? input.reason : null);
    await settleHousehold(trx, actor, row, transition, on, at);
    await recordAudit(trx, actor, {
      action: transition.decision === 'approved' ? 'approveStep' : 'rejectStep', entityType: 'procedure', entityId: procedureId, regionCode: row.villageCode,
      details: { kind: row.kind, step: input.step, on, status: transition.status, next: transition.next?.step ?? null },
    }, at);
  });
  return getProcedure(ctx, actor, procedureId);
}
