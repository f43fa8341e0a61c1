import type { MiddlewareHandler } from 'hono';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import type { HttpEnv } from './http-env.ts';
import { routePatternOf } from './route-pattern.ts';

export interface HttpMetrics {
  readonly registry: Registry;
  readonly requestDuration: Histogram<'method' | 'route' | 'status'>;
}

/** A registry per app (not prom-client's global one), so several apps can live in one process. */
export function createHttpMetrics(): HttpMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requestDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer HTTP requests, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  return { registry, requestDuration };
}

/** Observes every request's duration, labelled by route pattern so no ids end up in labels. */
export function measureRequests(metrics: HttpMetrics): MiddlewareHandler<HttpEnv> {
  return async (c, next) => {
    const stopTimer = metrics.requestDuration.startTimer();
    try {
      await next();
    } finally {
      stopTimer({ method: c.req.method, route: routePatternOf(c), status: String(c.res.status) });
    }
  };
}
