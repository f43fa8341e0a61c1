import type { RuleIssue } from '../registry/rule-issue.ts';
import { findPolicyParameter } from './policy-catalogue.ts';
import type { ParameterDefinition, PolicyEntry, PolicyTableRow, PolicyValue, TableCellKind, TableColumn } from './policy-types.ts';

export const POLICY_FIRST_YEAR = 2000;
export const POLICY_LAST_YEAR = 2100;

/** Codes a broken policy rule is reported with (the server maps them to HTTP statuses). */
export type PolicyIssueCode = 'POLICY_PARAMETER_UNKNOWN' | 'POLICY_VALUE_INVALID' | 'POLICY_PERIOD_OVERLAP' | 'VALIDATION_FAILED';
export interface PolicyIssue extends RuleIssue { code: PolicyIssueCode }

const KIND_TEXT: Record<TableCellKind, string> = { money: 'whole fen (integer)', rate: 'a number', integer: 'a whole number', boolean: 'true or false', text: 'text' };

function checkNumber(def: { min?: number; max?: number }, value: number, field: string, label: string): PolicyIssue | undefined {
  if (def.min !== undefined && value < def.min) return { code: 'POLICY_VALUE_INVALID', field, message: `${label} must be at least ${def.min}, got ${value}` };
  if (def.max !== undefined && value > def.max) return { code: 'POLICY_VALUE_INVALID', field, message: `${label} must be at most ${def.max}, got ${value}` };
  return undefined;
}

function checkScalar(kind: TableCellKind, value: unknown, field: string, label: string, options?: readonly string[]): PolicyIssue | undefined {
  const wrong = (): PolicyIssue => ({ code: 'POLICY_VALUE_INVALID', field, message: `${label} must be ${KIND_TEXT[kind]}, got ${JSON.stringify(value)}` });
  switch (kind) {
    case 'money':
    case 'integer':
      return typeof value === 'number' && Number.isSafeInteger(value) ? undefined : wrong();
    case 'rate':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : wrong();
    case 'boolean':
      return typeof value === 'boolean' ? undefined : wrong();
    case 'text':
      if (typeof value !== 'string') return wrong();
      return options && !options.includes(value)
        ? { code: 'POLICY_VALUE_INVALID', field, message: `${label} must be one of ${options.join(', ')}, got ${JSON.stringify(value)}` }
        : undefined;
  }
}

function checkRow(columns: readonly TableColumn[], row: unknown, field: string, key: string): PolicyIssue[] {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) {
    return [{ code: 'POLICY_VALUE_INVALID', field, message: `each row of ${key} must be an object with ${columns.map((c) => c.name).join(', ')}` }];
  }
  const cells = new Map(Object.entries(row));
  const issues: PolicyIssue[] = [];
  for (const name of cells.keys()) {
    if (!columns.some((c) => c.name === name)) issues.push({ code: 'POLICY_VALUE_INVALID', field: `${field}.${name}`, message: `${key} has no column ${name}` });
  }
  for (const column of columns) {
    const cell = cells.get(column.name);
    if (cell === null && column.nullable) continue;
    const issue = checkScalar(column.kind, cell, `${field}.${column.name}`, `${key} ${column.name}`, column.options)
      ?? (typeof cell === 'number' && (column.kind === 'money' || column.kind === 'integer') && cell < 0
        ? { code: 'POLICY_VALUE_INVALID' as const, field: `${field}.${column.name}`, message: `${key} ${column.name} cannot be negative` } : undefined);
    if (issue) issues.push(issue);
  }
  return issues;
}

/** Issues with a value for a parameter: its kind, bounds and, for tables, every row and cell. */
export function validatePolicyValue(def: ParameterDefinition, value: unknown, field = 'value'): PolicyIssue[] {
  if (def.kind === 'table') {
    if (!Array.isArray(value) || value.length === 0) return [{ code: 'POLICY_VALUE_INVALID', field, message: `${def.key} must be a non-empty list of rows` }];
    return value.flatMap((row: unknown, i) => checkRow(def.columns ?? [], row, `${field}.${i}`, def.key));
  }
  const issue = checkScalar(def.kind, value, field, def.key);
  if (issue) return [issue];
  const bound = typeof value === 'number' ? checkNumber(def, value, field, def.key) : undefined;
  return bound ? [bound] : [];
}

function isPolicyRegionCode(code: string): boolean {
  return code === '' || /^\d{2}(\d{2}(\d{2})?)?$/.test(code);
}

/** Issues with one entry on its own: a known parameter, a value of its kind, a sound period and region. */
export function validatePolicyEntry(entry: { regionCode: string; parameter: string; validFrom: number; validTo: number | null; value: unknown }): PolicyIssue[] {
  const def = findPolicyParameter(entry.parameter);
  if (!def) return [{ code: 'POLICY_PARAMETER_UNKNOWN', field: 'parameter', message: `unknown policy parameter "${entry.parameter}"` }];
  const issues = validatePolicyValue(def, entry.value);
  if (!isPolicyRegionCode(entry.regionCode)) {
    issues.push({ code: 'VALIDATION_FAILED', field: 'regionCode', message: 'policy values belong to the nation, a province, a city or a county (2, 4 or 6 digits)' });
  }
  if (!Number.isInteger(entry.validFrom) || entry.validFrom < POLICY_FIRST_YEAR || entry.validFrom > POLICY_LAST_YEAR) {
    issues.push({ code: 'VALIDATION_FAILED', field: 'validFrom', message: `validFrom must be a year from ${POLICY_FIRST_YEAR} to ${POLICY_LAST_YEAR}` });
  }
  if (entry.validTo !== null && (!Number.isInteger(entry.validTo) || entry.validTo < entry.validFrom || entry.validTo > POLICY_LAST_YEAR)) {
    issues.push({ code: 'VALIDATION_FAILED', field: 'validTo', message: 'validTo must be a year not before validFrom, or empty for open-ended' });
  }
  return issues;
}

export function policyPeriodsOverlap(a: { validFrom: number; validTo: number | null }, b: { validFrom: number; validTo: number | null }): boolean {
  return a.validFrom <= (b.validTo ?? Infinity) && b.validFrom <= (a.validTo ?? Infinity);
}

/** Issues with a set of entries of one layer: each entry, and no two periods overlapping for one region and parameter. */
export function validatePolicyEntries(entries: readonly PolicyEntry[]): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  entries.forEach((entry, i) => {
    for (const issue of validatePolicyEntry(entry)) issues.push({ ...issue, field: `entries.${i}.${issue.field}` });
    const clash = entries.findIndex((other, j) => j < i && other.regionCode === entry.regionCode && other.parameter === entry.parameter && policyPeriodsOverlap(other, entry));
    if (clash >= 0) {
      issues.push({
        code: 'POLICY_PERIOD_OVERLAP', field: `entries.${i}.validFrom`,
        message: `${entry.parameter} for region "${entry.regionCode}" from ${entry.validFrom} overlaps entry ${clash} (${describePeriod(entries[clash])})`,
      });
    }
  });
  return issues;
}

export function describePeriod(entry: { validFrom: number; validTo: number | null } | undefined): string {
  if (!entry) return '';
  return entry.validTo === null ? `${entry.validFrom}–` : entry.validFrom === entry.validTo ? `${entry.validFrom}` : `${entry.validFrom}–${entry.validTo}`;
}

function isTableRow(row: unknown): row is PolicyTableRow {
  return typeof row === 'object' && row !== null && !Array.isArray(row)
    && Object.values(row).every((cell) => cell === null || typeof cell === 'string' || typeof cell === 'number' || typeof cell === 'boolean');
}

/** The value as a policy value when its shape is one (check it against its parameter with validatePolicyValue). */
export function toPolicyValue(value: unknown): PolicyValue | undefined {
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value) && value.every(isTableRow)) return value;
  return undefined;
}
