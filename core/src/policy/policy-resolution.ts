import { POLICY_PARAMETERS } from './policy-catalogue.ts';
import { NATIONAL_REGION, type PolicyEntry, type ResolvedPolicy, type ResolvedPolicyValue } from './policy-types.ts';

/**
 * The regions whose values a region inherits, most specific first: county → city → province →
 * national. Townships and villages take their county's values (only counties and above set any).
 */
export function policyRegionChain(regionCode: string): string[] {
  const chain = [6, 4, 2].filter((n) => regionCode.length >= n).map((n) => regionCode.slice(0, n));
  return [...chain, NATIONAL_REGION];
}

function covers(entry: PolicyEntry, year: number): boolean {
  return entry.validFrom <= year && (entry.validTo === null || year <= entry.validTo);
}

function toResolved(entry: PolicyEntry): ResolvedPolicyValue {
  return {
    parameter: entry.parameter, value: entry.value, regionCode: entry.regionCode, validFrom: entry.validFrom, validTo: entry.validTo,
    source: entry.source, layer: entry.layer, ...(entry.id === undefined ? {} : { id: entry.id }),
  };
}

/**
 * The value in force for (region, year, parameter) and where it comes from: the most specific
 * region in the chain with a value covering the year; at one region a stored value wins over the
 * shipped default. Undefined when no level has one.
 */
export function resolvePolicyValue(entries: readonly PolicyEntry[], regionCode: string, year: number, parameter: string): ResolvedPolicyValue | undefined {
  for (const region of policyRegionChain(regionCode)) {
    const candidates = entries.filter((e) => e.parameter === parameter && e.regionCode === region && covers(e, year));
    const chosen = candidates.find((e) => e.layer === 'stored') ?? candidates[0];
    if (chosen) return toResolved(chosen);
  }
  return undefined;
}

/** Every catalogue parameter in force for a region and year (parameters with no value are absent). */
export function resolvePolicy(entries: readonly PolicyEntry[], regionCode: string, year: number): ResolvedPolicy {
  const relevant = new Set(policyRegionChain(regionCode));
  const near = entries.filter((e) => relevant.has(e.regionCode) && covers(e, year));
  const values: Record<string, ResolvedPolicyValue> = {};
  for (const def of POLICY_PARAMETERS) {
    const resolved = resolvePolicyValue(near, regionCode, year, def.key);
    if (resolved) values[def.key] = resolved;
  }
  return { regionCode, year, values };
}
