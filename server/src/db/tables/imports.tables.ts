import type { ColumnType, Generated, Selectable } from 'kysely';

/** Spreadsheet imports (migration 2026-11-23-0007). */
export interface ImportTables {
  importJobs: ImportJobTable;
  importProblems: ImportProblemTable;
}

type Count = ColumnType<number, number | undefined, number>;

export interface ImportJobTable {
  id: string;
  regionCode: string;
  actorId: string;
  actorName: string;
  fileName: string;
  format: string;
  /** What the file holds: households (and members), incomes, basicNeedsChecks, pairings, measures (migration 2026-11-23-0013). */
  kind: string;
  fileBytes: number;
  /** uploaded → checking → checked → importing → imported; failed, cancelled */
  status: string;
  rowsRead: Count;
  rowsValid: Count;
  rowsInvalid: Count;
  rowsWritten: Count;
  householdsNew: Count;
  householdsChanged: Count;
  householdsUnchanged: Count;
  householdsInvalid: Count;
  problemCount: Count;
  /** JSON array of headers the import did not recognise. */
  ignoredColumns: ColumnType<string, string | undefined, string>;
  error: string | null;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

export interface ImportProblemTable {
  seq: Generated<number>;
  jobId: string;
  sheet: string;
  rowNumber: number;
  columnLabel: string;
  value: string;
  code: string;
  message: string;
}

export type ImportJobRow = Selectable<ImportJobTable>;
