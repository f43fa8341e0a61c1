import type { Language } from '../i18n/language.ts';

const formatters = new Map<Language, Intl.NumberFormat>();

function yuanFormat(language: Language): Intl.NumberFormat {
  let format = formatters.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language, { style: 'currency', currency: 'CNY', minimumFractionDigits: 2, maximumFractionDigits: 2 });
    formatters.set(language, format);
  }
  return format;
}

/**
 * Money is kept in integer fen; shown in yuan with two decimals. n / 100 is the double nearest
 * to the exact amount, far closer than the half-fen that two-decimal rounding could misjudge.
 */
export function formatFen(fen: number, language: Language): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`money must be an integer number of fen, got ${fen}`);
  return yuanFormat(language).format(fen / 100);
}
