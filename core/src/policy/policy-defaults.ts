import defaultsFile from './policy-defaults.json' with { type: 'json' };
import { toPolicyValue, validatePolicyEntries, type PolicyIssue } from './policy-validation.ts';
import type { PolicyEntry } from './policy-types.ts';

export interface PolicyDefaults {
  /** Changes whenever the shipped values change, so a decision can say which defaults it used. */
  readonly version: string;
  readonly entries: readonly PolicyEntry[];
}

interface RawEntry { regionCode: string; parameter: string; validFrom: number; validTo: number | null; value: unknown; source: string }

/** Reads a defaults document; every entry is checked like a stored one, and any issue refuses the whole file. */
export function parsePolicyDefaults(doc: { version: string; entries: readonly RawEntry[] }): { defaults: PolicyDefaults; issues: PolicyIssue[] } {
  const entries: PolicyEntry[] = [];
  const invalid: PolicyIssue[] = [];
  doc.entries.forEach((raw, i) => {
    const value = toPolicyValue(raw.value);
    if (value === undefined) {
      invalid.push({ code: 'POLICY_VALUE_INVALID', field: `entries.${i}.value`, message: `${raw.parameter}: not a number, flag or table` });
      return;
    }
    entries.push({ ...raw, value, layer: 'default' });
  });
  const issues = [...invalid, ...validatePolicyEntries(entries)];
  return { defaults: { version: doc.version, entries: issues.length ? [] : entries }, issues };
}

const parsed = parsePolicyDefaults(defaultsFile);
if (parsed.issues.length) throw new Error(`policy-defaults.json is invalid: ${parsed.issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`);

/** The defaults the system ships with (policy.md), validated when the module loads. */
export const POLICY_DEFAULTS: PolicyDefaults = parsed.defaults;
