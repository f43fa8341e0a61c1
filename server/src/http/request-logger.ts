import type { MiddlewareHandler } from 'hono';
import type { Actor } from '../access/actor.ts';
import type { HttpEnv } from './http-env.ts';
import { routePatternOf } from './route-pattern.ts';

/**
 * One log line per request: request id, method, route pattern, status, duration and user. The raw
 * path, the query string and the body are never logged: they may carry ID numbers.
 */
export function logRequests(): MiddlewareHandler<HttpEnv> {
  return async (c, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      const status = c.res.status;
      const actor: Actor | undefined = c.get('actor');
      const line = {
        requestId: c.get('requestId'),
        method: c.req.method,
        route: routePatternOf(c),
        status,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        userId: actor?.userId ?? null,
      };
      const logger = c.get('ctx').logger;
      if (status >= 500) logger.error(line, 'request failed');
      else logger.info(line, 'request');
    }
  };
}
