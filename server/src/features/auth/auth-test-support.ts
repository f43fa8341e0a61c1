import type { TestApp, TestUser } from '../../../test/test-context.ts';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from './auth-tokens.ts';

/** What the node server gives Hono for a connection: lets a test choose the caller's address. */
export function fromAddress(ip: string) {
  return { incoming: { socket: { remoteAddress: ip } } };
}

export interface SignInAnswer {
  status: number;
  body: Record<string, unknown>;
  headers: Headers;
  cookies: string[];
  /** The session to reuse in request(), when sign-in succeeded. */
  session: TestUser | undefined;
}

function cookieValue(cookies: string[], name: string): string | undefined {
  const found = cookies.find((c) => c.startsWith(`${name}=`));
  return found?.slice(name.length + 1).split(';')[0];
}

/** POST /api/v1/auth/login from an address, as a browser would. */
export async function signInOverHttp(t: TestApp, username: string, password: string, ip = '198.51.100.7'): Promise<SignInAnswer> {
  const res = await t.app.request('/api/v1/auth/login', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }),
  }, fromAddress(ip));
  const body = await res.json() as Record<string, unknown>;
  const cookies = res.headers.getSetCookie();
  const sessionToken = cookieValue(cookies, SESSION_COOKIE);
  const csrfToken = typeof body.csrfToken === 'string' ? body.csrfToken : undefined;
  const user = body.user as { id?: string } | undefined;
  const session = res.status === 200 && sessionToken && csrfToken && user?.id
    ? { id: user.id, username, password, headers: { cookie: `${SESSION_COOKIE}=${sessionToken}; ${CSRF_COOKIE}=${csrfToken}`, [CSRF_HEADER]: csrfToken } }
    : undefined;
  return { status: res.status, body, headers: res.headers, cookies, session };
}
