import type { Language } from '../i18n/language.ts';

/** A count with the language's grouping (12,345). */
export function formatCount(n: number, language: Language): string {
  return new Intl.NumberFormat(language).format(n);
}

/** A ratio (0.0588) as a percentage with two decimals (5.88%); no ratio (nobody registered) as a dash. */
export function formatPercent(ratio: number | null, language: Language): string {
  if (ratio === null) return '—';
  return new Intl.NumberFormat(language, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(ratio);
}

/** A ratio as a percentage number for a chart axis (0.0588 → 5.88), without float noise. */
export function toPercentValue(ratio: number | null): number {
  return ratio === null ? 0 : Math.round(ratio * 10_000) / 100;
}
