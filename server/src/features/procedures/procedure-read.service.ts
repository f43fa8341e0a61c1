import {
  allowedStepDecisions, checkStepOwnership, PROCEDURE_DEFINITIONS, procedureKinds, regionLevelOf, isStepOwner, hasPermission,
} from '@fupin/core';
import { requirePermission, type Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import { AppError } from '../../errors/app-error.ts';
import { toProcedureState } from './procedure-state.ts';
import { presentObjection, presentProcedureSummary, presentStep } from './procedures.presenter.ts';
import { countOpenObjections, findObjections, findProcedureInScope, findProcedures, findProceduresWaitingAt, findSteps } from './procedures.repository.ts';
import type { ProcedureListQuery, ProcedureSummary, ProcedureView } from './procedures.schemas.ts';
import { todayInChina } from '../../app-context.ts';

/** A procedure with its timeline, objections and what the actor may do on it now. */
export async function getProcedure(ctx: AppContext, actor: Actor, procedureId: string): Promise<ProcedureView> {
  requirePermission(actor, 'registry:read');
  const row = await findProcedureInScope(ctx.db, actor, procedureId);
  if (!row) throw new AppError('OUT_OF_SCOPE', `procedure ${procedureId} not found in your region`);
  const [steps, objections] = await Promise.all([findSteps(ctx.db, procedureId), findObjections(ctx.db, procedureId)]);
  const unresolved = row.currentStepId ? await countOpenObjections(ctx.db, row.currentStepId) : 0;
  const state = toProcedureState(row, unresolved);
  const today = todayInChina(ctx.now());
  const canWrite = hasPermission(actor.role, 'registry:write');
  const inNotice = state.status === 'inProgress' && Boolean(state.schedule?.noticeStartsOn);
  const ownsNotice = canWrite && inNotice && checkStepOwnership(state, actor).ok;
  return {
    ...presentProcedureSummary(row, today),
    version: row.version,
    openedByName: row.openedByName,
    steps: steps.map((s) => presentStep(row.kind, s)),
    objections: objections.map(presentObjection),
    allowedDecisions: canWrite ? allowedStepDecisions(state, actor) : [],
    canRecordObjection: canWrite && inNotice,
    canResolveObjections: ownsNotice,
  };
}

export async function listProcedures(ctx: AppContext, actor: Actor, query: ProcedureListQuery): Promise<{ total: number; items: ProcedureSummary[] }> {
  requirePermission(actor, 'registry:read');
  const { page, pageSize, ...filter } = query;
  const { items, total } = await findProcedures(ctx.db, actor, filter, pageSize, (page - 1) * pageSize);
  const today = todayInChina(ctx.now());
  return { total, items: items.map((r) => presentProcedureSummary(r, today)) };
}

/** The steps this user owns (by role and the level of their region), for the "waiting for me" queue. */
export function ownedSteps(actor: Actor): { kind: string; step: string }[] {
  const level = regionLevelOf(actor.regionCode);
  return procedureKinds.codes.flatMap((kind) => PROCEDURE_DEFINITIONS[kind].steps
    .filter((s) => s.kind !== 'opening' && isStepOwner(s.owner, { role: actor.role, regionLevel: level }))
    .map((s) => ({ kind, step: s.step })));
}

/** Procedures in the user's region now waiting at a step they own, earliest deadline first. */
export async function listWaitingForMe(ctx: AppContext, actor: Actor, regionCode?: string): Promise<ProcedureSummary[]> {
  requirePermission(actor, 'registry:read');
  const rows = await findProceduresWaitingAt(ctx.db, actor, ownedSteps(actor), regionCode);
  const today = todayInChina(ctx.now());
  return rows.map((r) => presentProcedureSummary(r, today));
}
