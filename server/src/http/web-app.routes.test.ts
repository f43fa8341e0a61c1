import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachEngine, request } from '../../test/test-context.ts';
import type { HttpEnv } from './http-env.ts';
import { createWebAppRoutes, WEB_NOT_BUILT_TEXT } from './web-app.routes.ts';

const INDEX_HTML = '<!doctype html><html lang="zh-CN"><body><div id="root"></div></body></html>';

/** The web routes in front of a stand-in for the API, as in the real app. */
function appServing(distDir: string) {
  const app = new Hono<HttpEnv>().route('/', createWebAppRoutes(distDir));
  app.notFound((c) => c.json({ code: 'NOT_FOUND' }, 404));
  return app;
}

describe('the built web app at /', () => {
  let dist = '';
  beforeAll(() => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'fupin-web-'));
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'index.html'), INDEX_HTML);
    fs.writeFileSync(path.join(dist, 'assets', 'app-abc123.js'), 'console.log("app");');
    fs.writeFileSync(path.join(dist, 'assets', 'app-abc123.js.gz'), zlib.gzipSync('console.log("app");'));
  });
  afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

  it('serves index.html at / and for client routes, revalidated on every load', async () => {
    for (const url of ['/', '/households', '/households/0193e1c2-aaaa?region=150602']) {
      const res = await appServing(dist).request(url);
      expect(res.status, url).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toBe(INDEX_HTML);
    }
  });

  it('serves hashed assets for a year, compressed when the browser accepts it', async () => {
    const plain = await appServing(dist).request('/assets/app-abc123.js');
    expect(plain.status).toBe(200);
    expect(plain.headers.get('content-type')).toContain('javascript');
    expect(plain.headers.get('cache-control')).toContain('immutable');
    expect(await plain.text()).toBe('console.log("app");');
    const gzipped = await appServing(dist).request('/assets/app-abc123.js', { headers: { 'accept-encoding': 'gzip' } });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
  });

  it('never answers API, operations or missing files with the app page', async () => {
    for (const url of ['/api/v1/nothing', '/openapi.json', '/docs', '/healthz', '/metrics', '/assets/gone-123.js', '/favicon.ico']) {
      const res = await appServing(dist).request(url);
      expect(res.status, url).toBe(404);
      expect(await res.json()).toEqual({ code: 'NOT_FOUND' });
    }
  });

  it('says how to build the web app when it is not built, instead of a page', async () => {
    const missing = path.join(dist, 'no-such-dist');
    const root = await appServing(missing).request('/');
    expect(root.status).toBe(200);
    expect(root.headers.get('content-type')).toContain('text/plain');
    expect(await root.text()).toBe(WEB_NOT_BUILT_TEXT);
    expect(WEB_NOT_BUILT_TEXT).toContain('npm run build -w web');
    expect((await appServing(missing).request('/households')).status).toBe(404);
    expect((await appServing(missing).request('/api/v1/codes')).status).toBe(404);
  });
});

describeEachEngine('the web app inside the server', (t) => {
  it('leaves the API, the document and operations to the server, built or not', async () => {
    const missing = await request(t(), 'GET', '/api/no-such-route');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
    expect((await request(t(), 'GET', '/openapi.json')).status).toBe(200);
    expect((await request(t(), 'GET', '/api/v1/codes')).status).toBe(401);
  });

  it('answers / with the app or with how to build it, never with a problem', async () => {
    const res = await t().app.request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/(html|plain)/);
  });
});
