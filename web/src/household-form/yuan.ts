/** The largest amount the server takes: 100 million yuan, in fen. */
export const MAX_FEN = 10_000_000_000;

export type YuanIssue = 'format' | 'precision' | 'tooLarge';
export type YuanParse = { ok: true; fen: number } | { ok: false; issue: YuanIssue };

const FULL_WIDTH = /[０-９．]/g;
const AMOUNT = /^(\d+)(?:\.(\d*))?$/;

/**
 * An amount typed in yuan ("1,234.5") as integer fen, read digit by digit from the text so no
 * binary fraction ever touches it (parseFloat('0.29') * 100 is 28.999999999999996).
 * A blank amount is none: 0 fen.
 */
export function parseYuan(text: string | undefined): YuanParse {
  const cleaned = (text ?? '')
    .replace(FULL_WIDTH, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)))
    .replace(/[\s,，¥￥]/g, '');
  if (cleaned === '') return { ok: true, fen: 0 };
  const match = AMOUNT.exec(cleaned);
  if (!match) return { ok: false, issue: 'format' };
  const [, whole = '', fraction = ''] = match;
  if (fraction.length > 2) return { ok: false, issue: 'precision' };
  const digits = whole.replace(/^0+(?=\d)/, '');
  // More than 9 whole digits is past the limit; checked on the text, before any number could round.
  if (digits.length > 9) return { ok: false, issue: 'tooLarge' };
  const fen = Number(digits) * 100 + Number(fraction.padEnd(2, '0'));
  return fen > MAX_FEN ? { ok: false, issue: 'tooLarge' } : { ok: true, fen };
}

/** Fen as the text of a yuan input ("1234.50"); none is left blank. */
export function fenToYuanText(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`an amount must be whole, non-negative fen, got ${fen}`);
  if (fen === 0) return '';
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}
