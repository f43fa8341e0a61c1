import createClient, { type Middleware } from 'openapi-fetch';
import { NetworkError, toApiProblem } from './problem.ts';
import type { paths } from './schema.gen.ts';

export const CSRF_COOKIE = 'fupin_csrf';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A wrong password answers 401 too; it must not end a session that does not exist yet. */
const SIGN_IN_PATH = '/api/v1/auth/login';

/** Fired when the server says the session is gone, so the app can send the user to sign in. */
export const authEvents = new EventTarget();
export const UNAUTHENTICATED_EVENT = 'unauthenticated';

export function readCookie(name: string, cookies: string): string | undefined {
  for (const part of cookies.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/** The CSRF token from the readable cookie, or the one the sign-in answer gave. */
let rememberedCsrfToken: string | undefined;
export function rememberCsrfToken(token: string | undefined): void {
  rememberedCsrfToken = token;
}

export function sessionMiddleware(readCookies: () => string = () => document.cookie): Middleware {
  return {
    onRequest({ request }) {
      if (SAFE_METHODS.has(request.method)) return request;
      const token = readCookie(CSRF_COOKIE, readCookies()) ?? rememberedCsrfToken;
      if (token) request.headers.set(CSRF_HEADER, token);
      return request;
    },
    onResponse({ response, request }) {
      if (response.status === 401 && new URL(request.url).pathname !== SIGN_IN_PATH) {
        authEvents.dispatchEvent(new Event(UNAUTHENTICATED_EVENT));
      }
      return response;
    },
  };
}

export function createApiClient(options: { baseUrl?: string; fetch?: typeof fetch; readCookies?: () => string } = {}) {
  const client = createClient<paths>({
    baseUrl: options.baseUrl ?? globalThis.location.origin,
    credentials: 'same-origin',
    // Looked up per request rather than captured once, so tests can stand in for the network.
    fetch: options.fetch ?? ((request: Request) => globalThis.fetch(request)),
  });
  client.use(sessionMiddleware(options.readCookies));
  return client;
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** The one client the app uses. */
export const api: ApiClient = createApiClient();

interface ApiResult<D> {
  data?: D;
  error?: unknown;
  response: Response;
}

/** The answer's data, or an ApiProblem / NetworkError to throw into TanStack Query. */
export async function unwrap<D>(request: Promise<ApiResult<D>>): Promise<D> {
  let result: ApiResult<D>;
  try {
    result = await request;
  } catch (error) {
    throw new NetworkError(error);
  }
  if (!result.response.ok || result.error !== undefined) throw toApiProblem(result.error, result.response);
  // Every route answers a JSON body; none is expected to be empty.
  if (result.data === undefined) throw toApiProblem(undefined, result.response);
  return result.data;
}
