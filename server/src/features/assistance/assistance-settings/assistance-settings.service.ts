import { assertReadableRegion, assertWritableRegion, requirePermission, type Actor } from '../../../access/actor.ts';
import type { AppContext } from '../../../app-context.ts';
import { recordAudit } from '../../../audit/audit.service.ts';
import type { Db } from '../../../db/database.ts';
import { findSettingsOnPath, upsertSettings } from './assistance-settings.repository.ts';
import type { AssistanceSettingsInput, AssistanceSettingsView } from './assistance-settings.schemas.ts';

/** Defaults: 5 households per cadre, visits recorded within 30 days, a visit a month. */
export const DEFAULT_ASSISTANCE_SETTINGS: AssistanceSettingsInput = { maxPairingLoad: 5, visitBackdateDays: 30, visitIntervalDays: 30 };

/** The settings in force in a region: its own, else the nearest ancestor's, else the defaults. */
export async function resolveAssistanceSettings(db: Db, regionCode: string): Promise<AssistanceSettingsView> {
  const nearest = (await findSettingsOnPath(db, regionCode)).at(-1);
  if (!nearest) return { ...DEFAULT_ASSISTANCE_SETTINGS, regionCode, sourceRegionCode: null };
  return { maxPairingLoad: nearest.maxPairingLoad, visitBackdateDays: nearest.visitBackdateDays, visitIntervalDays: nearest.visitIntervalDays, regionCode, sourceRegionCode: nearest.regionCode };
}

export async function getAssistanceSettings(ctx: AppContext, actor: Actor, regionCode: string): Promise<AssistanceSettingsView> {
  requirePermission(actor, 'registry:read');
  assertReadableRegion(actor, regionCode);
  return resolveAssistanceSettings(ctx.db, regionCode);
}

export async function setAssistanceSettings(ctx: AppContext, actor: Actor, regionCode: string, input: AssistanceSettingsInput): Promise<AssistanceSettingsView> {
  requirePermission(actor, 'cadres:manage');
  assertWritableRegion(actor, regionCode, 'regionCode');
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const existed = await upsertSettings(trx, { regionCode, ...input, updatedAt: at, updatedBy: actor.userId });
    await recordAudit(trx, actor, { action: existed ? 'update' : 'create', entityType: 'assistanceSettings', entityId: regionCode, regionCode, details: { ...input } }, at);
  });
  return resolveAssistanceSettings(ctx.db, regionCode);
}
