/** The kinds of value a policy parameter can hold; money is always integer fen. */
export type ParameterKind = 'money' | 'rate' | 'integer' | 'boolean' | 'table';

export type ParameterUnit =
  | 'fenPerPersonYear' | 'fenPerPersonMonth' | 'fenPerMonth' | 'fenPerYear' | 'fen'
  | 'ratio' | 'years' | 'months' | 'days' | 'workingDays' | 'people' | 'flag' | 'rows';

export type ParameterGroup = 'standards' | 'exit' | 'identification' | 'monitoring' | 'education' | 'socialAssistance' | 'microloan' | 'employment';

export type TableCellKind = 'money' | 'rate' | 'integer' | 'boolean' | 'text';

export interface TableColumn {
  readonly name: string;
  readonly kind: TableCellKind;
  readonly zh: string;
  readonly en: string;
  /** A cell may be null (e.g. an open-ended cohort year). */
  readonly nullable?: boolean;
  /** The closed list of values a text cell may take. */
  readonly options?: readonly string[];
}

export interface ParameterDefinition {
  readonly key: string;
  readonly kind: ParameterKind;
  readonly unit: ParameterUnit;
  readonly group: ParameterGroup;
  readonly zh: string;
  readonly en: string;
  /** Inclusive bounds for numbers (money in fen). */
  readonly min?: number;
  readonly max?: number;
  readonly columns?: readonly TableColumn[];
}

export type TableCell = string | number | boolean | null;
export type PolicyTableRow = Readonly<Record<string, TableCell>>;
export type PolicyValue = number | boolean | PolicyTableRow[];

/** The national level: the root of every region chain. */
export const NATIONAL_REGION = '';

/** One value of a parameter for a region and a span of years (validTo null = open-ended). */
export interface PolicyEntry {
  readonly regionCode: string;
  readonly parameter: string;
  readonly validFrom: number;
  readonly validTo: number | null;
  readonly value: PolicyValue;
  /** The document the value comes from. */
  readonly source: string;
  /** Shipped with the system, or set by a region's administrator (stored wins at the same region). */
  readonly layer: 'default' | 'stored';
  /** The stored version's id, when stored. */
  readonly id?: string;
}

/** A value in force, with where it came from. */
export interface ResolvedPolicyValue {
  readonly parameter: string;
  readonly value: PolicyValue;
  /** The region whose value applies (NATIONAL_REGION for the national default). */
  readonly regionCode: string;
  readonly validFrom: number;
  readonly validTo: number | null;
  readonly source: string;
  readonly layer: 'default' | 'stored';
  readonly id?: string;
}

/** Everything in force for one region and year. */
export interface ResolvedPolicy {
  readonly regionCode: string;
  readonly year: number;
  readonly values: Readonly<Record<string, ResolvedPolicyValue>>;
}
