import type { Context } from 'hono';
import { matchedRoutes } from 'hono/route';

/** What logs and metrics name a request by when no route answered it. */
export const UNMATCHED_ROUTE = '(unmatched)';

/**
 * The route pattern that answered a request (`/api/v1/regions/:code`), never the raw path: paths
 * and query strings may hold record ids or ID numbers, and raw paths would explode metric labels.
 */
export function routePatternOf(c: Context): string {
  const routes = matchedRoutes(c);
  // After the chain ran, routeIndex is the last handler reached. Middleware is registered for ALL
  // methods; when one of them answered (e.g. sign-in required), name the route it guarded.
  const handler = routes.slice(c.req.routeIndex).find((r) => r.method !== 'ALL');
  if (!handler) return UNMATCHED_ROUTE;
  // A catch-all that found nothing (the web app passing on an unknown path) is no route either.
  if (handler.path.endsWith('*') && c.res.status === 404) return UNMATCHED_ROUTE;
  return handler.path;
}
