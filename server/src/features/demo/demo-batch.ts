import type { DemoRows } from './demo-rows.ts';

/** Rows of one table as arrays of values in the order of `columns` (snake_case column names). */
export interface PackedRows {
  columns: string[];
  rows: (string | number | null)[][];
}

export const DEMO_TABLES = ['households', 'members', 'incomes', 'basic_needs_checks'] as const;
export type DemoTable = (typeof DEMO_TABLES)[number];

/**
 * A batch of households ready to insert, packed as plain arrays: compact to pass between
 * threads (as JSON text, which is far cheaper to receive than structured clones of objects) and
 * bound directly as statement parameters.
 */
export type DemoBatch = Record<DemoTable, PackedRows>;

const snake = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function pack(rows: readonly object[]): PackedRows {
  const first = rows[0];
  if (!first) return { columns: [], rows: [] };
  const keys = Object.keys(first);
  return {
    columns: keys.map(snake),
    rows: rows.map((row) => {
      const record = row as Record<string, string | number | null>;
      return keys.map((k) => record[k] ?? null);
    }),
  };
}

export function packDemoBatch(rows: readonly DemoRows[]): DemoBatch {
  return {
    households: pack(rows.map((r) => r.household)),
    members: pack(rows.flatMap((r) => r.members)),
    incomes: pack(rows.flatMap((r) => r.incomes)),
    basic_needs_checks: pack(rows.flatMap((r) => r.checks)),
  };
}

/** The values of one column, e.g. to read back what a batch holds. */
export function columnValues(packed: PackedRows, column: string): (string | number | null)[] {
  const index = packed.columns.indexOf(column);
  if (index < 0) throw new Error(`no column ${column}`);
  return packed.rows.map((row) => row[index] ?? null);
}

/** Columns that hold a batch-local household or member key (1 = the batch's first). */
const KEY_COLUMNS: Record<DemoTable, readonly (readonly [string, 'households' | 'members'])[]> = {
  households: [['id', 'households'], ['head_member_id', 'members']],
  members: [['id', 'members'], ['household_id', 'households']],
  incomes: [['household_id', 'households']],
  basic_needs_checks: [['household_id', 'households']],
};

/** Replaces the batch-local keys by the keys reserved for the batch, in place. */
export function assignDemoKeys(batch: DemoBatch, keys: Record<'households' | 'members', readonly number[]>): void {
  for (const table of Object.keys(KEY_COLUMNS) as DemoTable[]) {
    const packed = batch[table];
    for (const [column, target] of KEY_COLUMNS[table]) {
      const index = packed.columns.indexOf(column);
      if (index < 0) continue;
      for (const row of packed.rows) {
        const local = row[index];
        if (typeof local !== 'number') continue;
        const key = keys[target][local - 1];
        if (key === undefined) throw new Error(`no reserved key for ${table}.${column} ${local}`);
        row[index] = key;
      }
    }
  }
}
