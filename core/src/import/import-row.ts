import { resolveCode, type CodeList } from '../codes/code-list.ts';
import { normalizeIdNumber } from '../identity/id-number.ts';
import {
  cellText, parseDecimal, toHalfWidth, parseFlag, parseImportDate, parseWholeNumber, parseYuanToFen, type CellResult, type ImportCell,
} from './import-cells.ts';
import type { ColumnSpec, ImportColumn, ImportValue } from './import-columns.ts';
import type { HeaderMatch } from './import-headers.ts';

/** One thing wrong with a file, where a person can find it. Rows are numbered as the spreadsheet shows them. */
export interface ImportProblem {
  sheet: string;
  row: number;
  column: string;
  value: string;
  code: ImportProblemCode;
  message: string;
}

export type ImportProblemCode =
  | 'missingColumn' | 'required' | 'invalidValue' | 'unknownCode' | 'idNumberInvalid' | 'idNumberMismatch'
  | 'idNumberDuplicate' | 'householdNoRepeated' | 'householdConflict' | 'villageUnknown' | 'villageOutOfScope'
  | 'householdNotFound' | 'composition' | 'rule' | 'keyRepeated' | 'cadreNotFound';

/** A row's values by column key: only the columns the sheet has; a blank cell is null. */
export type RowValues = Record<string, ImportValue>;

export interface ParsedRow {
  row: number;
  values: RowValues;
  /** Cell text by column key, for the report. */
  texts: Record<string, string>;
  problems: ImportProblem[];
}

const squeeze = (v: string) => toHalfWidth(v).replace(/\s/g, '').toLowerCase();

function lookUpImportCode(list: CodeList, text: string): string | undefined {
  const wanted = squeeze(text);
  return resolveCode(list, text) ?? list.items.find((i) => squeeze(i.zh) === wanted || squeeze(i.en) === wanted)?.code;
}

/** Answers per list and text: a file repeats the same few labels millions of times. Bounded, as a file may hold junk. */
const resolvedCodes = new WeakMap<CodeList, Map<string, string | undefined>>();
const MAX_REMEMBERED_TEXTS = 2000;

/** A code-list value by code, label or national code; labels also match written with half-width brackets or spaces. */
export function resolveImportCode(list: CodeList, text: string): string | undefined {
  let known = resolvedCodes.get(list);
  if (!known) {
    known = new Map();
    resolvedCodes.set(list, known);
  }
  if (known.has(text)) return known.get(text);
  const code = lookUpImportCode(list, text);
  if (known.size < MAX_REMEMBERED_TEXTS) known.set(text, code);
  return code;
}

const LIST_SEPARATORS = /[、,，;；/\s]+/;

function readCodes(text: string, spec: Extract<ColumnSpec, { type: 'codes' }>): CellResult<string[]> {
  const parts = text.split(LIST_SEPARATORS).filter((p) => p !== '');
  const codes: string[] = [];
  for (const part of parts) {
    const code = resolveImportCode(spec.list, part);
    if (code === undefined) return { ok: false, message: `${part} is not in the list ${spec.list.name}` };
    codes.push(code);
  }
  if (codes.length > spec.max) return { ok: false, message: `at most ${spec.max} values` };
  return { ok: true, value: codes };
}

/** Reads one non-blank cell by its column's spec (`text`: its cellText, when the caller has it already). */
export function readCell(cell: ImportCell, spec: ColumnSpec, text = cellText(cell)): CellResult<ImportValue> {
  switch (spec.type) {
    case 'text':
      if (text.length > spec.max) return { ok: false, message: `longer than ${spec.max} characters` };
      if (spec.pattern && !spec.pattern.test(text)) return { ok: false, message: spec.patternMessage ?? 'not in the expected form' };
      return { ok: true, value: text };
    case 'code': {
      const code = (typeof cell === 'number' ? resolveCode(spec.list, String(cell).padStart(spec.list.codes[0]?.length ?? 1, '0')) : undefined)
        ?? resolveImportCode(spec.list, text);
      return code === undefined ? { ok: false, message: `${text} is not in the list ${spec.list.name}` } : { ok: true, value: code };
    }
    case 'codes': return readCodes(text, spec);
    case 'idNumber': return { ok: true, value: normalizeIdNumber(text) };
    case 'date': return parseImportDate(cell);
    case 'year': return parseWholeNumber(cell, 1949, 2100);
    case 'integer': return parseWholeNumber(cell, spec.min, spec.max);
    case 'decimal': return parseDecimal(cell, spec.min, spec.max);
    case 'yuan': return parseYuanToFen(cell);
    case 'flag': return parseFlag(cell);
    case 'ignored': return { ok: true, value: null };
  }
}

function problemCodeOf(spec: ColumnSpec): ImportProblemCode {
  if (spec.type === 'code' || spec.type === 'codes') return 'unknownCode';
  return 'invalidValue';
}

/** Reads a data row through the header match; every bad cell is a problem, the row is kept. */
export function parseImportRow(sheet: string, rowNumber: number, cells: readonly ImportCell[], header: HeaderMatch): ParsedRow {
  const parsed: ParsedRow = { row: rowNumber, values: {}, texts: {}, problems: [] };
  for (const [index, column] of header.columns) {
    if (column.spec.type === 'ignored') continue;
    const cell = cells[index] ?? null;
    const text = cellText(cell);
    parsed.texts[column.key] = text;
    if (text === '') {
      parsed.values[column.key] = null;
      continue;
    }
    const result = readCell(cell, column.spec, text);
    if (result.ok) parsed.values[column.key] = result.value;
    else {
      parsed.values[column.key] = null;
      parsed.problems.push({
        sheet, row: rowNumber, column: header.labels.get(index) ?? column.zh, value: text, code: problemCodeOf(column.spec), message: result.message,
      });
    }
  }
  return parsed;
}

/** The header a column has in this file (for problems about a column). */
export function labelOf(header: HeaderMatch, key: string, fallback: ImportColumn | undefined): string {
  for (const [index, column] of header.columns) if (column.key === key) return header.labels.get(index) ?? column.zh;
  return fallback?.zh ?? key;
}
