/** Parsers for the values department files carry: dates, months and yuan amounts, written the ways offices write them. */

export type FeedParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Excel stores dates as days since 1899-12-30 (its 1900 leap-year bug included). */
function fromExcelSerial(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A day as `YYYY-MM-DD`, from `2024-06-03`, `2024/6/3`, `2024.6.3`, `2024年6月3日`, `20240603` or an
 * Excel serial number; never after `today`.
 */
export function parseFeedDate(raw: string, today: string): FeedParseResult<string> {
  const v = raw.trim();
  let iso: string | undefined;
  const parts = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T].*)?$/.exec(v) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  if (parts) {
    const [y, m, d] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
    if (isRealDate(y, m, d)) iso = `${y}-${pad(m)}-${pad(d)}`;
  } else if (/^\d{5}(\.\d+)?$/.test(v)) {
    iso = fromExcelSerial(Math.floor(Number(v)));
  }
  if (!iso || iso < '1900-01-01') return { ok: false, message: `"${v}" is not a date (write 2024-06-03)` };
  if (iso > today) return { ok: false, message: `${iso} lies in the future` };
  return { ok: true, value: iso };
}

/** A month as the first day of it (`2024-06-01`), from `2024-06`, `2024/6`, `2024年6月`, `202406` or a full date. */
export function parseFeedMonth(raw: string, today: string): FeedParseResult<string> {
  const v = raw.trim();
  const parts = /^(\d{4})[-/.年](\d{1,2})月?$/.exec(v) ?? /^(\d{4})(\d{2})$/.exec(v);
  if (parts) {
    const [y, m] = [Number(parts[1]), Number(parts[2])];
    if (m < 1 || m > 12) return { ok: false, message: `"${v}" is not a month (write 2024-06)` };
    const iso = `${y}-${pad(m)}-01`;
    return iso > today ? { ok: false, message: `${iso.slice(0, 7)} lies in the future` } : { ok: true, value: iso };
  }
  const day = parseFeedDate(v, today);
  return day.ok ? { ok: true, value: `${day.value.slice(0, 8)}01` } : { ok: false, message: `"${v}" is not a month (write 2024-06)` };
}

const MAX_FEN = 10_000_000_000;

/** An amount written in yuan (`1234.5`, `1,234.56`, `1234.56元`) as whole fen; never negative. */
export function parseFeedYuan(raw: string): FeedParseResult<number> {
  const v = raw.trim().replace(/[,，\s]/g, '').replace(/元$/, '');
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(v);
  if (!m) return { ok: false, message: `"${raw.trim()}" is not an amount in yuan with at most two decimals` };
  const fen = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(fen) || fen > MAX_FEN) return { ok: false, message: `${raw.trim()} is larger than 100 million yuan` };
  return { ok: true, value: fen };
}
