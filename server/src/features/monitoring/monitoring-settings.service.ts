import {
  checkRuleParams, monitoringRules, policyNumber, resolveRuleSettings, RULE_PARAMS, type MonitoringRule, type PolicyNumberLookup,
  type ResolvedPolicy, type ResolvedRuleSetting,
} from '@fupin/core';
import { assertReadableRegion, assertWritableRegion, requirePermission, type Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../errors/app-error.ts';
import { resolvePolicyFor } from '../policy/policy.service.ts';
import { findRuleSettingEntries, findRuleSettingRow, upsertRuleSettingRow } from './monitoring-settings.repository.ts';
import type { RuleSettingInput, RuleSettingView } from './monitoring.schemas.ts';

export type RuleSettingsInForce = Readonly<Record<MonitoringRule, ResolvedRuleSetting>>;

/**
 * The rules in force for a region and year: thresholds the policy store owns come from it (the
 * monitoring threshold, medical shares and limits, rural income), switches and the other
 * parameters from the monitoring rule settings, inherited down the region chain.
 */
export async function resolveRuleSettingsFor(db: Db, regionCode: string, year: number): Promise<RuleSettingsInForce> {
  const policies = new Map<number, ResolvedPolicy>();
  for (const y of [year, year - 1]) policies.set(y, await resolvePolicyFor(db, regionCode, y));
  const lookup: PolicyNumberLookup = (key, y) => {
    const policy = policies.get(y);
    const found = policy ? policyNumber(policy, key) : undefined;
    const resolved = policy?.values[key];
    return found && resolved ? { value: found.value, source: `${resolved.regionCode || 'national'}/${resolved.validFrom}` } : undefined;
  };
  return resolveRuleSettings(await findRuleSettingEntries(db, regionCode, year), regionCode, year, lookup);
}

function presentSettings(settings: RuleSettingsInForce): RuleSettingView[] {
  return monitoringRules.codes.map((rule) => ({
    rule, enabled: settings[rule].enabled, params: { ...settings[rule].params }, sources: { ...settings[rule].sources },
    paramSpecs: RULE_PARAMS[rule].map((s) => ({ ...s })),
  }));
}

export async function getRuleSettings(ctx: AppContext, actor: Actor, regionCode: string, year: number): Promise<RuleSettingView[]> {
  requirePermission(actor, 'registry:read');
  assertReadableRegion(actor, regionCode);
  return presentSettings(await resolveRuleSettingsFor(ctx.db, regionCode, year));
}

/** A county (or any region in the actor's scope) switches a rule or sets its parameters from a year on. */
export async function setRuleSetting(ctx: AppContext, actor: Actor, input: RuleSettingInput): Promise<RuleSettingView[]> {
  requirePermission(actor, 'policy:manage');
  assertWritableRegion(actor, input.regionCode, 'regionCode');
  const problem = checkRuleParams(input.rule, input.params);
  if (problem) throw new AppError('VALIDATION_FAILED', problem.message, { field: problem.field });
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await findRuleSettingRow(trx, input.regionCode, input.year, input.rule);
    const before = existing ? { enabled: existing.enabled, params: JSON.parse(existing.params) as Record<string, number> } : null;
    const params = { ...(before?.params ?? {}), ...input.params };
    const enabled = input.enabled === undefined ? (existing?.enabled ?? null) : input.enabled ? 1 : 0;
    await upsertRuleSettingRow(trx, {
      regionCode: input.regionCode, year: input.year, rule: input.rule, enabled, params: JSON.stringify(params),
      sourceRef: input.sourceRef ?? existing?.sourceRef ?? null, updatedBy: actor.username, updatedAt: at,
    }, existing !== undefined);
    await recordAudit(trx, actor, {
      action: existing ? 'update' : 'create', entityType: 'monitoringRuleSetting', entityId: `${input.regionCode}/${input.year}/${input.rule}`,
      regionCode: input.regionCode, details: { before, after: { enabled, params }, sourceRef: input.sourceRef ?? null },
    }, at);
  });
  return presentSettings(await resolveRuleSettingsFor(ctx.db, input.regionCode, input.year));
}
