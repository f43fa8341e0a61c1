import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../i18n/i18n.ts';
import type { Language } from '../i18n/language.ts';
import { ApiProblem, NetworkError, toApiProblem } from './problem.ts';
import { problemField, problemMessage } from './problem-message.ts';

const translators = new Map<Language, TFunction>();
beforeAll(async () => {
  for (const language of ['zh-CN', 'en-US'] as const) {
    const instance = i18next.createInstance();
    await instance.init({ resources, lng: language, interpolation: { escapeValue: false } });
    translators.set(language, instance.t);
  }
});

function message(error: unknown, language: Language): string {
  const t = translators.get(language);
  if (!t) throw new Error('not initialised');
  return problemMessage(error, t, language);
}

const problem = (code: string, extra: Record<string, unknown> = {}) =>
  toApiProblem({ type: `urn:fupin:error:${code}`, title: code, status: 422, code, detail: `server says ${code}`, errors: [], ...extra }, { status: 422, statusText: '' });

describe('a failed request, told in the user\'s language', () => {
  it('translates known problem codes', () => {
    expect(message(problem('LOGIN_FAILED'), 'zh-CN')).toBe('用户名或密码不正确。');
    expect(message(problem('LOGIN_FAILED'), 'en-US')).toBe('The username or password is wrong.');
    expect(message(problem('OUT_OF_SCOPE'), 'zh-CN')).toContain('区划');
  });

  it('falls back to the server\'s detail for a code the UI does not know yet', () => {
    expect(message(problem('MEASURE_OVERLAP'), 'zh-CN')).toBe('server says MEASURE_OVERLAP');
  });

  it('uses the details that tell the user when to try again', () => {
    const locked = problem('ACCOUNT_LOCKED', { details: { lockedUntil: '2026-11-23T06:30:00.000Z' } });
    expect(message(locked, 'zh-CN')).toMatch(/^登录失败次数过多，账号已锁定至 2026年11月23日 \d{2}:30/);
    expect(message(problem('LOGIN_THROTTLED', { details: { retryAfterSeconds: 290 } }), 'en-US')).toBe('Too many sign-in attempts. Try again in 5 minutes.');
  });

  it('gives the request id of an internal error, so an administrator can find it in the log', () => {
    expect(message(problem('INTERNAL', { requestId: 'req-42' }), 'zh-CN')).toContain('请求编号：req-42');
  });

  it('names a network failure as such, and never shows a raw exception', () => {
    expect(message(new NetworkError(new TypeError('Failed to fetch')), 'zh-CN')).toBe('无法连接到服务器，请检查网络后重试。');
    expect(message(new TypeError('x is undefined'), 'en-US')).toBe('An unexpected error occurred (TypeError).');
  });

  it('turns a non-problem answer (a proxy page) into an HTTP_ code with the status', () => {
    const p = toApiProblem('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' });
    expect(p).toBeInstanceOf(ApiProblem);
    expect(p.problem).toMatchObject({ code: 'HTTP_502', status: 502, detail: 'Bad Gateway' });
    expect(message(p, 'zh-CN')).toBe('出现未知错误（HTTP_502）。');
  });

  it('finds the field a problem is about', () => {
    expect(problemField(problem('PASSWORD_WEAK', { field: 'newPassword' }))).toBe('newPassword');
    expect(problemField(problem('VALIDATION_FAILED', { errors: [{ field: 'members.1.idNumber', code: 'custom', message: 'bad' }] }))).toBe('members.1.idNumber');
    expect(problemField(new NetworkError(null))).toBeUndefined();
  });
});
