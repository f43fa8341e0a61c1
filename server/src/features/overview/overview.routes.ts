import { createRoute } from '@hono/zod-openapi';
import { createFeatureApp, jsonContent, problemResponses } from '../../http/openapi.ts';
import { overviewQuerySchema, overviewSchema, POPULATION_NOTE } from './overview.schemas.ts';
import { getOverview } from './overview.service.ts';

export const overviewApp = createFeatureApp()
  .openapi(createRoute({
    method: 'get', path: '/overview', tags: ['overview'], summary: 'Figures for the home page of a region (exact counts)',
    description: 'Households and people by status and type; poverty incidence for each region one level down '
      + '(county → townships → villages; a village lists itself) so charts can drill down; causes of poverty; '
      + 'per-capita net incomes against the year\'s national line or monitoring threshold; the newest changes and '
      + `registrations. ${POPULATION_NOTE}`,
    request: { query: overviewQuerySchema },
    responses: { 200: jsonContent(overviewSchema, 'The overview of the region'), ...problemResponses },
  }), async (c) => c.json(await getOverview(c.get('ctx'), c.get('actor'), c.req.valid('query')), 200));
