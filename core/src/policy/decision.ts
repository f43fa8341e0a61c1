import type { PolicyValue, ResolvedPolicyValue } from './policy-types.ts';

/** Text in both languages the product speaks, Chinese first. */
export interface BilingualText {
  readonly zh: string;
  readonly en: string;
}

export type ComparisonOperator = '<' | '<=' | '>' | '>=' | '=';
/** What a compared number measures: fen, a fraction (0.02 = 2 %), a count of people or households, a year. */
export type QuantityUnit = 'fen' | 'ratio' | 'people' | 'households' | 'count' | 'year';

export interface Comparison {
  readonly actual: number;
  readonly operator: ComparisonOperator;
  readonly threshold: number;
  readonly unit: QuantityUnit;
  readonly holds: boolean;
}

/** The policy value a reason relied on, and where it came from. */
export interface PolicyCitation {
  readonly parameter: string;
  readonly value: PolicyValue;
  readonly regionCode: string;
  readonly validFrom: number;
  readonly validTo: number | null;
  readonly source: string;
}

export type ReasonOutcome = 'pass' | 'fail' | 'info' | 'missing';
export type DataValue = string | number | boolean | null;

/** One step of a decision: which rule, what was compared, from which data, as of when, under which policy. */
export interface DecisionReason {
  /** Stable rule key, e.g. `household.income.aboveLine`. */
  readonly rule: string;
  readonly outcome: ReasonOutcome;
  readonly comparison?: Comparison;
  readonly data: Readonly<Record<string, DataValue>>;
  /** Dates and years the reason is about (the evaluated year, the date of a check). */
  readonly dates: Readonly<Record<string, string | number>>;
  readonly policy: PolicyCitation[];
  readonly text: BilingualText;
}

/** An outcome with the reasons that led to it; every evaluation answers with one. */
export interface Decision<O extends string = string> {
  /** What was evaluated, e.g. `household.exit`. */
  readonly subject: string;
  readonly outcome: O;
  readonly year: number;
  readonly reasons: DecisionReason[];
  readonly text: BilingualText;
}

export function citePolicy(value: ResolvedPolicyValue): PolicyCitation {
  return { parameter: value.parameter, value: value.value, regionCode: value.regionCode, validFrom: value.validFrom, validTo: value.validTo, source: value.source };
}

const HOLDS: Record<ComparisonOperator, (a: number, b: number) => boolean> = {
  '<': (a, b) => a < b, '<=': (a, b) => a <= b, '>': (a, b) => a > b, '>=': (a, b) => a >= b, '=': (a, b) => a === b,
};

export function compare(actual: number, operator: ComparisonOperator, threshold: number, unit: QuantityUnit): Comparison {
  return { actual, operator, threshold, unit, holds: HOLDS[operator](actual, threshold) };
}

/** Yuan with two decimals, for explanations (amounts are kept in fen). */
export function formatYuan(fen: number): string {
  return (fen / 100).toFixed(2).replace(/\.00$/, '');
}

/** A fraction as a percentage with three decimals: 14 / 2381 → "0.588 %". */
export function formatPercent(ratio: number, digits = 3): string {
  return `${(ratio * 100).toFixed(digits).replace(/\.?0+$/, '')} %`;
}

/** A reason saying a policy value or a piece of data needed by a rule is missing. */
export function missingReason(rule: string, what: BilingualText, dates: Record<string, string | number>): DecisionReason {
  return {
    rule, outcome: 'missing', data: {}, dates, policy: [],
    text: { zh: `缺少${what.zh}，无法判断`, en: `No ${what.en}; cannot decide` },
  };
}
