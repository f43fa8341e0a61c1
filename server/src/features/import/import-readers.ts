import type ExcelJS from 'exceljs';
import type { ImportCell } from '@fupin/core';
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
  async function* rows(): AsyncGenerator<SheetRow> {
    for await (const row of readCsvRows(file, signal)) yield row;
  }
  yield { name: sheetName, rows: rows() };
}

/** The sheets of an uploaded file; a CSV file is one sheet named after the file. */
export function readSheets(file: string, format: ImportFormat, csvSheetName: string, signal?: AbortSignal): AsyncGenerator<Sheet> {
  return format === 'xlsx' ? readXlsxWorkbook(file, signal) : readCsvSheet(file, csvSheetName, signal);
}
