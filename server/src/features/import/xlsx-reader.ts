import path from 'node:path/posix';
import type { ImportCell } from '@fupin/core';
import { AppError } from '../../errors/app-error.ts';
import { attribute, decodeXml, NS, readElements, readEntryText, readWholeEntry, stringItemText } from './xlsx-parts.ts';
import { CompactStringList } from './compact-string-list.ts';
import { readZipEntries, type ZipEntry } from './xlsx-zip.ts';

/**
 * Reads the sheets of an xlsx workbook a row at a time, straight from the zipped XML: memory holds
 * the shared strings (compactly) and the row in hand, never the sheet.
 */

export interface XlsxRow {
  number: number;
  cells: ImportCell[];
}

export interface XlsxSheet {
  name: string;
  rows: AsyncIterable<XlsxRow>;
}

interface Workbook {
  entries: Map<string, ZipEntry>;
  sheets: { name: string; part: string }[];
  sharedStrings: string | undefined;
  styles: string | undefined;
  isDate1904: boolean;
}

/** Relationship targets are relative to the folder of the part that has them (or absolute). */
const resolveTarget = (base: string, target: string) => (target.startsWith('/') ? target.slice(1) : path.normalize(path.join(path.dirname(base), target)));

function readRelationships(xml: string, part: string): Map<string, { type: string; target: string }> {
  const relationships = new Map<string, { type: string; target: string }>();
  for (const match of xml.matchAll(new RegExp(`<${NS}Relationship\\b[^>]*>`, 'g'))) {
    const id = attribute(match[0], 'Id');
    const target = attribute(match[0], 'Target');
    if (id !== undefined && target !== undefined) relationships.set(id, { type: attribute(match[0], 'Type') ?? '', target: resolveTarget(part, target) });
  }
  return relationships;
}

const relsOf = (part: string) => path.join(path.dirname(part), '_rels', `${path.basename(part)}.rels`);

async function readWorkbook(file: string): Promise<Workbook> {
  const entries = await readZipEntries(file);
  const root = readRelationships(await readWholeEntry(file, entries.get('_rels/.rels')), '');
  const part = [...root.values()].find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const xml = await readWholeEntry(file, entries.get(part));
  if (xml === '') throw new AppError('VALIDATION_FAILED', 'the file is not a readable xlsx workbook (no workbook part)', { field: 'file' });
  const relationships = readRelationships(await readWholeEntry(file, entries.get(relsOf(part))), part);
  const sheets: Workbook['sheets'] = [];
  for (const match of xml.matchAll(new RegExp(`<${NS}sheet\\b[^>]*>`, 'g'))) {
    const target = relationships.get(attribute(match[0], 'id', true) ?? '')?.target;
    if (target && entries.has(target)) sheets.push({ name: attribute(match[0], 'name') ?? `Sheet${sheets.length + 1}`, part: target });
  }
  const byType = (suffix: string) => [...relationships.values()].find((r) => r.type.endsWith(suffix))?.target;
  const workbookPr = new RegExp(`<${NS}workbookPr\\b[^>]*>`).exec(xml)?.[0] ?? '';
  const date1904 = attribute(workbookPr, 'date1904');
  return { entries, sheets, sharedStrings: byType('/sharedStrings'), styles: byType('/styles'), isDate1904: date1904 === '1' || date1904 === 'true' };
}

const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A number format shows a date when, outside quotes and brackets, it has date or time letters. */
const isDateFormat = (code: string) => /[ymdhsb]/i.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));

/** For each cell style (the `s` of a cell), whether it shows a number as a date. */
async function readDateStyles(file: string, workbook: Workbook): Promise<boolean[]> {
  const xml = await readWholeEntry(file, workbook.styles ? workbook.entries.get(workbook.styles) : undefined);
  const custom = new Map<number, string>();
  for (const match of xml.matchAll(new RegExp(`<${NS}numFmt\\b[^>]*>`, 'g'))) custom.set(Number(attribute(match[0], 'numFmtId')), attribute(match[0], 'formatCode') ?? '');
  const cellXfs = new RegExp(`<${NS}cellXfs\\b[\\s\\S]*?</${NS}cellXfs>`).exec(xml)?.[0] ?? '';
  return [...cellXfs.matchAll(new RegExp(`<${NS}xf\\b[^>]*>`, 'g'))].map((m) => {
    const id = Number(attribute(m[0], 'numFmtId') ?? 0);
    const code = custom.get(id);
    return code === undefined ? BUILT_IN_DATE_FORMATS.has(id) : isDateFormat(code);
  });
}

async function readSharedStrings(file: string, workbook: Workbook, signal?: AbortSignal): Promise<CompactStringList> {
  const list = new CompactStringList();
  const entry = workbook.sharedStrings ? workbook.entries.get(workbook.sharedStrings) : undefined;
  if (!entry) return list;
  for await (const item of readElements(readEntryText(file, entry, signal), 'si')) list.push(stringItemText(item));
  return list;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An Excel date serial as an ISO date, the way ExcelJS turned it into a Date (rounded to the millisecond, read in UTC). */
function serialToIsoDate(serial: number, isDate1904: boolean): string | null {
  const date = new Date(Math.round((serial - 25569 + (isDate1904 ? 1462 : 0)) * 86_400_000));
  if (Number.isNaN(date.getTime())) return null;
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** 'B' → 1, 'AA' → 26. */
function columnIndex(reference: string): number {
  let index = 0;
  for (let i = 0; i < reference.length; i++) {
    const code = reference.charCodeAt(i);
    if (code < 65 || code > 90) break;
    index = index * 26 + code - 64;
  }
  return index - 1;
}

interface CellContext {
  shared: CompactStringList;
  dateStyles: boolean[];
  isDate1904: boolean;
}

const CELL = new RegExp(`<${NS}c\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${NS}c>)`, 'g');
const CELL_ATTRIBUTE = /\s(r|t|s)="([^"]*)"/g;
const VALUE = new RegExp(`<${NS}v(?:\\s[^>]*)?>([\\s\\S]*?)</${NS}v>`);
const FORMULA = new RegExp(`<${NS}f[\\s/>]`);
const INLINE = new RegExp(`<${NS}is>([\\s\\S]*?)</${NS}is>`);

/** A cell's value as the import reads it (what ExcelJS's value became through toImportCell). */
function cellValue(type: string, style: number, body: string, ctx: CellContext): ImportCell {
  if (type === 'inlineStr') return stringItemText(INLINE.exec(body)?.[1] ?? '');
  const raw = VALUE.exec(body)?.[1];
  if (raw === undefined) return null;
  switch (type) {
    case 's': return ctx.shared.get(Number(raw)) ?? null;
    case 'str': return decodeXml(raw);
    case 'b': return Number(raw) !== 0;
    case 'e': return null;
    case 'd': return /^\d{4}-\d{2}-\d{2}/.test(raw) ? raw.slice(0, 10) : decodeXml(raw);
    default: {
      const number = Number(raw);
      if (!Number.isFinite(number)) return null;
      // A formula's result stays a number, as ExcelJS left it.
      if (ctx.dateStyles[style] === true && !FORMULA.test(body)) return serialToIsoDate(number, ctx.isDate1904);
      return number;
    }
  }
}

function parseRow(xml: string, ctx: CellContext): ImportCell[] {
  const cells: ImportCell[] = [];
  const tagEnd = xml.indexOf('>');
  if (xml[tagEnd - 1] === '/') return cells;
  CELL.lastIndex = tagEnd;
  for (let match = CELL.exec(xml); match; match = CELL.exec(xml)) {
    let column = cells.length;
    let type = 'n';
    let style = 0;
    CELL_ATTRIBUTE.lastIndex = 0;
    for (let a = CELL_ATTRIBUTE.exec(match[1] ?? ''); a; a = CELL_ATTRIBUTE.exec(match[1] ?? '')) {
      if (a[1] === 'r') column = columnIndex(a[2] ?? '');
      else if (a[1] === 't') type = a[2] ?? 'n';
      else style = Number(a[2]);
    }
    while (cells.length < column) cells.push(null);
    cells[column] = cellValue(type, style, match[2] ?? '', ctx);
  }
  return cells;
}

const ROW_NUMBER = /\sr="(\d+)"/;

async function* readRows(file: string, entry: ZipEntry, ctx: CellContext, signal?: AbortSignal): AsyncGenerator<XlsxRow> {
  let number = 0;
  for await (const xml of readElements(readEntryText(file, entry, signal), 'row')) {
    if (signal?.aborted) return;
    const tag = xml.slice(0, xml.indexOf('>'));
    const given = ROW_NUMBER.exec(tag)?.[1];
    number = given === undefined ? number + 1 : Number(given);
    yield { number, cells: parseRow(xml, ctx) };
  }
}

/** The sheets of a workbook in the workbook's order, each read as it is iterated. */
export async function* readXlsxWorkbook(file: string, signal?: AbortSignal): AsyncGenerator<XlsxSheet> {
  const workbook = await readWorkbook(file);
  const ctx: CellContext = { shared: await readSharedStrings(file, workbook, signal), dateStyles: await readDateStyles(file, workbook), isDate1904: workbook.isDate1904 };
  for (const sheet of workbook.sheets) {
    const entry = workbook.entries.get(sheet.part);
    if (entry) yield { name: sheet.name, rows: readRows(file, entry, ctx, signal) };
  }
}
