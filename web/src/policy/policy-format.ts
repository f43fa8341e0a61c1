import { formatFen } from '../format/money.ts';
import type { Language } from '../i18n/language.ts';

type Cell = string | number | boolean | null;
export type PolicyValue = number | boolean | Record<string, Cell>[];

/** A fraction as per cent without float noise: 0.02 → "2 %", 0.588 % stays three places. */
export function formatRate(ratio: number): string {
  return `${Number((ratio * 100).toFixed(4))} %`;
}

const MONEY_COLUMNS = /amount|cap/i;

/** A policy value as a person reads it: yuan for money, per cent for rates, yes/no, or table rows. */
export interface ValueWords { yes: string; no: string; none: string }

export function formatPolicyValue(kind: string, value: PolicyValue | null, language: Language, words: ValueWords): string {
  if (value === null) return words.none;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number') {
    if (kind === 'money') return formatFen(value, language);
    if (kind === 'rate') return formatRate(value);
    return String(value);
  }
  return value.map((row) => Object.entries(row)
    .map(([key, cell]) => (typeof cell === 'number' && MONEY_COLUMNS.test(key) ? formatFen(cell, language) : cell === null ? '—' : String(cell)))
    .join(' · ')).join('；');
}

/** The input a form shows for a stored value (yuan, per cent, the number, or JSON rows). */
export function toFormValue(kind: string, value: PolicyValue | null): string | number | boolean | undefined {
  if (value === null) return undefined;
  if (kind === 'money' && typeof value === 'number') return value / 100;
  if (kind === 'rate' && typeof value === 'number') return Number((value * 100).toFixed(6));
  if (Array.isArray(value)) return JSON.stringify(value, null, 1);
  return value;
}

/** The value to send for what the form holds (fen, a fraction, or parsed rows); undefined when it does not parse. */
export function fromFormValue(kind: string, input: string | number | boolean | null | undefined): unknown {
  if (input === null || input === undefined || input === '') return undefined;
  if (kind === 'boolean') return input === true;
  if (kind === 'table') {
    try {
      return JSON.parse(String(input));
    } catch {
      return undefined;
    }
  }
  const n = Number(input);
  if (!Number.isFinite(n)) return undefined;
  if (kind === 'money') return Math.round(n * 100);
  if (kind === 'rate') return Number((n / 100).toFixed(8));
  return n;
}
