import { describe, expect, it } from 'vitest';
import { authEvents, createApiClient, CSRF_HEADER, readCookie, UNAUTHENTICATED_EVENT, unwrap } from './api-client.ts';
import { ApiProblem, NetworkError } from './problem.ts';

const problemBody = (status: number, code: string) =>
  JSON.stringify({ type: `urn:fupin:error:${code}`, title: code, status, code, detail: code.toLowerCase(), errors: [] });

/** A client whose requests are recorded and answered by `answer`. */
function recordingClient(answer: (request: Request) => Response, cookies = 'fupin_csrf=tok%2Fen-1; other=x') {
  const requests: Request[] = [];
  const client = createApiClient({
    baseUrl: 'http://fupin.test',
    readCookies: () => cookies,
    fetch: async (input) => {
      const request = input instanceof Request ? input : new Request(input);
      requests.push(request);
      return answer(request);
    },
  });
  return { client, requests };
}

function countUnauthenticated(): { count: number; stop(): void } {
  const counter = { count: 0, stop: () => authEvents.removeEventListener(UNAUTHENTICATED_EVENT, listener) };
  const listener = () => { counter.count += 1; };
  authEvents.addEventListener(UNAUTHENTICATED_EVENT, listener);
  return counter;
}

describe('the API client', () => {
  it('reads a cookie by name, decoded', () => {
    expect(readCookie('fupin_csrf', 'a=1; fupin_csrf=abc%3D%3D; b=2')).toBe('abc==');
    expect(readCookie('fupin_csrf', 'a=1')).toBeUndefined();
  });

  it('echoes the CSRF cookie on state changes only', async () => {
    const { client, requests } = recordingClient(() => Response.json({ ok: true }));
    await client.GET('/api/v1/codes');
    await client.POST('/api/v1/auth/logout');
    expect(requests.map((r) => [r.method, r.headers.get(CSRF_HEADER)])).toEqual([['GET', null], ['POST', 'tok/en-1']]);
  });

  it('announces a lost session on any 401 except a failed sign-in', async () => {
    const counter = countUnauthenticated();
    try {
      const { client } = recordingClient(() => new Response(problemBody(401, 'UNAUTHENTICATED'), { status: 401, headers: { 'content-type': 'application/problem+json' } }));
      await client.GET('/api/v1/regions/{code}', { params: { path: { code: '150602' } } });
      expect(counter.count).toBe(1);
      await client.POST('/api/v1/auth/login', { body: { username: 'admin', password: 'wrong' } });
      expect(counter.count).toBe(1);
    } finally {
      counter.stop();
    }
  });

  it('unwraps data, and turns failures into problems the UI can translate', async () => {
    const { client } = recordingClient((r) => r.url.endsWith('/codes')
      ? Response.json([{ name: 'gender', items: [] }])
      : new Response(problemBody(404, 'OUT_OF_SCOPE'), { status: 404, headers: { 'content-type': 'application/problem+json' } }));
    await expect(unwrap(client.GET('/api/v1/codes'))).resolves.toEqual([{ name: 'gender', items: [] }]);
    const failed = unwrap(client.GET('/api/v1/regions/{code}', { params: { path: { code: '110101' } } }));
    await expect(failed).rejects.toBeInstanceOf(ApiProblem);
    await expect(failed).rejects.toMatchObject({ code: 'OUT_OF_SCOPE', status: 404 });
  });

  it('reports an unreachable server as a network error', async () => {
    const client = createApiClient({ baseUrl: 'http://fupin.test', fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    await expect(unwrap(client.GET('/api/v1/codes'))).rejects.toBeInstanceOf(NetworkError);
  });
});
