/**
 * Reading the cells of real-world spreadsheets: full-width characters, stray spaces, dates in the
 * forms clerks type them, Excel date serials, yes/no in Chinese or English, yuan with separators.
 */

/** What a reader hands over for one cell; dates already turned into ISO strings by the reader. */
export type ImportCell = string | number | boolean | null;

export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = <T>(message: string): CellResult<T> => ({ ok: false, message });

/** Full-width ASCII (ＡＢＣ１２３，．－) to half-width; the ideographic space to a plain one. */
const WIDE_OR_ODD = /[\u00a0\u200b\u3000\ufeff\uff01-\uff5e]/;

export function toHalfWidth(text: string): string {
  if (!WIDE_OR_ODD.test(text)) return text;
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[\u3000\u00a0]/g, ' ');
}

/** A cell as trimmed half-width text ('' for an empty cell). */
export function cellText(cell: ImportCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? '是' : '否';
  // Most cells are plain: test once before rewriting.
  if (!WIDE_OR_ODD.test(cell)) return cell.trim();
  return toHalfWidth(cell).replace(/[\u200b\ufeff]/g, '').trim();
}

export function isBlankCell(cell: ImportCell): boolean {
  return cellText(cell) === '';
}

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Excel's day 1 is 1900-01-01, and it counts a 29 February 1900 that never was (serial 60). */
export function excelSerialToIsoDate(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return undefined;
  const days = Math.floor(serial) - (serial > 60 ? 25_569 : 25_568);
  return new Date(days * 86_400_000).toISOString().slice(0, 10);
}

/** `2020-06-03`, `2020/6/3`, `2020.6.3`, `2020年6月3日`, `20200603`, or an Excel date serial. */
export function parseImportDate(cell: ImportCell): CellResult<string> {
  if (typeof cell === 'number') {
    const iso = excelSerialToIsoDate(cell);
    return iso ? ok(iso) : fail(`${cell} is not a date`);
  }
  const text = cellText(cell);
  const match = /^(\d{4})\s*(?:[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?|(\d{2})(\d{2}))$/.exec(text)
    ?? /^(\d{4})-(\d{2})-(\d{2})[T ][\d:.]+Z?$/.exec(text);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2] ?? match[4]);
    const day = Number(match[3] ?? match[5]);
    if (isRealDate(year, month, day)) return ok(`${year}-${pad(month)}-${pad(day)}`);
    return fail(`${text} is not a real calendar date`);
  }
  if (/^\d{5}(\.\d+)?$/.test(text)) return parseImportDate(Number(text));
  return fail(`${text} is not a date (write 2020-06-03, 2020/6/3 or 2020年6月3日)`);
}

/** A whole number from a number cell or text like `12`, `12.0`, `1,200`. */
export function parseWholeNumber(cell: ImportCell, min: number, max: number): CellResult<number> {
  const text = cellText(cell).replace(/,/g, '');
  const n = typeof cell === 'number' ? cell : Number(text.replace(/(年|个月|月|人|口)$/, ''));
  if (text === '' || !Number.isFinite(n) || !Number.isInteger(n)) return fail(`${cellText(cell)} is not a whole number`);
  if (n < min || n > max) return fail(`${n} is outside ${min}–${max}`);
  return ok(n);
}

/** A decimal number (land in mu, distances in km). */
export function parseDecimal(cell: ImportCell, min: number, max: number): CellResult<number> {
  const text = cellText(cell).replace(/,/g, '');
  const n = typeof cell === 'number' ? cell : Number(text);
  if (text === '' || !Number.isFinite(n)) return fail(`${cellText(cell)} is not a number`);
  if (n < min || n > max) return fail(`${n} is outside ${min}–${max}`);
  return ok(n);
}

/** Yuan (with up to two decimals, optional ¥ and thousands separators) to whole fen. */
export function parseYuanToFen(cell: ImportCell, max = 100_000_000): CellResult<number> {
  const text = cellText(cell).replace(/[,¥￥元]/g, '').trim();
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return fail(`${cellText(cell)} is not an amount in yuan (at most two decimals, not negative)`);
  const [whole = '0', decimals = ''] = text.split('.');
  const fen = Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
  if (fen > max * 100) return fail(`${text} yuan is more than ${max} yuan`);
  return ok(fen);
}

const YES = new Set(['是', '有', 'y', 'yes', 'true', '1', '√', '✓', '通', '安全']);
const NO = new Set(['否', '无', '没有', 'n', 'no', 'false', '0', '×', '不通', '不安全']);

/** 是/否, 有/无, yes/no, 1/0, √/×. */
export function parseFlag(cell: ImportCell): CellResult<boolean> {
  if (typeof cell === 'boolean') return ok(cell);
  const text = cellText(cell).toLowerCase();
  if (YES.has(text)) return ok(true);
  if (NO.has(text)) return ok(false);
  return fail(`${cellText(cell)} is not yes or no (是/否)`);
}
