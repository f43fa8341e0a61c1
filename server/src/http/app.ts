import crypto from 'node:crypto';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppContext } from '../app-context.ts';
import { AppError } from '../errors/app-error.ts';
import { assistanceApp } from '../features/assistance/assistance.routes.ts';
import { authApp } from '../features/auth/auth.routes.ts';
import { basicNeedsApp } from '../features/basic-needs/basic-needs.routes.ts';
import { codesApp } from '../features/codes/codes.routes.ts';
import { householdExportApp } from '../features/household-export/household-export.routes.ts';
import { householdPrintApp } from '../features/household-print/household-print.routes.ts';
import { householdsApp } from '../features/households/households.routes.ts';
import { importApp } from '../features/import/import.routes.ts';
import { incomesApp } from '../features/incomes/incomes.routes.ts';
import { membersApp } from '../features/members/members.routes.ts';
import { overviewApp } from '../features/overview/overview.routes.ts';
import { proceduresApp } from '../features/procedures/procedures.routes.ts';
import { noticesApp } from '../features/notices/notices.routes.ts';
import { samplingApp } from '../features/sampling/sampling.routes.ts';
import { regionsApp } from '../features/regions/regions.routes.ts';
import { usersApp } from '../features/users/users.routes.ts';
import { policyApp } from '../features/policy/policy.routes.ts';
import { monitoringApp } from '../features/monitoring/monitoring.routes.ts';
import { monitoringExportApp } from '../features/monitoring-export/monitoring-export.routes.ts';
import { monitoringCasesApp } from '../features/monitoring-cases/cases.routes.ts';
import { evaluationsApp } from '../features/evaluations/evaluations.routes.ts';
import { indicatorsApp } from '../features/evaluations/indicators.routes.ts';
import { programmesApp } from '../features/programmes/programmes.routes.ts';
import { authenticate } from './authenticate.middleware.ts';
import type { HttpEnv } from './http-env.ts';
import { createHttpMetrics, measureRequests } from './metrics.ts';
import { createOpsRoutes } from './ops.routes.ts';
import { problemResponse } from './problem.ts';
import { logRequests } from './request-logger.ts';
import { createWebAppRoutes } from './web-app.routes.ts';

/** Routes reachable without signing in. */
const PUBLIC_API_PATHS = new Set(['/api/v1/auth/login']);

export const OPENAPI_INFO = {
  openapi: '3.1.0',
  info: { title: 'fupin API', version: '1.0.0', description: 'Precision poverty alleviation and return-to-poverty prevention.' },
} as const;

/** The authenticated API under /api/v1; its routes make up the OpenAPI document. */
export function createApiRoutes() {
  return new OpenAPIHono<HttpEnv>()
    .route('/', authApp)
    .route('/', usersApp)
    .route('/', codesApp)
    .route('/', regionsApp)
    .route('/', householdExportApp)
    .route('/', householdPrintApp)
    .route('/', householdsApp)
    .route('/', membersApp)
    .route('/', incomesApp)
    .route('/', basicNeedsApp)
    .route('/', importApp)
    .route('/', assistanceApp)
    .route('/', proceduresApp)
    .route('/', noticesApp)
    .route('/', samplingApp)
    .route('/', overviewApp)
    .route('/', policyApp)
    .route('/', monitoringApp)
    .route('/', monitoringExportApp)
    .route('/', monitoringCasesApp)
    .route('/', evaluationsApp)
    .route('/', indicatorsApp)
    .route('/', programmesApp);
}

export function createApp(ctx: AppContext): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>();
  app.use('*', async (c, next) => {
    c.set('ctx', ctx);
    c.set('requestId', c.req.header('x-request-id') ?? crypto.randomUUID());
    await next();
    c.header('x-request-id', c.get('requestId'));
  });
  const metrics = createHttpMetrics();
  app.use('*', logRequests(), measureRequests(metrics));
  app.use('/api/v1/*', async (c, next) => (PUBLIC_API_PATHS.has(c.req.path) ? next() : authenticate()(c, next)));
  app.route('/api/v1', createApiRoutes());
  app.doc31('/openapi.json', OPENAPI_INFO);
  app.route('/', createOpsRoutes(metrics));
  app.route('/', createWebAppRoutes());

  app.notFound((c) => problemResponse(c, new AppError('NOT_FOUND', `no route for ${c.req.method} ${c.req.path}`)));
  app.onError((err, c) => {
    if (err instanceof AppError) return problemResponse(c, err);
    if (err instanceof SyntaxError) return problemResponse(c, new AppError('VALIDATION_FAILED', 'the request body is not valid JSON', { field: '(body)' }));
    c.get('ctx').logger.error({ err, requestId: c.get('requestId') }, 'unhandled error');
    return problemResponse(c, new AppError('INTERNAL', 'internal error; the request id identifies it in the server log'));
  });
  return app;
}
