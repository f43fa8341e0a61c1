import { expect, it } from 'vitest';
import { createSignedInUser, describeEachEngine, request } from '../../test/test-context.ts';
import { openDatabase } from '../db/database.ts';
import { createApp } from './app.ts';

describeEachEngine('operations endpoints', (t) => {
  it('reports health after asking the database', async () => {
    const res = await request(t(), 'GET', '/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: 'ok' });
  });

  it('answers 503 with a problem when the database is unreachable', async () => {
    // Nothing listens on port 1: the connection is refused at once.
    const unreachable = openDatabase({ kind: 'postgres', url: 'postgres://fupin@127.0.0.1:1/fupin' });
    try {
      const app = createApp({ ...t().ctx, db: unreachable.db });
      const res = await app.request('/healthz');
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(await res.json()).toMatchObject({ code: 'DATABASE_UNAVAILABLE', status: 503 });
    } finally {
      await unreachable.close();
    }
  });

  it('exposes Prometheus metrics labelled by route pattern, not by raw path', async () => {
    const app = createApp(t().ctx);
    const officer = await createSignedInUser(t(), 'countyOfficer', '150602');
    const answered = await app.request('/api/v1/regions/150602101', { headers: officer.headers });
    expect(answered.status).toBe(200);
    await app.request('/api/v1/regions/150602102');
    await app.request('/api/v1/no/such/110101199003074514');
    await app.request('/api/v1/no/such/110101199003074514', { headers: officer.headers });
    const res = await app.request('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toContain('http_request_duration_seconds_count{method="GET",route="/api/v1/regions/:code",status="200"} 1');
    expect(text).toContain('http_request_duration_seconds_count{method="GET",route="/api/v1/regions/:code",status="401"} 1');
    expect(text).toContain('http_request_duration_seconds_count{method="GET",route="(unmatched)",status="401"} 1');
    expect(text).toContain('http_request_duration_seconds_count{method="GET",route="(unmatched)",status="404"} 1');
    expect(text).not.toMatch(/150602101|150602102|110101199003074514/);
  });

  it('keeps one registry per app, so apps do not count each other\'s requests', async () => {
    const first = createApp(t().ctx);
    const second = createApp(t().ctx);
    await first.request('/healthz');
    await first.request('/healthz');
    expect(await (await first.request('/metrics')).text()).toContain('route="/healthz",status="200"} 2');
    expect(await (await second.request('/metrics')).text()).not.toContain('route="/healthz"');
  });

  it('serves the API reference page with its viewer from this server, not a CDN', async () => {
    const page = await request<string>(t(), 'GET', '/docs');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.body).toContain('<script src="/docs/scalar.js"></script>');
    expect(page.body).toContain('"url":"/openapi.json"');
    expect(page.body).not.toMatch(/src="https?:/);

    const script = await t().app.request('/docs/scalar.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toContain('javascript');
    expect(await script.text()).toContain('createApiReference');
    const gzipped = await t().app.request('/docs/scalar.js', { headers: { 'accept-encoding': 'gzip, deflate' } });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
  });

  it('serves the OpenAPI document the reference page reads', async () => {
    const res = await request<{ openapi: string; paths: Record<string, unknown> }>(t(), 'GET', '/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(Object.keys(res.body.paths)).toContain('/api/v1/regions/{code}');
  });
});
