import { POLICY_PARAMETERS, toPolicyValue, type ParameterDefinition, type PolicyEntry, type PolicyValue, type ResolvedPolicy } from '@fupin/core';
import type { z } from '@hono/zod-openapi';
import type { PolicyValueRow } from '../../db/tables/policy.tables.ts';
import type { policyInForceItemSchema, policyParameterSchema, policyVersionSchema } from './policy.schemas.ts';

export type PolicyParameterView = z.infer<typeof policyParameterSchema>;
export type PolicyInForceItem = z.infer<typeof policyInForceItemSchema>;
export type PolicyVersionView = z.infer<typeof policyVersionSchema>;

export function presentParameter(def: ParameterDefinition): PolicyParameterView {
  return {
    key: def.key, kind: def.kind, unit: def.unit, group: def.group, zh: def.zh, en: def.en, min: def.min ?? null, max: def.max ?? null,
    columns: def.columns ? def.columns.map((c) => ({ name: c.name, kind: c.kind, zh: c.zh, en: c.en, nullable: c.nullable ?? false, options: c.options ? [...c.options] : null })) : null,
  };
}

/** A stored row's value, parsed; a row that does not parse is a bug in what was written, not user input. */
export function parseStoredValue(row: PolicyValueRow): PolicyValue {
  const value = toPolicyValue(JSON.parse(row.value));
  if (value === undefined) throw new Error(`policy value ${row.id} is not a policy value`);
  return value;
}

export function toPolicyEntry(row: PolicyValueRow): PolicyEntry {
  return { id: row.id, regionCode: row.regionCode, parameter: row.parameter, validFrom: row.validFrom, validTo: row.validTo, value: parseStoredValue(row), source: row.source, layer: 'stored' };
}

export function presentVersion(row: PolicyValueRow): PolicyVersionView {
  return {
    id: row.id, regionCode: row.regionCode, parameter: row.parameter, validFrom: row.validFrom, validTo: row.validTo, value: mutableValue(parseStoredValue(row)),
    source: row.source, recordedByName: row.recordedByName, recordedAt: row.recordedAt, supersededAt: row.supersededAt, supersededByName: row.supersededByName,
  };
}

function mutableValue(value: PolicyValue): number | boolean | Record<string, string | number | boolean | null>[] {
  return typeof value === 'number' || typeof value === 'boolean' ? value : value.map((row) => ({ ...row }));
}

/** Every parameter of the catalogue with the value in force, or nulls when no level sets one. */
export function presentInForce(policy: ResolvedPolicy, regionNames: ReadonlyMap<string, string>): PolicyInForceItem[] {
  return POLICY_PARAMETERS.map((def) => {
    const resolved = policy.values[def.key];
    const base = { key: def.key, kind: def.kind, unit: def.unit, group: def.group, zh: def.zh, en: def.en };
    if (!resolved) return { ...base, value: null, origin: null, validFrom: null, validTo: null, source: null };
    return {
      ...base, value: mutableValue(resolved.value), validFrom: resolved.validFrom, validTo: resolved.validTo, source: resolved.source,
      origin: { regionCode: resolved.regionCode, regionName: regionNames.get(resolved.regionCode) ?? null, layer: resolved.layer, id: resolved.id ?? null },
    };
  });
}
