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
  // After the chain ran, routeIndex is the last handler reached; middleware is registered for ALL methods.
  const reached = routes[c.req.routeIndex];
  if (reached && reached.method !== 'ALL') {
    // A catch-all that found nothing (the web app passing on an unknown path) is no route.
    return isCatchAll(reached.path) && c.res.status === 404 ? UNMATCHED_ROUTE : reached.path;
  }
  // A middleware answered (e.g. sign-in required): name the route it guarded, if there is one.
  const guarded = routes.slice(c.req.routeIndex + 1).find((r) => r.method !== 'ALL' && !isCatchAll(r.path));
  return guarded?.path ?? UNMATCHED_ROUTE;
}

function isCatchAll(path: string): boolean {
  return path.endsWith('*');
}
