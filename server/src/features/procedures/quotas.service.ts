import { computeQuotaUsage, regionLevelOf } from '@fupin/core';
import { assertWritableRegion, requirePermission, type Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { AppError } from '../../errors/app-error.ts';
import { countIdentificationsByVillage, findRegionLevel, findVillagesWithQuotas, upsertQuota } from './quotas.repository.ts';
import type { VillageQuotaView } from './quotas.schemas.ts';

/** Each village of the region with its quota for the year and how much of it identification has used. */
export async function listVillageQuotas(ctx: AppContext, actor: Actor, year: number, regionCode?: string): Promise<VillageQuotaView[]> {
  requirePermission(actor, 'registry:read');
  const [villages, counts] = await Promise.all([
    findVillagesWithQuotas(ctx.db, actor, regionCode, year),
    countIdentificationsByVillage(ctx.db, actor, regionCode, year),
  ]);
  const count = (villageCode: string, status: string) => Number(counts.find((c) => c.villageCode === villageCode && c.status === status)?.n ?? 0);
  return villages.map((v) => {
    const usage = computeQuotaUsage(v.quota ?? null, count(v.code, 'completed'), count(v.code, 'inProgress'));
    return {
      villageCode: v.code, villageName: v.name, year, ...usage, rejected: count(v.code, 'rejected'),
      setByName: v.setByName ?? null, setAt: v.setAt ?? null,
    };
  });
}

/** A county sets (or changes) a village's quota for a year; the change is audited with the old value. */
export async function setVillageQuota(ctx: AppContext, actor: Actor, villageCode: string, year: number, quota: number): Promise<VillageQuotaView> {
  requirePermission(actor, 'policy:manage');
  const level = regionLevelOf(actor.regionCode);
  if (actor.role !== 'admin' && level !== 'county') throw new AppError('FORBIDDEN', 'village quotas are set by the county');
  assertWritableRegion(actor, villageCode);
  const village = await findRegionLevel(ctx.db, villageCode);
  if (!village) throw new AppError('REGION_UNKNOWN', `${villageCode} is not a known region`, { field: 'villageCode' });
  if (village.level !== 'village') throw new AppError('REGION_NOT_VILLAGE', `${villageCode} is not a village`, { field: 'villageCode' });
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const existed = await upsertQuota(trx, { villageCode, year, quota, setBy: actor.userId, setByName: actor.username, setAt: at });
    await recordAudit(trx, actor, { action: existed ? 'update' : 'create', entityType: 'villageQuota', entityId: `${villageCode}/${year}`, regionCode: villageCode, details: { year, quota } }, at);
  });
  const [view] = await listVillageQuotas(ctx, actor, year, villageCode);
  if (!view) throw new Error(`village ${villageCode} vanished`);
  return view;
}
