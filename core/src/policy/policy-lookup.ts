import { citePolicy, type PolicyCitation } from './decision.ts';
import type { PolicyTableRow, ResolvedPolicy } from './policy-types.ts';

export interface Cited<T> {
  readonly value: T;
  readonly cite: PolicyCitation;
}

/** A number in force (money in fen, rate, integer), with its citation; undefined when none. */
export function policyNumber(policy: ResolvedPolicy, key: string): Cited<number> | undefined {
  const resolved = policy.values[key];
  return resolved && typeof resolved.value === 'number' ? { value: resolved.value, cite: citePolicy(resolved) } : undefined;
}

export function policyFlag(policy: ResolvedPolicy, key: string): Cited<boolean> | undefined {
  const resolved = policy.values[key];
  return resolved && typeof resolved.value === 'boolean' ? { value: resolved.value, cite: citePolicy(resolved) } : undefined;
}

export function policyTable(policy: ResolvedPolicy, key: string): Cited<readonly PolicyTableRow[]> | undefined {
  const resolved = policy.values[key];
  return resolved && Array.isArray(resolved.value) ? { value: resolved.value, cite: citePolicy(resolved) } : undefined;
}

/** A number cell of a table row (money, integer, rate), or null when empty. */
export function cellNumber(row: PolicyTableRow, column: string): number | null {
  const cell = row[column];
  return typeof cell === 'number' ? cell : null;
}

/**
 * The yardstick a year's income is measured against: the poverty line to 2020, the monitoring
 * threshold from 2021 (policy.md §1 and §3).
 */
export function incomeYardstickKey(year: number): 'povertyLine' | 'monitoringThreshold' {
  return year <= 2020 ? 'povertyLine' : 'monitoringThreshold';
}
