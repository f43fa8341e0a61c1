import { checkVisitDate } from '@fupin/core';
import { v7 as uuidv7 } from 'uuid';
import { requirePermission, type Actor } from '../../../access/actor.ts';
import { todayInChina, type AppContext } from '../../../app-context.ts';
import { recordAudit } from '../../../audit/audit.service.ts';
import { AppError } from '../../../errors/app-error.ts';
import { requireHouseholdInScope } from '../../households/households.service.ts';
import { requireAssistanceWritableHousehold } from '../assistance-access.ts';
import { resolveAssistanceSettings } from '../assistance-settings/assistance-settings.service.ts';
import { throwFirstIssue } from '../rule-issues.ts';
import { findPhotos, findVisitInScope, findVisits, insertVisit, markFollowUpDone } from './visits.repository.ts';
import { presentVisit } from './visits.presenter.ts';
import type { VisitInput, VisitView } from './visits.schemas.ts';

export async function listVisits(ctx: AppContext, actor: Actor, householdId: number): Promise<VisitView[]> {
  requirePermission(actor, 'registry:read');
  await requireHouseholdInScope(ctx.db, actor, householdId);
  const rows = await findVisits(ctx.db, householdId);
  const photos = await findPhotos(ctx.db, rows.map((r) => r.id));
  return rows.map((r) => presentVisit(r, photos));
}

/** Records a visit, dated no later than today and no further back than the region's window. */
export async function recordVisit(ctx: AppContext, actor: Actor, householdId: number, input: VisitInput): Promise<VisitView> {
  const { household, cadreId } = await requireAssistanceWritableHousehold(ctx, actor, householdId);
  const { visitBackdateDays } = await resolveAssistanceSettings(ctx.db, household.villageCode);
  throwFirstIssue(checkVisitDate(input.visitDate, todayInChina(ctx.now()), visitBackdateDays));
  if (input.followUpDue !== null && input.followUp === null) {
    throw new AppError('VALIDATION_FAILED', 'say what the follow-up is before giving its date', { field: 'followUp' });
  }
  const at = ctx.now().toISOString();
  const id = uuidv7();
  await ctx.db.transaction().execute(async (trx) => {
    await insertVisit(trx, {
      id, householdId, villageCode: household.villageCode, cadreId, visitedBy: actor.userId, ...input,
      householdSigned: input.householdSigned ? 1 : 0, followUpDoneAt: null, createdAt: at,
    });
    await recordAudit(trx, actor, { action: 'create', entityType: 'visit', entityId: id, regionCode: household.villageCode, details: { householdId, visitDate: input.visitDate, purpose: input.purpose } }, at);
  });
  return requireVisitView(ctx, actor, id);
}

export async function completeFollowUp(ctx: AppContext, actor: Actor, visitId: string): Promise<VisitView> {
  const visit = await requireVisitView(ctx, actor, visitId);
  await requireAssistanceWritableHousehold(ctx, actor, visit.householdId);
  if (visit.followUp === null) throw new AppError('VALIDATION_FAILED', 'this visit has no follow-up', { field: 'followUp' });
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await markFollowUpDone(trx, visitId, at);
    await recordAudit(trx, actor, { action: 'completeFollowUp', entityType: 'visit', entityId: visitId, regionCode: visit.villageCode, details: { householdId: visit.householdId } }, at);
  });
  return requireVisitView(ctx, actor, visitId);
}

export async function requireVisitView(ctx: AppContext, actor: Actor, visitId: string): Promise<VisitView> {
  const row = await findVisitInScope(ctx.db, actor, visitId);
  if (!row) throw new AppError('OUT_OF_SCOPE', `visit ${visitId} not found in your region`);
  return presentVisit(row, await findPhotos(ctx.db, [visitId]));
}
