import type { Selectable } from 'kysely';

/** The policy store's stored versions and the recorded exit evaluation reports. */
export interface PolicyTables {
  policyValues: PolicyValueTable;
  exitEvaluationReports: ExitEvaluationReportTable;
}

export interface PolicyValueTable {
  id: string;
  /** '' for national, else a 2-, 4- or 6-digit region code. */
  regionCode: string;
  parameter: string;
  validFrom: number;
  validTo: number | null;
  /** JSON of the value (number, boolean or table rows). */
  value: string;
  source: string;
  recordedBy: string;
  recordedByName: string;
  recordedAt: string;
  /** Set when a later version replaced or withdrew this one; the row itself is never changed otherwise. */
  supersededAt: string | null;
  supersededByName: string | null;
}

export interface ExitEvaluationReportTable {
  id: string;
  level: string;
  /** The village (12 digits) or county (6 digits) the report is about. */
  villageCode: string;
  year: number;
  outcome: string;
  /** JSON of the Decision as it stood when recorded. */
  decision: string;
  /** JSON of the figures and notes the decision was made from. */
  evidence: string;
  note: string | null;
  recordedBy: string;
  recordedByName: string;
  recordedAt: string;
}

export type PolicyValueRow = Selectable<PolicyValueTable>;
export type ExitEvaluationReportRow = Selectable<ExitEvaluationReportTable>;
