import type { Language } from '../i18n/language.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date (YYYY-MM-DD) in the reader's language; no time zone can shift it a day. */
export function formatDate(isoDate: string, language: Language): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return formatDateTime(isoDate, language, undefined, false);
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** A moment (ISO timestamp) in the reader's language and time zone; an unreadable value is shown as is. */
export function formatDateTime(iso: string, language: Language, timeZone?: string, withTime = true): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' };
  return new Intl.DateTimeFormat(language, { ...options, ...(timeZone ? { timeZone } : {}) }).format(date);
}
