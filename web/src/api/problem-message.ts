import type { TFunction } from 'i18next';
import { formatDateTime } from '../format/date.ts';
import type { Language } from '../i18n/language.ts';
import { zhCN } from '../i18n/messages.ts';
import { ApiProblem, NetworkError } from './problem.ts';

type ErrorKey = keyof typeof zhCN.errors;
const ERROR_KEYS = new Set<string>(Object.keys(zhCN.errors));

function isErrorKey(code: string): code is ErrorKey {
  return ERROR_KEYS.has(code);
}

/**
 * What to tell the user about a failed request, in their language: the translation of the
 * problem's code (with its details where they help), else the server's own detail.
 */
export function problemMessage(error: unknown, t: TFunction, language: Language): string {
  if (error instanceof NetworkError) return t('errors.network');
  if (!(error instanceof ApiProblem)) return t('errors.unexpected', { code: error instanceof Error ? error.name : String(error) });
  const { code, details, requestId } = error.problem;
  if (code === 'ACCOUNT_LOCKED' && typeof details?.lockedUntil === 'string') {
    return t('errors.ACCOUNT_LOCKED_UNTIL', { time: formatDateTime(details.lockedUntil, language) });
  }
  if (code === 'LOGIN_THROTTLED' && typeof details?.retryAfterSeconds === 'number') {
    return t('errors.LOGIN_THROTTLED_MINUTES', { minutes: Math.max(1, Math.ceil(details.retryAfterSeconds / 60)) });
  }
  if (code.startsWith('HTTP_')) return t('errors.unexpected', { code });
  if (!isErrorKey(code)) return error.problem.detail;
  const message = t(`errors.${code}`);
  // An internal error is only traceable through its request id.
  return code === 'INTERNAL' && requestId ? `${message} ${t('errors.requestId', { requestId })}` : message;
}

/** The form field a problem is about (so its message can be shown on that field), if any. */
export function problemField(error: unknown): string | undefined {
  if (!(error instanceof ApiProblem)) return undefined;
  return error.problem.field ?? error.problem.errors[0]?.field;
}
