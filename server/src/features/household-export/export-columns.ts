import type { CodeList } from '@fupin/core';
import type { CellValue, TableColumn } from '../../spreadsheet/table-writer.ts';

export type ExportLanguage = 'zh' | 'en';

/** A column of an export: its headers in both languages and how a row gives its cell. */
export interface ExportColumn<R> {
  key: string;
  zh: string;
  en: string;
  width: number;
  isMoney?: boolean;
  cell(row: R, lang: ExportLanguage): CellValue;
}

export function toTableColumns<R>(columns: readonly ExportColumn<R>[], lang: ExportLanguage): TableColumn[] {
  return columns.map((c) => ({ header: c[lang], width: c.width, ...(c.isMoney ? { isMoney: true } : {}) }));
}

export function toCells<R>(columns: readonly ExportColumn<R>[], row: R, lang: ExportLanguage): CellValue[] {
  return columns.map((c) => c.cell(row, lang));
}

/** A code's label in the file's language; an unknown code as it is, so nothing is lost. */
export function labelOf<C extends string>(list: CodeList<C>, code: string | null, lang: ExportLanguage): string | null {
  if (code === null) return null;
  return list.has(code) ? list.label(code, lang) : code;
}

/** Fen as yuan, for people reading the sheet (exact: two decimals). */
export function yuan(fen: number | string | bigint | null | undefined): number | null {
  return fen === null || fen === undefined ? null : Number(fen) / 100;
}

export function yesNo(value: number | boolean, lang: ExportLanguage): string {
  const isYes = value === true || value === 1;
  if (lang === 'zh') return isYes ? '是' : '否';
  return isYes ? 'Yes' : 'No';
}

/** A phone number with its middle hidden (138****5678), as masked exports show it. */
export function maskPhone(phone: string | null): string | null {
  if (phone === null || phone.length < 7) return phone === null ? null : '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}
