import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type MiddlewareHandler } from 'hono';
import type { HttpEnv } from './http-env.ts';

/** Where `npm run build -w web` puts the single-page app. */
export const WEB_DIST_DIR = fileURLToPath(new URL('../../../web/dist', import.meta.url));

/** Paths that belong to the server; the web app never answers them, so their own 404s stay problems. */
const SERVER_PATHS = /^\/(api|openapi\.json|docs|healthz|metrics)(\/|$)/;

/** A request for a file (hashed asset, icon) that is missing must fail, not get the app's HTML. */
const FILE_PATH = /^\/assets\/|\.[a-z0-9]+$/i;

export const WEB_NOT_BUILT_TEXT = 'The web app is not built yet. Build it with `npm run build -w web`, then reload this page.\nThe API is served at /api/v1 (reference: /docs).\n';

/**
 * The built web app at `/`: its files, and index.html for every client route (the app routes itself).
 * Vite names assets by content hash, so they may be cached forever; index.html must be revalidated.
 */
export function createWebAppRoutes(distDir: string = WEB_DIST_DIR): Hono<HttpEnv> {
  const indexFile = path.join(distDir, 'index.html');
  let handlers: { files: MiddlewareHandler<HttpEnv>; index: MiddlewareHandler<HttpEnv> } | undefined;
  return new Hono<HttpEnv>().get('*', async (c, next) => {
    if (SERVER_PATHS.test(c.req.path)) return next();
    if (!handlers) {
      // Checked per request until found, so a build made while the server runs is picked up.
      if (!fs.existsSync(indexFile)) return c.text(WEB_NOT_BUILT_TEXT, c.req.path === '/' ? 200 : 404);
      handlers = {
        // serveStatic documents its root as relative to the working directory.
        files: serveStatic<HttpEnv>({ root: path.relative(process.cwd(), distDir) || '.', precompressed: true }),
        index: serveStatic<HttpEnv>({ path: indexFile, precompressed: true }),
      };
    }
    const { files, index } = handlers;
    const isAsset = c.req.path.startsWith('/assets/');
    c.header('cache-control', isAsset ? 'public, max-age=31536000, immutable' : 'no-cache');
    const found = await files(c, async () => undefined);
    if (found) return found;
    if (FILE_PATH.test(c.req.path)) return next();
    c.header('cache-control', 'no-cache');
    const page = await index(c, async () => undefined);
    return page ?? next();
  });
}
