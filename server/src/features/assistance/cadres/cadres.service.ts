import { isWithinRegion } from '@fupin/core';
import type { Transaction } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { assertWritableRegion, requirePermission, type Actor } from '../../../access/actor.ts';
import { todayInChina, type AppContext } from '../../../app-context.ts';
import { recordAudit } from '../../../audit/audit.service.ts';
import type { Db } from '../../../db/database.ts';
import type { Database } from '../../../db/schema.ts';
import { AppError } from '../../../errors/app-error.ts';
import { resolveAssistanceSettings } from '../assistance-settings/assistance-settings.service.ts';
import { countLoads, findCadreInScope, findCadreRowForUser, findCadres, findUserRegion, insertCadre, isUserLinked, updateCadre, type CadreListRow } from './cadres.repository.ts';
import type { CadreInput, CadreView } from './cadres.schemas.ts';

export async function listCadres(ctx: AppContext, actor: Actor, filter: { regionCode?: string | undefined; q?: string | undefined }): Promise<CadreView[]> {
  requirePermission(actor, 'registry:read');
  return presentCadres(ctx.db, await findCadres(ctx.db, actor, filter), todayInChina(ctx.now()));
}

export async function getCadre(ctx: AppContext, actor: Actor, cadreId: string): Promise<CadreView> {
  requirePermission(actor, 'registry:read');
  const row = await findCadreInScope(ctx.db, actor, cadreId);
  if (!row) throw new AppError('OUT_OF_SCOPE', `cadre ${cadreId} not found in your region`);
  const [view] = await presentCadres(ctx.db, [row], todayInChina(ctx.now()));
  if (!view) throw new Error('cadre vanished');
  return view;
}

/** The cadre the signed-in user is linked to (404 when none). */
export async function getMyCadre(ctx: AppContext, actor: Actor): Promise<CadreView> {
  const row = await findCadreRowForUser(ctx.db, actor.userId);
  if (!row) throw new AppError('NOT_FOUND', 'your account is not linked to a cadre');
  const [view] = await presentCadres(ctx.db, [row], todayInChina(ctx.now()));
  if (!view) throw new Error('cadre vanished');
  return view;
}

export async function createCadre(ctx: AppContext, actor: Actor, input: CadreInput): Promise<CadreView> {
  requirePermission(actor, 'cadres:manage');
  assertWritableRegion(actor, input.regionCode, 'regionCode');
  const at = ctx.now().toISOString();
  const id = uuidv7();
  await ctx.db.transaction().execute(async (trx) => {
    await assertLinkableUser(trx, actor, input.userId);
    await insertCadre(trx, { id, ...input, createdAt: at, updatedAt: at });
    await recordAudit(trx, actor, { action: 'create', entityType: 'cadre', entityId: id, regionCode: input.regionCode, details: { name: input.name, unit: input.unit, userId: input.userId } }, at);
  });
  return getCadre(ctx, actor, id);
}

export async function changeCadre(ctx: AppContext, actor: Actor, cadreId: string, input: CadreInput): Promise<CadreView> {
  requirePermission(actor, 'cadres:manage');
  const before = await findCadreInScope(ctx.db, actor, cadreId);
  if (!before) throw new AppError('OUT_OF_SCOPE', `cadre ${cadreId} not found in your region`);
  assertWritableRegion(actor, input.regionCode, 'regionCode');
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await assertLinkableUser(trx, actor, input.userId, cadreId);
    await updateCadre(trx, cadreId, { ...input, updatedAt: at });
    await recordAudit(trx, actor, { action: 'update', entityType: 'cadre', entityId: cadreId, regionCode: input.regionCode, details: { before: { ...before }, after: { ...input } } }, at);
  });
  return getCadre(ctx, actor, cadreId);
}

async function assertLinkableUser(db: Db | Transaction<Database>, actor: Actor, userId: string | null, exceptCadreId?: string): Promise<void> {
  if (!userId) return;
  const user = await findUserRegion(db, userId);
  if (!user || !isWithinRegion(actor.regionCode, user.regionCode)) throw new AppError('VALIDATION_FAILED', `no user ${userId} in your region`, { field: 'userId' });
  if (await isUserLinked(db, userId, exceptCadreId)) throw new AppError('CADRE_USER_TAKEN', 'this user is already linked to another cadre', { field: 'userId' });
}

async function presentCadres(db: Db, rows: readonly CadreListRow[], today: string): Promise<CadreView[]> {
  const loads = await countLoads(db, rows.map((r) => r.id), today);
  const maxByRegion = new Map<string, number>();
  const views: CadreView[] = [];
  for (const r of rows) {
    let maxLoad = maxByRegion.get(r.regionCode);
    if (maxLoad === undefined) {
      maxLoad = (await resolveAssistanceSettings(db, r.regionCode)).maxPairingLoad;
      maxByRegion.set(r.regionCode, maxLoad);
    }
    views.push({ ...r, username: r.username ?? null, load: loads.get(r.id) ?? 0, maxLoad });
  }
  return views;
}
