import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../../errors/app-error.ts';
import { toImportCell } from '../import/import-readers.ts';

/** A department file as rows of text cells; row numbers as a spreadsheet shows them (1-based). */
export interface FeedSheet {
  name: string;
  headerRow: number;
  headers: string[];
  rows: { number: number; cells: string[] }[];
}

export type FeedFormat = 'xlsx' | 'csv';

export function formatOfFeedFile(fileName: string): FeedFormat {
  const ext = fileName.toLowerCase().split('.').pop();
  if (ext === 'xlsx' || ext === 'csv') return ext;
  throw new AppError('VALIDATION_FAILED', 'the file must be .xlsx or .csv', { field: 'file' });
}

/** UTF-8 (with or without a byte-order mark) when it decodes cleanly, else GBK, what Excel writes on a Chinese Windows. */
function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}

/** RFC 4180 CSV: quoted fields with doubled quotes and line breaks inside quotes. */
export function parseCsv(text: string): string[][] {
  // Most department files quote nothing: split them directly.
  if (!text.includes('"')) return text.split(/\r\n|\n|\r/).map((line) => line.split(','));
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') { field += '"'; i++; } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

/** A cell as text, read the way the import reads cells (formula results, rich text, ISO dates). */
const cellText = (value: ExcelJS.CellValue): string => String(toImportCell(value) ?? '');

async function readXlsx(bytes: Uint8Array): Promise<{ name: string; lines: string[][] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.read(Readable.from([Buffer.from(bytes)]));
  } catch {
    throw new AppError('VALIDATION_FAILED', 'the file is not a readable .xlsx workbook', { field: 'file' });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('VALIDATION_FAILED', 'the workbook has no sheet', { field: 'file' });
  const lines: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const values = Array.isArray(row.values) ? row.values : [];
    lines[number - 1] = values.slice(1).map((v) => cellText(v ?? null));
  });
  return { name: sheet.name, lines: Array.from(lines, (l) => l ?? []) };
}

/** Reads the first sheet (or the CSV); the header row is the first row that is not blank. */
export async function readFeedFile(fileName: string, bytes: Uint8Array): Promise<FeedSheet> {
  const format = formatOfFeedFile(fileName);
  const { name, lines } = format === 'xlsx' ? await readXlsx(bytes) : { name: fileName, lines: parseCsv(decodeCsv(bytes)) };
  const headerIndex = lines.findIndex((l) => l.some((c) => c.trim() !== ''));
  if (headerIndex < 0) throw new AppError('VALIDATION_FAILED', 'the file is empty', { field: 'file' });
  const rows: FeedSheet['rows'] = [];
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const cells = lines[i] ?? [];
    if (cells.some((c) => c.trim() !== '')) rows.push({ number: i + 1, cells });
  }
  return { name, headerRow: headerIndex + 1, headers: (lines[headerIndex] ?? []).map((h) => h.trim()), rows };
}
