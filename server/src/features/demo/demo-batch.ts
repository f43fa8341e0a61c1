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
