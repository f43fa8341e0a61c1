import { measureTypeRule } from '@fupin/core';
import { v7 as uuidv7 } from 'uuid';
import type { Actor } from '../../../access/actor.ts';
import type { AppContext } from '../../../app-context.ts';
import { recordAudit } from '../../../audit/audit.service.ts';
import { AppError } from '../../../errors/app-error.ts';
import { insertRecordChange } from '../../history/record-changes.repository.ts';
import { requireAssistanceWritableHousehold } from '../assistance-access.ts';
import { assertMeasureAllowed } from './measure-checks.ts';
import { insertMeasures } from './measures.repository.ts';
import { presentMeasure } from './measures.presenter.ts';
import type { BulkMeasureInput } from './measures.schemas.ts';

/**
 * One measure to many households of a village (e.g. a dividend or a water project): every
 * household is checked first, then all are written in one transaction, or none.
 */
export async function recordBulkMeasures(ctx: AppContext, actor: Actor, input: BulkMeasureInput): Promise<{ batchId: string; count: number; measureIds: string[] }> {
  if (measureTypeRule(input.measure.measureType).isPerMember) {
    throw new AppError('MEASURE_MEMBER_REQUIRED', `a ${input.measure.measureType} measure is given to a member; record it on each household`, { field: 'measure.measureType' });
  }
  const ids = input.householdIds;
  const repeated = ids.findIndex((id, i) => ids.indexOf(id) !== i);
  if (repeated >= 0) throw new AppError('VALIDATION_FAILED', 'a household is listed twice', { field: `householdIds.${repeated}` });
  const households = [];
  for (const [i, householdId] of ids.entries()) {
    const { household } = await requireAssistanceWritableHousehold(ctx, actor, householdId).catch((error: unknown) => {
      if (error instanceof AppError && error.code !== 'FORBIDDEN') throw new AppError(error.code, error.message, { field: `householdIds.${i}` });
      throw error;
    });
    if (household.villageCode !== input.villageCode) {
      throw new AppError('VALIDATION_FAILED', `household ${household.householdNo} is not in village ${input.villageCode}`, { field: `householdIds.${i}` });
    }
    households.push(household);
  }
  const batchId = uuidv7();
  const at = ctx.now().toISOString();
  const measure = { ...input.measure, memberId: null };
  const rows = households.map((h) => ({
    id: uuidv7(), householdId: h.id, villageCode: h.villageCode, ...measure, batchId,
    createdAt: at, createdBy: actor.userId, updatedAt: at, updatedBy: actor.userId,
  }));
  await ctx.db.transaction().execute(async (trx) => {
    for (const [i, row] of rows.entries()) {
      await assertMeasureAllowed(trx, row.householdId, measure, { fieldPrefix: `householdIds.${i}.` });
    }
    await insertMeasures(trx, rows);
    for (const row of rows) {
      await insertRecordChange(trx, {
        householdId: row.householdId, villageCode: row.villageCode, entityType: 'assistanceMeasure', entityId: row.id, action: 'create', changedAt: at,
        actorId: actor.userId, actorName: actor.username, source: 'entry', before: null, after: presentMeasure({ ...row, memberName: null }),
      });
    }
    await recordAudit(trx, actor, {
      action: 'bulkCreate', entityType: 'assistanceMeasure', entityId: batchId, regionCode: input.villageCode,
      details: { measureType: measure.measureType, amount: measure.amount, households: rows.length },
    }, at);
  });
  return { batchId, count: rows.length, measureIds: rows.map((r) => r.id) };
}
