import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { HttpEnv } from '../../http/http-env.ts';
import { CSRF_COOKIE, SESSION_COOKIE } from './auth-tokens.ts';

function baseOptions(c: Context<HttpEnv>) {
  return { path: '/', sameSite: 'Lax', secure: c.get('ctx').config.cookieSecure } as const;
}

/** The session cookie is HttpOnly; the CSRF cookie is readable so the page can echo it in x-csrf-token. */
export function setSessionCookies(c: Context<HttpEnv>, sessionToken: string, csrfToken: string): void {
  setCookie(c, SESSION_COOKIE, sessionToken, { ...baseOptions(c), httpOnly: true });
  setCookie(c, CSRF_COOKIE, csrfToken, { ...baseOptions(c), httpOnly: false });
}

export function clearSessionCookies(c: Context<HttpEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { ...baseOptions(c), httpOnly: true });
  deleteCookie(c, CSRF_COOKIE, baseOptions(c));
}
