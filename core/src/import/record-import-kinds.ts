import type { ImportColumn } from './import-columns.ts';
import { BASIC_NEEDS_CHECK_COLUMNS, INCOME_COLUMNS, MEASURE_COLUMNS, PAIRING_COLUMNS } from './record-import-columns.ts';

/** Imports that add records to households already in the registry. */
export const RECORD_IMPORT_KINDS = ['incomes', 'basicNeedsChecks', 'pairings', 'measures'] as const;
export type RecordImportKind = (typeof RECORD_IMPORT_KINDS)[number];

/** Every kind of import: a household file (households with their members) or one of the record kinds. */
export const IMPORT_KINDS = ['households', ...RECORD_IMPORT_KINDS] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const RECORD_IMPORT_COLUMNS: Record<RecordImportKind, readonly ImportColumn[]> = {
  incomes: INCOME_COLUMNS,
  basicNeedsChecks: BASIC_NEEDS_CHECK_COLUMNS,
  pairings: PAIRING_COLUMNS,
  measures: MEASURE_COLUMNS,
};

export function isRecordImportKind(kind: string): kind is RecordImportKind {
  return (RECORD_IMPORT_KINDS as readonly string[]).includes(kind);
}
