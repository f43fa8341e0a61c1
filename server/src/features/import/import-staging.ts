import fs from 'node:fs';
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

export type StagedValue = string | number | null;

/**
 * Rows of one table that all have the same columns, kept column by column: one array of values
 * per column (names once, not on every row; no object per row).
 */
export interface StagedTable {
  columns: string[];
  /** `values[c][r]` is column `c` of row `r`. */
  values: StagedValue[][];
  count: number;
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

/**
 * Rows of one table into columns, row by row through each row's own values: reading `row[column]`
 * for every column from one place in the code sends dozens of names through one property access,
 * which the engine then looks up generically, about half again as slow in all.
 */
export function toStagedTable(records: readonly ColumnValues[]): StagedTable {
  const first = records[0];
  if (!first) return { columns: [], values: [], count: 0 };
  const columns = Object.keys(first);
  const values = columns.map(() => new Array<StagedValue>(records.length));
  records.forEach((record, r) => {
    // Every new row is built with all its table's columns, in one order (one shape, whose key list
    // the engine keeps cached); anything else is a bug, not data to drop or misplace.
    const keys = Object.keys(record);
    if (keys.length !== columns.length) throw new Error('staged rows of one table must have the same columns');
    const cells = Object.values(record);
    for (let c = 0; c < columns.length; c++) {
      if (keys[c] !== columns[c]) throw new Error('staged rows of one table must have the same columns');
      const column = values[c];
      if (column) column[r] = cells[c] ?? null;
    }
  });
  return { columns, values, count: records.length };
}

/** One table's row `r` into `into` (reused by the caller: one array per table, not per row). */
export function readStagedRow(table: StagedTable, r: number, into: StagedValue[]): StagedValue[] {
  for (let c = 0; c < table.columns.length; c++) into[c] = table.values[c]?.[r] ?? null;
  return into;
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
 * A column as JSON: an array of its values, or, when every row holds the same one (the defaults
 * of columns the sheet does not give, the import's time and user), that value alone. In the
 * benchmark's file 44 of a batch's 69 columns are such; writing each row's copy took most of the
 * encoding.
 */
function encodeColumn(values: readonly StagedValue[]): string {
  const first = values[0] ?? null;
  for (let r = 1; r < values.length; r++) if (values[r] !== first) return JSON.stringify(values);
  return JSON.stringify(first);
}

/** A column's JSON back into its values: a JSON array, or the one value of every row. */
function decodeColumn(text: string, count: number): StagedValue[] {
  const parsed = JSON.parse(text) as StagedValue[] | StagedValue;
  return Array.isArray(parsed) ? parsed : new Array<StagedValue>(count).fill(parsed);
}

/**
 * A batch as bytes: a 4-byte length, then length-prefixed parts — the batch's small facts and
 * changes as one JSON text, then each column of the two tables as JSON of its own (encodeColumn).
 * Kept apart, the columns of codes, keys, hashes and ciphertexts stay one-byte strings, cheap to
 * encode and decode; only the few columns with Chinese text pay for UTF-8.
 */
export function encodeStagedBatch(batch: StagedBatch): Buffer {
  const meta = { rows: batch.rows, households: batch.households, householdColumns: batch.newHouseholds.columns, householdCount: batch.newHouseholds.count,
    memberColumns: batch.newMembers.columns, memberCount: batch.newMembers.count, changes: batch.changes };
  const texts = [JSON.stringify(meta), ...batch.newHouseholds.values.map(encodeColumn), ...batch.newMembers.values.map(encodeColumn)];
  const lengths = texts.map((t) => Buffer.byteLength(t));
  const frame = Buffer.allocUnsafe(4 + lengths.reduce((sum, n) => sum + 4 + n, 0));
  frame.writeUInt32LE(frame.length - 4, 0);
  let at = 4;
  texts.forEach((text, i) => {
    const length = lengths[i] ?? 0;
    frame.writeUInt32LE(length, at);
    frame.write(text, at + 4, length, 'utf8');
    at += 4 + length;
  });
  return frame;
}

interface StagedMeta {
  rows: number; households: number; householdColumns: string[]; householdCount: number; memberColumns: string[]; memberCount: number; changes: StagedHouseholdChange[];
}

/** The parts of one frame (without its own length) back into a batch. */
export function decodeStagedBatch(frame: Buffer): StagedBatch {
  let at = 0;
  const nextText = () => {
    if (at + 4 > frame.length) throw new Error('the staging file is cut short');
    const length = frame.readUInt32LE(at);
    if (at + 4 + length > frame.length) throw new Error('the staging file is cut short');
    const text = frame.toString('utf8', at + 4, at + 4 + length);
    at += 4 + length;
    return text;
  };
  const meta = JSON.parse(nextText()) as StagedMeta;
  const table = (columns: string[], count: number): StagedTable => ({ columns, values: columns.map(() => decodeColumn(nextText(), count)), count });
  const newHouseholds = table(meta.householdColumns, meta.householdCount);
  const newMembers = table(meta.memberColumns, meta.memberCount);
  return { rows: meta.rows, households: meta.households, newHouseholds, newMembers, changes: meta.changes };
}

/**
 * Appends staged households to a file, one frame per batch, waiting when the disk is behind; the
 * import writes exactly what was checked without reading, checking and encrypting the spreadsheet
 * again. `onFrame` also receives each frame as it is written (the one-pass import's writer).
 */
export function createStagingWriter(file: string, onFrame?: (frame: Buffer) => Promise<void>) {
  const out = fs.createWriteStream(file);
  let failure: Error | undefined;
  out.on('error', (error) => {
    failure = error;
  });
  return {
    async write(items: readonly StagedHousehold[]): Promise<void> {
      if (failure) throw failure;
      if (items.length === 0) return;
      const frame = encodeStagedBatch(toStagedBatch(items));
      if (!out.write(frame)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      await onFrame?.(frame);
    },
    close(): Promise<void> {
      return new Promise((resolve, reject) => {
        out.end(() => (failure ? reject(failure) : resolve()));
      });
    },
  };
}

/** Reads the staging file back, a batch at a time: each frame read whole by its length, no line splitting. */
export async function* readStaging(file: string): AsyncGenerator<StagedBatch> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const head = Buffer.alloc(4);
    let buffer = Buffer.alloc(1024 * 1024);
    for (let position = 0; ;) {
      const { bytesRead } = await handle.read(head, 0, 4, position);
      if (bytesRead === 0) return;
      if (bytesRead < 4) throw new Error('the staging file is cut short');
      const length = head.readUInt32LE(0);
      if (buffer.length < length) buffer = Buffer.alloc(length);
      const body = await handle.read(buffer, 0, length, position + 4);
      if (body.bytesRead < length) throw new Error('the staging file is cut short');
      position += 4 + length;
      yield decodeStagedBatch(buffer.subarray(0, length));
    }
  } finally {
    await handle.close();
  }
}
