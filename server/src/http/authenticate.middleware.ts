import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import { AppError } from '../errors/app-error.ts';
import { CSRF_HEADER, SESSION_COOKIE } from '../features/auth/auth-tokens.ts';
import { assertCsrfToken, authenticateApiToken, authenticateSession } from '../features/auth/authenticate.service.ts';
import type { HttpEnv } from './http-env.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Paths a user may reach while their password must be changed. */
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set(['/api/v1/auth/password', '/api/v1/auth/logout', '/api/v1/auth/me']);

export function clientIp(c: Parameters<MiddlewareHandler<HttpEnv>>[0]): string | null {
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null; // app.request() in tests has no socket
  }
}

/** Every /api route except sign-in requires a session (with CSRF on writes) or an API token. */
export function authenticate(): MiddlewareHandler<HttpEnv> {
  return async (c, next) => {
    const ctx = c.get('ctx');
    const ip = clientIp(c);
    const bearer = c.req.header('authorization')?.match(/^Bearer\s+(.+)$/i)?.[1];
    if (bearer) {
      c.set('actor', await authenticateApiToken(ctx, bearer, ip));
      return next();
    }
    const sessionToken = getCookie(c, SESSION_COOKIE);
    if (!sessionToken) throw new AppError('UNAUTHENTICATED', 'not signed in');
    const session = await authenticateSession(ctx, sessionToken, ip);
    if (!SAFE_METHODS.has(c.req.method)) assertCsrfToken(session.csrfToken, c.req.header(CSRF_HEADER));
    if (session.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(c.req.path)) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED', 'change your password before continuing');
    }
    c.set('actor', session.actor);
    return next();
  };
}
