import { Hono } from 'hono';
import { AppError } from '../errors/app-error.ts';
import { DOCS_PAGE_HTML, loadScalarScript, SCALAR_SCRIPT_PATH } from './docs-page.ts';
import type { HttpEnv } from './http-env.ts';
import type { HttpMetrics } from './metrics.ts';
import { pingDatabase } from './ops.repository.ts';

/** Operations endpoints outside the API: health, metrics and the API reference page. Public by design. */
export function createOpsRoutes(metrics: HttpMetrics): Hono<HttpEnv> {
  return new Hono<HttpEnv>()
    .get('/healthz', async (c) => {
      try {
        await pingDatabase(c.get('ctx').db);
      } catch (error) {
        c.get('ctx').logger.error({ requestId: c.get('requestId'), reason: error instanceof Error ? error.message : String(error) }, 'health check: database unreachable');
        throw new AppError('DATABASE_UNAVAILABLE', 'the database does not answer');
      }
      return c.json({ status: 'ok', database: 'ok' }, 200, { 'cache-control': 'no-store' });
    })
    .get('/metrics', async (c) => {
      const body = await metrics.registry.metrics();
      return c.body(body, 200, { 'content-type': metrics.registry.contentType });
    })
    .get('/docs', (c) => c.html(DOCS_PAGE_HTML))
    .get(SCALAR_SCRIPT_PATH, (c) => {
      const script = loadScalarScript();
      const headers: Record<string, string> = { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=86400', vary: 'accept-encoding' };
      if (/\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
        return c.body(new Uint8Array(script.gzip), 200, { ...headers, 'content-encoding': 'gzip' });
      }
      return c.body(new Uint8Array(script.plain), 200, headers);
    });
}
