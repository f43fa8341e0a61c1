import type ExcelJS from 'exceljs';
import { findHeaderRow, matchHeaders, type HeaderMatch, type ImportCell, type ImportColumn } from '@fupin/core';
import { readCsvRows } from './csv-reader.ts';
import { readXlsxWorkbook } from './xlsx-reader.ts';

export type ImportFormat = 'xlsx' | 'csv';

export interface SheetRow {
  number: number;
  cells: ImportCell[];
}

export interface Sheet {
  name: string;
  rows: AsyncIterable<SheetRow>;
}

/** The format a file name says it has, or undefined. */
export function formatOfFileName(fileName: string): ImportFormat | undefined {
  const ext = fileName.toLowerCase().split('.').pop();
  return ext === 'xlsx' || ext === 'csv' ? ext : undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell value from ExcelJS as plain data: formulas give their result, rich text its text, dates an ISO date. */
export function toImportCell(value: ExcelJS.CellValue): ImportCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return toImportCell(value.result ?? null);
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('error' in value) return null;
  return null;
}

async function* readCsvSheet(file: string, sheetName: string, signal?: AbortSignal): AsyncGenerator<Sheet> {
  // The reader's rows as they are: another generator around it would cost a promise per row.
  yield { name: sheetName, rows: readCsvRows(file, signal) };
}

/** The sheets of an uploaded file; a CSV file is one sheet named after the file. */
export function readSheets(file: string, format: ImportFormat, csvSheetName: string, signal?: AbortSignal): AsyncGenerator<Sheet> {
  return format === 'xlsx' ? readXlsxWorkbook(file, signal) : readCsvSheet(file, csvSheetName, signal);
}

/** A sheet's header, found in its first ten rows; the rest of its rows stay in `rows`. */
export interface SheetHead {
  rows: AsyncIterator<SheetRow>;
  /** Rows read past the header while looking for it. */
  following: SheetRow[];
  /** The header row's number (1 when none was found). */
  headerRow: number;
  header: HeaderMatch | undefined;
}

export async function readSheetHead(sheet: Sheet, columns: readonly ImportColumn[]): Promise<SheetHead> {
  const rows = sheet.rows[Symbol.asyncIterator]();
  const head: SheetRow[] = [];
  for (let i = 0; i < 10; i++) {
    const next = await rows.next();
    if (next.done) break;
    head.push(next.value);
  }
  const at = findHeaderRow(head.map((r) => r.cells), columns);
  const header = at < 0 ? undefined : matchHeaders(head.slice(Math.max(0, at - 2), at + 1).map((r) => r.cells), columns);
  return { rows, following: head.slice(at + 1), headerRow: head[at]?.number ?? 1, header };
}
