import { checkPairingLoad, checkPairingPeriod, isPairingActive } from '@fupin/core';
import { v7 as uuidv7 } from 'uuid';
import { requirePermission, type Actor } from '../../../access/actor.ts';
import { todayInChina, type AppContext } from '../../../app-context.ts';
import { recordAudit } from '../../../audit/audit.service.ts';
import { AppError } from '../../../errors/app-error.ts';
import { requireHouseholdInScope } from '../../households/households.service.ts';
import { throwFirstIssue } from '../rule-issues.ts';
import { resolveAssistanceSettings } from '../assistance-settings/assistance-settings.service.ts';
import { countLoads, findCadreInScope, lockCadre } from '../cadres/cadres.repository.ts';
import { findPairingInScope, findPairings, findPairingsOf, insertPairing, setPairingEnd, type PairingListRow } from './pairings.repository.ts';
import type { PairingInput, PairingView } from './pairings.schemas.ts';

export function presentPairing(row: PairingListRow, today: string): PairingView {
  return { ...row, isActive: isPairingActive(row, today) };
}

export async function listPairings(ctx: AppContext, actor: Actor, filter: { cadreId?: string | undefined; householdId?: number | undefined; regionCode?: string | undefined; activeOnly: boolean }): Promise<PairingView[]> {
  requirePermission(actor, 'registry:read');
  const today = todayInChina(ctx.now());
  const rows = await findPairings(ctx.db, actor, { ...filter, ...(filter.activeOnly ? { activeOn: today } : {}) });
  return rows.map((r) => presentPairing(r, today));
}

/** Pairs a cadre with a household, within the cadre's configured maximum load. */
export async function createPairing(ctx: AppContext, actor: Actor, input: PairingInput): Promise<PairingView> {
  requirePermission(actor, 'cadres:manage');
  const household = await requireHouseholdInScope(ctx.db, actor, input.householdId);
  const cadre = await findCadreInScope(ctx.db, actor, input.cadreId);
  if (!cadre) throw new AppError('VALIDATION_FAILED', `no cadre ${input.cadreId} in your region`, { field: 'cadreId' });
  const today = todayInChina(ctx.now());
  const { maxPairingLoad } = await resolveAssistanceSettings(ctx.db, household.villageCode);
  const at = ctx.now().toISOString();
  const id = uuidv7();
  await ctx.db.transaction().execute(async (trx) => {
    // Before counting: a pairing for the same cadre at the same moment waits here, then counts this one.
    await lockCadre(trx, input.cadreId);
    throwFirstIssue(checkPairingPeriod(input, await findPairingsOf(trx, input.cadreId, input.householdId)));
    // The load counts on the later of today and the start: a pairing planned ahead is checked when it begins.
    const on = input.startDate > today ? input.startDate : today;
    const load = (await countLoads(trx, [input.cadreId], on)).get(input.cadreId) ?? 0;
    if (isPairingActive(input, on)) throwFirstIssue(checkPairingLoad(load, maxPairingLoad));
    await insertPairing(trx, { id, ...input, villageCode: household.villageCode, createdAt: at, createdBy: actor.userId });
    await recordAudit(trx, actor, { action: 'create', entityType: 'pairing', entityId: id, regionCode: household.villageCode, details: { ...input, load: load + 1, maxPairingLoad } }, at);
  });
  return requirePairingView(ctx, actor, id);
}

export async function endPairing(ctx: AppContext, actor: Actor, pairingId: string, endDate: string): Promise<PairingView> {
  requirePermission(actor, 'cadres:manage');
  const pairing = await findPairingInScope(ctx.db, actor, pairingId);
  if (!pairing) throw new AppError('OUT_OF_SCOPE', `pairing ${pairingId} not found in your region`);
  if (endDate < pairing.startDate) throw new AppError('VALIDATION_FAILED', `the end date is before the pairing began on ${pairing.startDate}`, { field: 'endDate' });
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await setPairingEnd(trx, pairingId, endDate);
    await recordAudit(trx, actor, { action: 'end', entityType: 'pairing', entityId: pairingId, regionCode: pairing.villageCode, details: { before: pairing.endDate, endDate } }, at);
  });
  return requirePairingView(ctx, actor, pairingId);
}

async function requirePairingView(ctx: AppContext, actor: Actor, pairingId: string): Promise<PairingView> {
  const [row] = await findPairings(ctx.db, actor, { pairingId });
  if (!row) throw new AppError('OUT_OF_SCOPE', `pairing ${pairingId} not found in your region`);
  return presentPairing(row, todayInChina(ctx.now()));
}
