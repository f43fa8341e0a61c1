import { v7 as uuidv7 } from 'uuid';
import { requirePermission, type Actor } from '../../access/actor.ts';
import { todayInChina, type AppContext } from '../../app-context.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { AppError } from '../../errors/app-error.ts';
import { insertRecordChange } from '../history/record-changes.repository.ts';
import { requireHouseholdInScope } from '../households/households.service.ts';
import { findBasicNeedsChecks, insertBasicNeedsCheck } from './basic-needs.repository.ts';
import { presentBasicNeedsCheck } from './basic-needs.presenter.ts';
import type { BasicNeedsCheckInput, BasicNeedsCheckView } from './basic-needs.schemas.ts';

export async function listBasicNeedsChecks(ctx: AppContext, actor: Actor, householdId: number): Promise<BasicNeedsCheckView[]> {
  await requireHouseholdInScope(ctx.db, actor, householdId);
  return (await findBasicNeedsChecks(ctx.db, householdId)).map(presentBasicNeedsCheck);
}

/** Records a dated basic-needs check; checks are kept, never overwritten, so the record shows each visit. */
export async function recordBasicNeedsCheck(ctx: AppContext, actor: Actor, householdId: number, input: BasicNeedsCheckInput): Promise<BasicNeedsCheckView> {
  requirePermission(actor, 'registry:write');
  const today = todayInChina(ctx.now());
  if (input.checkedOn > today || Number.isNaN(Date.parse(input.checkedOn))) {
    throw new AppError('VALIDATION_FAILED', `the check date ${input.checkedOn} is not a past or present date`, { field: 'checkedOn' });
  }
  const household = await requireHouseholdInScope(ctx.db, actor, householdId);
  const at = ctx.now().toISOString();
  const row = {
    id: uuidv7(), householdId, villageCode: household.villageCode, checkedOn: input.checkedOn,
    ...input.items, evidence: JSON.stringify(input.evidence), checkedBy: actor.userId, source: input.source, createdAt: at,
  };
  const view = presentBasicNeedsCheck(row);
  await ctx.db.transaction().execute(async (trx) => {
    await insertBasicNeedsCheck(trx, row);
    await insertRecordChange(trx, {
      householdId, villageCode: household.villageCode, entityType: 'basicNeedsCheck', entityId: row.id, action: 'create',
      changedAt: at, actorId: actor.userId, actorName: actor.username, source: input.source, before: null, after: view,
    });
    await recordAudit(trx, actor, {
      action: 'create', entityType: 'basicNeedsCheck', entityId: row.id, regionCode: household.villageCode,
      details: { householdId, checkedOn: input.checkedOn, failedItems: view.failedItems },
    }, at);
  });
  return view;
}
