import { OpenAPIHono } from '@hono/zod-openapi';
import { createApiRoutes, OPENAPI_INFO } from './app.ts';
import type { HttpEnv } from './http-env.ts';

/** The OpenAPI document, built from the route declarations alone (no database needed). */
export function buildOpenApiDocument() {
  const app = new OpenAPIHono<HttpEnv>().route('/api/v1', createApiRoutes());
  return app.getOpenAPI31Document(OPENAPI_INFO);
}
