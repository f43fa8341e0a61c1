import fs from 'node:fs';
import readline from 'node:readline';
import type { ColumnValues } from './import-column-mapping.ts';

/**
 * A member row ready to insert: ID number already encrypted, hashed and masked (never in plain text).
 * New households and members carry negative placeholder keys until the import reserves real ones.
 */
export type StagedMember = ColumnValues & { id: number; householdId: number; villageCode: string; idHash: string };

export interface StagedChange {
  id: number;
  columns: ColumnValues;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

/** What the check decided for one valid household. */
export type StagedHousehold =
  | { kind: 'new'; rows: number; household: ColumnValues & { id: number; villageCode: string }; members: StagedMember[] }
  | StagedHouseholdChange;

export interface StagedHouseholdChange {
  kind: 'change'; rows: number; householdId: number; householdNo: string; villageCode: string; version: number;
  household: { columns: ColumnValues; before: Record<string, unknown>; after: Record<string, unknown> } | null;
  memberChanges: StagedChange[]; newMembers: StagedMember[]; newMemberImages: Record<string, unknown>[];
}

/** Rows of one table that all have the same columns, as value lists (names once, not on every row). */
export interface StagedTable {
  columns: string[];
  rows: (string | number | null)[][];
}

/**
 * The staged households of one batch of the check: new households and their members as tables
 * ready to insert, changed households one by one with their before and after images.
 */
export interface StagedBatch {
  /** Spreadsheet rows of the batch's staged households. */
  rows: number;
  households: number;
  newHouseholds: StagedTable;
  newMembers: StagedTable;
  changes: StagedHouseholdChange[];
}

export function toStagedTable(records: readonly ColumnValues[]): StagedTable {
  const first = records[0];
  if (!first) return { columns: [], rows: [] };
  const columns = Object.keys(first);
  return {
    columns,
    rows: records.map((r) => {
      // Every new row is built with all its table's columns; anything else is a bug, not data to drop.
      if (Object.keys(r).length !== columns.length) throw new Error('staged rows of one table must have the same columns');
      return columns.map((c) => r[c] ?? null);
    }),
  };
}

/** One batch of staged households in the form the staging file keeps. */
export function toStagedBatch(items: readonly StagedHousehold[]): StagedBatch {
  const fresh = items.flatMap((i) => (i.kind === 'new' ? [i] : []));
  return {
    rows: items.reduce((sum, i) => sum + i.rows, 0),
    households: items.length,
    newHouseholds: toStagedTable(fresh.map((i) => i.household)),
    newMembers: toStagedTable(fresh.flatMap((i) => i.members)),
    changes: items.flatMap((i) => (i.kind === 'change' ? [i] : [])),
  };
}

/**
 * Appends staged households to a file, one JSON line per batch, waiting when the disk is behind;
 * the import writes exactly what was checked without reading, checking and encrypting the
 * spreadsheet again.
 */
export function createStagingWriter(file: string) {
  const out = fs.createWriteStream(file);
  let failure: Error | undefined;
  out.on('error', (error) => {
    failure = error;
  });
  return {
    async write(items: readonly StagedHousehold[]): Promise<void> {
      if (failure) throw failure;
      if (items.length === 0) return;
      if (!out.write(JSON.stringify(toStagedBatch(items)) + '\n')) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    },
    close(): Promise<void> {
      return new Promise((resolve, reject) => {
        out.end(() => (failure ? reject(failure) : resolve()));
      });
    },
  };
}

/** Reads the staging file back, a batch at a time. */
export async function* readStaging(file: string): AsyncGenerator<StagedBatch> {
  const lines = readline.createInterface({ input: fs.createReadStream(file, { highWaterMark: 1024 * 1024 }), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line !== '') yield JSON.parse(line) as StagedBatch;
  }
}
