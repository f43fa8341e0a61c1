import {
  describePeriod, findPolicyParameter, isWithinRegion, POLICY_DEFAULTS, POLICY_PARAMETERS, policyPeriodsOverlap, policyRegionChain, resolvePolicy,
  toPolicyValue, validatePolicyEntry, type PolicyIssue, type ResolvedPolicy,
} from '@fupin/core';
import { v7 as uuidv7 } from 'uuid';
import { assertWritableRegion, requirePermission, type Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../errors/app-error.ts';
import { findRegion, findRegionsByCodes } from '../regions/regions.repository.ts';
import { presentInForce, presentParameter, presentVersion, toPolicyEntry, type PolicyInForceItem, type PolicyVersionView } from './policy.presenter.ts';
import {
  findCurrentPolicyValues, findCurrentVersionsOf, findPolicyHistory, findPolicyVersion, insertPolicyVersion, supersedePolicyVersion,
} from './policy.repository.ts';
import type { PolicyValueInput } from './policy.schemas.ts';

export function listPolicyParameters() {
  return POLICY_PARAMETERS.map(presentParameter);
}

/** What is in force for a region and year: the shipped defaults with the stored values of its chain over them. */
export async function resolvePolicyFor(db: Db, regionCode: string, year: number): Promise<ResolvedPolicy> {
  const stored = await findCurrentPolicyValues(db, policyRegionChain(regionCode));
  return resolvePolicy([...stored.map(toPolicyEntry), ...POLICY_DEFAULTS.entries], regionCode, year);
}

/** Standards are readable for the actor's own region, what lies inside it, and the levels above it. */
function assertPolicyReadable(actor: Actor, regionCode: string): void {
  if (!isWithinRegion(actor.regionCode, regionCode) && !isWithinRegion(regionCode, actor.regionCode)) {
    throw new AppError('OUT_OF_SCOPE', `region ${regionCode} is outside your region`, { field: 'regionCode' });
  }
}

async function regionNames(db: Db, codes: readonly string[]): Promise<Map<string, string>> {
  const rows = await findRegionsByCodes(db, codes.filter((c) => c !== ''));
  return new Map([['', '全国'], ...rows.map((r): [string, string] => [r.code, r.name])]);
}

export async function getPolicyInForce(ctx: AppContext, actor: Actor, regionCode: string, year: number): Promise<{ regionCode: string; regionName: string | null; year: number; defaultsVersion: string; values: PolicyInForceItem[] }> {
  assertPolicyReadable(actor, regionCode);
  const policy = await resolvePolicyFor(ctx.db, regionCode, year);
  const names = await regionNames(ctx.db, [regionCode, ...policyRegionChain(regionCode)]);
  return { regionCode, regionName: names.get(regionCode) ?? null, year, defaultsVersion: POLICY_DEFAULTS.version, values: presentInForce(policy, names) };
}

export async function listPolicyHistory(ctx: AppContext, actor: Actor, regionCode: string, parameter: string | undefined): Promise<PolicyVersionView[]> {
  assertPolicyReadable(actor, regionCode);
  return (await findPolicyHistory(ctx.db, regionCode, parameter)).map(presentVersion);
}

function refuse(issue: PolicyIssue): never {
  throw new AppError(issue.code, issue.message, { field: issue.field });
}

/**
 * Sets a region's value of a parameter for a span of years. The same region, parameter and first
 * year replaces the version in force (kept in the history as superseded); any other overlap is refused.
 */
export async function setPolicyValue(ctx: AppContext, actor: Actor, input: PolicyValueInput): Promise<PolicyVersionView> {
  requirePermission(actor, 'policy:manage');
  assertWritableRegion(actor, input.regionCode, 'regionCode');
  const issues = validatePolicyEntry(input);
  const first = issues[0];
  if (first) refuse(first);
  const value = toPolicyValue(input.value);
  if (value === undefined || !findPolicyParameter(input.parameter)) throw new AppError('POLICY_VALUE_INVALID', 'not a policy value', { field: 'value' });
  if (input.regionCode !== '' && !(await findRegion(ctx.db, input.regionCode))) {
    throw new AppError('REGION_UNKNOWN', `region ${input.regionCode} does not exist`, { field: 'regionCode' });
  }
  const at = ctx.now().toISOString();
  const id = uuidv7();
  const row = {
    id, regionCode: input.regionCode, parameter: input.parameter, validFrom: input.validFrom, validTo: input.validTo,
    value: JSON.stringify(value), source: input.source, recordedBy: actor.userId, recordedByName: actor.username, recordedAt: at,
    supersededAt: null, supersededByName: null,
  };
  await ctx.db.transaction().execute(async (trx) => {
    const current = await findCurrentVersionsOf(trx, input.regionCode, input.parameter);
    const replaced = current.find((v) => v.validFrom === input.validFrom);
    const clash = current.find((v) => v !== replaced && policyPeriodsOverlap(v, input));
    if (clash) {
      throw new AppError('POLICY_PERIOD_OVERLAP', `${input.parameter} for ${input.regionCode || 'national'} already has a value for ${describePeriod(clash)}; change that one or choose years that do not overlap`, { field: 'validFrom' });
    }
    if (replaced) await supersedePolicyVersion(trx, replaced.id, at, actor.username);
    await insertPolicyVersion(trx, row);
    await recordAudit(trx, actor, {
      action: 'policy.set', entityType: 'policyValue', entityId: id, regionCode: input.regionCode,
      details: { parameter: input.parameter, validFrom: input.validFrom, validTo: input.validTo, value, source: input.source, replaced: replaced?.id ?? null },
    }, at);
  });
  return presentVersion(row);
}

/** Withdraws a stored version: the region falls back to what it inherits; the version stays in the history. */
export async function withdrawPolicyValue(ctx: AppContext, actor: Actor, id: string): Promise<PolicyVersionView> {
  requirePermission(actor, 'policy:manage');
  const at = ctx.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const row = await findPolicyVersion(trx, id);
    if (!row || !isWithinRegion(actor.regionCode, row.regionCode)) throw new AppError('OUT_OF_SCOPE', `policy value ${id} not found in your region`);
    if (row.supersededAt) throw new AppError('VERSION_CONFLICT', 'this version was already replaced or withdrawn', { field: 'id' });
    await supersedePolicyVersion(trx, id, at, actor.username);
    await recordAudit(trx, actor, { action: 'policy.withdraw', entityType: 'policyValue', entityId: id, regionCode: row.regionCode, details: { parameter: row.parameter, validFrom: row.validFrom } }, at);
    return presentVersion({ ...row, supersededAt: at, supersededByName: actor.username });
  });
}
