import { cellText, type ImportCell } from './import-cells.ts';
import type { ImportColumn } from './import-columns.ts';

/** A header as compared: half-width, no spaces, no required-marks, no unit in brackets, lower case. */
export function normalizeHeader(cell: ImportCell): string {
  return cellText(cell)
    .replace(/[\s*＊]/g, '')
    .replace(/[（(][^（()）]*[)）]$/, '')
    .toLowerCase();
}

function headerIndex(columns: readonly ImportColumn[]): Map<string, ImportColumn> {
  const index = new Map<string, ImportColumn>();
  for (const column of columns) {
    for (const name of [column.zh, column.en, ...(column.aliases ?? [])]) index.set(normalizeHeader(name), column);
  }
  return index;
}

export interface HeaderMatch {
  /** Sheet column position (0-based) → the column it holds. */
  columns: Map<number, ImportColumn>;
  /** The header text as written in the file, by position (for the report). */
  labels: Map<number, string>;
  /** Headers that name no known column: their cells are ignored. */
  unknown: string[];
  /** Known columns that appear twice: the second is ignored. */
  repeated: string[];
}

/**
 * Matches one header row. A blank cell takes the header above it, which is where a header merged
 * across two rows ("户编号" over two lines) leaves its text.
 */
export function matchHeaders(rows: readonly (readonly ImportCell[])[], columns: readonly ImportColumn[]): HeaderMatch {
  const index = headerIndex(columns);
  const match: HeaderMatch = { columns: new Map(), labels: new Map(), unknown: [], repeated: [] };
  const width = Math.max(0, ...rows.map((r) => r.length));
  const used = new Set<string>();
  for (let i = 0; i < width; i++) {
    let label = '';
    for (let r = rows.length - 1; r >= 0 && label === ''; r--) label = cellText(rows[r]?.[i] ?? null);
    if (label === '') continue;
    const column = index.get(normalizeHeader(label));
    if (!column) {
      match.unknown.push(label);
      continue;
    }
    if (used.has(column.key)) {
      match.repeated.push(label);
      continue;
    }
    used.add(column.key);
    match.columns.set(i, column);
    match.labels.set(i, label);
  }
  return match;
}

/** How many known columns a row names; a title row or a group row ("家庭成员") names few. */
export function countKnownHeaders(row: readonly ImportCell[], columns: readonly ImportColumn[]): number {
  const index = headerIndex(columns);
  return new Set(row.flatMap((cell) => index.get(normalizeHeader(cell))?.key ?? [])).size;
}

/** Rows looked at for the header: a title and a row of column groups may come first. */
export const HEADER_SEARCH_ROWS = 10;

/**
 * Picks the header row among the first rows of a sheet: the one naming the most known columns,
 * at least `minimum` of them. Returns its position in `rows`, or -1.
 */
export function findHeaderRow(rows: readonly (readonly ImportCell[])[], columns: readonly ImportColumn[], minimum = 2): number {
  let best = -1;
  let bestCount = minimum - 1;
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, i) => {
    const count = countKnownHeaders(row, columns);
    if (count > bestCount) {
      best = i;
      bestCount = count;
    }
  });
  return best;
}
