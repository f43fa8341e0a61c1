import { v7 as uuidv7 } from 'uuid';
import { requirePermission, type Actor } from '../../../access/actor.ts';
import type { AppContext } from '../../../app-context.ts';
import { recordAudit } from '../../../audit/audit.service.ts';
import { AppError } from '../../../errors/app-error.ts';
import { insertRecordChange } from '../../history/record-changes.repository.ts';
import { requireHouseholdInScope } from '../../households/households.service.ts';
import { requireAssistanceWritableHousehold } from '../assistance-access.ts';
import { assertMeasureAllowed } from './measure-checks.ts';
import { findMeasureInScope, findMeasures, insertMeasures, updateMeasure } from './measures.repository.ts';
import { presentMeasure } from './measures.presenter.ts';
import type { MeasureInput, MeasureView } from './measures.schemas.ts';

export async function listMeasures(ctx: AppContext, actor: Actor, householdId: number): Promise<MeasureView[]> {
  requirePermission(actor, 'registry:read');
  await requireHouseholdInScope(ctx.db, actor, householdId);
  return (await findMeasures(ctx.db, [householdId])).map(presentMeasure);
}

/** Records a measure for a household (and member), refusing it with its reason when a rule is broken. */
export async function recordMeasure(ctx: AppContext, actor: Actor, householdId: number, input: MeasureInput): Promise<MeasureView> {
  const { household } = await requireAssistanceWritableHousehold(ctx, actor, householdId);
  const at = ctx.now().toISOString();
  const id = uuidv7();
  await ctx.db.transaction().execute(async (trx) => {
    await assertMeasureAllowed(trx, householdId, input);
    const row = { id, householdId, villageCode: household.villageCode, ...input, batchId: null, createdAt: at, createdBy: actor.userId, updatedAt: at, updatedBy: actor.userId };
    await insertMeasures(trx, [row]);
    await insertRecordChange(trx, {
      householdId, villageCode: household.villageCode, entityType: 'assistanceMeasure', entityId: id, action: 'create', changedAt: at,
      actorId: actor.userId, actorName: actor.username, source: 'entry', before: null, after: presentMeasure({ ...row, memberName: null }),
    });
    await recordAudit(trx, actor, { action: 'create', entityType: 'assistanceMeasure', entityId: id, regionCode: household.villageCode, details: { householdId, measureType: input.measureType, amount: input.amount } }, at);
  });
  return requireMeasureView(ctx, actor, id);
}

/** Changes a measure (its status, outcome, period, amount…); the household and batch stay. */
export async function changeMeasure(ctx: AppContext, actor: Actor, measureId: string, input: MeasureInput): Promise<MeasureView> {
  requirePermission(actor, 'assistance:write');
  const before = await findMeasureInScope(ctx.db, actor, measureId);
  if (!before) throw new AppError('OUT_OF_SCOPE', `measure ${measureId} not found in your region`);
  await requireAssistanceWritableHousehold(ctx, actor, before.householdId);
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await assertMeasureAllowed(trx, before.householdId, input, { exceptId: measureId });
    await updateMeasure(trx, measureId, { ...input, updatedAt: at, updatedBy: actor.userId });
    const after = { ...before, ...input, memberName: input.memberId === before.memberId ? before.memberName : null, updatedAt: at, updatedBy: actor.userId };
    await insertRecordChange(trx, {
      householdId: before.householdId, villageCode: before.villageCode, entityType: 'assistanceMeasure', entityId: measureId, action: 'update', changedAt: at,
      actorId: actor.userId, actorName: actor.username, source: 'entry', before: presentMeasure(before), after: presentMeasure(after),
    });
    await recordAudit(trx, actor, { action: 'update', entityType: 'assistanceMeasure', entityId: measureId, regionCode: before.villageCode, details: { householdId: before.householdId, status: input.status } }, at);
  });
  return requireMeasureView(ctx, actor, measureId);
}

async function requireMeasureView(ctx: AppContext, actor: Actor, measureId: string): Promise<MeasureView> {
  const row = await findMeasureInScope(ctx.db, actor, measureId);
  if (!row) throw new AppError('OUT_OF_SCOPE', `measure ${measureId} not found in your region`);
  return presentMeasure(row);
}
