import { nationalIncomeYardstick } from '../standards/poverty-line.ts';
import { monitoringRules, type MonitoringRule, type RiskType } from './monitoring-codes.ts';

/** A rule's parameters: whole numbers (fen, per cent, days, grades, 0/1 flags). */
export type RuleParams = Readonly<Record<string, number>>;

export interface RuleSetting {
  enabled: boolean;
  params: RuleParams;
}

export type RuleSettings = Readonly<Record<MonitoringRule, RuleSetting>>;

export type ParamUnit = 'fen' | 'percent' | 'days' | 'grade' | 'flag';

export interface ParamSpec {
  name: string;
  unit: ParamUnit;
  min: number;
  max: number;
}

/** The risk each rule signals; alerts are kept one open per household and risk. */
export const RULE_RISK: Readonly<Record<MonitoringRule, RiskType>> = {
  incomeBelowThreshold: 'other',
  incomeDrop: 'other',
  medicalOutOfPocket: 'illness',
  medicalSingleStay: 'illness',
  dropout: 'schooling',
  disasterLoss: 'disaster',
  jobLoss: 'unstableEmployment',
  dangerousHousing: 'housing',
  mainEarnerLoss: 'lackOfLabour',
};

const fen = (name: string): ParamSpec => ({ name, unit: 'fen', min: 0, max: 10_000_000_000 });
const percent = (name: string): ParamSpec => ({ name, unit: 'percent', min: 1, max: 1000 });
const days = (name: string): ParamSpec => ({ name, unit: 'days', min: 1, max: 3660 });

/** Which parameters each rule takes: the only names a region may set. */
export const RULE_PARAMS: Readonly<Record<MonitoringRule, readonly ParamSpec[]>> = {
  incomeBelowThreshold: [fen('threshold')],
  incomeDrop: [percent('dropPercent')],
  medicalOutOfPocket: [fen('ruralDisposableIncome'), percent('exitedOrMonitoredPercent'), percent('othersPercent')],
  medicalSingleStay: [fen('monitoredLimit'), fen('othersLimit')],
  dropout: [days('windowDays')],
  disasterLoss: [fen('minLoss'), days('windowDays')],
  jobLoss: [days('windowDays')],
  dangerousHousing: [{ name: 'includeGradeC', unit: 'flag', min: 0, max: 1 }, days('windowDays')],
  mainEarnerLoss: [{ name: 'seriousGradeUpTo', unit: 'grade', min: 1, max: 4 }, days('windowDays')],
};

/**
 * National rural per-capita disposable income (NBS statistical communiqués), yuan; the medical rule
 * compares a year's costs with the previous year's figure.
 */
const RURAL_DISPOSABLE_INCOME_YUAN: Readonly<Record<number, number>> = {
  2019: 16021, 2020: 17131, 2021: 18931, 2022: 20133, 2023: 21691, 2024: 23119,
};

/** The latest known rural disposable income at or before `year`, in fen. */
export function ruralDisposableIncome(year: number): number {
  const known = Object.keys(RURAL_DISPOSABLE_INCOME_YUAN).map(Number).filter((y) => y <= year);
  const at = known.length > 0 ? Math.max(...known) : 2019;
  return (RURAL_DISPOSABLE_INCOME_YUAN[at] ?? 16021) * 100;
}

/** The defaults the system ships (policy.md §3) for a scan year; every rule on. */
export function defaultRuleSettings(year: number): RuleSettings {
  const yardstick = nationalIncomeYardstick(Math.max(year, 2021));
  const settings: Record<MonitoringRule, RuleSetting> = {
    incomeBelowThreshold: { enabled: true, params: { threshold: yardstick?.amount ?? 600_000 } },
    incomeDrop: { enabled: true, params: { dropPercent: 30 } },
    medicalOutOfPocket: { enabled: true, params: { ruralDisposableIncome: ruralDisposableIncome(year - 1), exitedOrMonitoredPercent: 50, othersPercent: 100 } },
    medicalSingleStay: { enabled: true, params: { monitoredLimit: 600_000, othersLimit: 1_000_000 } },
    dropout: { enabled: true, params: { windowDays: 365 } },
    disasterLoss: { enabled: true, params: { minLoss: 500_000, windowDays: 365 } },
    jobLoss: { enabled: true, params: { windowDays: 180 } },
    dangerousHousing: { enabled: true, params: { includeGradeC: 1, windowDays: 365 } },
    mainEarnerLoss: { enabled: true, params: { seriousGradeUpTo: 2, windowDays: 365 } },
  };
  return settings;
}

/** A region's own setting for a rule from a year on; params it leaves out are inherited. */
export interface RuleSettingEntry {
  regionCode: string;
  year: number;
  rule: MonitoringRule;
  enabled: boolean | null;
  params: RuleParams;
}

export interface ResolvedRuleSetting extends RuleSetting {
  /** Where `enabled` and each parameter came from: 'default' or `<region>/<year>`. */
  sources: Readonly<Record<string, string>>;
}

/** A parameter the policy store owns: the rule reads it from there (policy.md §3), never from its own settings. */
export interface PolicyOwnedParam {
  rule: MonitoringRule;
  param: string;
  policyKey: string;
  /** 0: the scan year's value; -1: the previous year's (the medical rule compares with last year's income). */
  yearOffset: 0 | -1;
  /** Policy rates are ratios (0.5); rule parameters are whole per cents (50). */
  isRate: boolean;
}

export const POLICY_OWNED_PARAMS: readonly PolicyOwnedParam[] = [
  { rule: 'incomeBelowThreshold', param: 'threshold', policyKey: 'monitoringThreshold', yearOffset: 0, isRate: false },
  { rule: 'medicalOutOfPocket', param: 'ruralDisposableIncome', policyKey: 'ruralIncomePerCapita', yearOffset: -1, isRate: false },
  { rule: 'medicalOutOfPocket', param: 'exitedOrMonitoredPercent', policyKey: 'monitoring.medicalShareMonitored', yearOffset: 0, isRate: true },
  { rule: 'medicalOutOfPocket', param: 'othersPercent', policyKey: 'monitoring.medicalShareOthers', yearOffset: 0, isRate: true },
  { rule: 'medicalSingleStay', param: 'monitoredLimit', policyKey: 'monitoring.hospitalStayLimitMonitored', yearOffset: 0, isRate: false },
  { rule: 'medicalSingleStay', param: 'othersLimit', policyKey: 'monitoring.hospitalStayLimitOthers', yearOffset: 0, isRate: false },
];

export function isPolicyOwnedParam(rule: MonitoringRule, param: string): PolicyOwnedParam | undefined {
  return POLICY_OWNED_PARAMS.find((p) => p.rule === rule && p.param === param);
}

/** A number from the policy store with where it came from (`<region or national>/<year>`). */
export type PolicyNumberLookup = (policyKey: string, year: number) => { value: number; source: string } | undefined;

/**
 * The settings in force for `regionCode` in `year`: the defaults, then the policy store's values for
 * the parameters it owns, then every entry of the region or an ancestor (national = '') from that year or earlier, less specific first (higher
 * region, then earlier year), so the nearest region's latest entry wins, parameter by parameter.
 */
export function resolveRuleSettings(
  entries: readonly RuleSettingEntry[], regionCode: string, year: number, policy?: PolicyNumberLookup,
): Readonly<Record<MonitoringRule, ResolvedRuleSetting>> {
  const defaults = defaultRuleSettings(year);
  const applicable = entries
    .filter((e) => e.year <= year && regionCode.startsWith(e.regionCode))
    .sort((a, b) => a.regionCode.length - b.regionCode.length || a.year - b.year);
  const resolved = {} as Record<MonitoringRule, ResolvedRuleSetting>;
  for (const rule of monitoringRules.codes) {
    const base = defaults[rule];
    let enabled = base.enabled;
    const params: Record<string, number> = { ...base.params };
    const sources: Record<string, string> = Object.fromEntries(['enabled', ...Object.keys(params)].map((k) => [k, 'default']));
    for (const owned of POLICY_OWNED_PARAMS.filter((p) => p.rule === rule)) {
      const found = policy?.(owned.policyKey, year + owned.yearOffset);
      if (!found) continue;
      params[owned.param] = owned.isRate ? Math.round(found.value * 100) : found.value;
      sources[owned.param] = `policy:${found.source}`;
    }
    for (const entry of applicable.filter((e) => e.rule === rule)) {
      const source = `${entry.regionCode || 'national'}/${entry.year}`;
      if (entry.enabled !== null) {
        enabled = entry.enabled;
        sources.enabled = source;
      }
      for (const spec of RULE_PARAMS[rule]) {
        const value = entry.params[spec.name];
        if (value === undefined || isPolicyOwnedParam(rule, spec.name)) continue;
        params[spec.name] = value;
        sources[spec.name] = source;
      }
    }
    resolved[rule] = { enabled, params, sources };
  }
  return resolved;
}

/** Checks a region's parameters against the rule's specs; returns the first problem as field and message. */
export function checkRuleParams(rule: MonitoringRule, params: Readonly<Record<string, number>>): { field: string; message: string } | undefined {
  const specs = RULE_PARAMS[rule];
  for (const [name, value] of Object.entries(params)) {
    const spec = specs.find((s) => s.name === name);
    if (!spec) return { field: `params.${name}`, message: `rule ${rule} has no parameter ${name} (it has ${specs.map((s) => s.name).join(', ')})` };
    const owned = isPolicyOwnedParam(rule, name);
    if (owned) return { field: `params.${name}`, message: `${name} comes from the policy store (parameter ${owned.policyKey}); set it there` };
    if (!Number.isInteger(value) || value < spec.min || value > spec.max) {
      return { field: `params.${name}`, message: `${name} must be a whole number from ${spec.min} to ${spec.max}` };
    }
  }
  return undefined;
}
