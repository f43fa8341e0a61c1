import { createRoute } from '@hono/zod-openapi';
import { createFeatureApp, jsonContent, problemResponses } from '../../../http/openapi.ts';
import { myHouseholdsSchema } from './my-households.schemas.ts';
import { listMyHouseholds } from './my-households.service.ts';

export const myHouseholdsApp = createFeatureApp()
  .openapi(createRoute({
    method: 'get', path: '/my-households', tags: ['assistance'],
    summary: 'The signed-in cadre\'s paired households with what is due on each (visit, measure, income survey, follow-up)',
    responses: { 200: jsonContent(myHouseholdsSchema, 'My households'), ...problemResponses },
  }), async (c) => c.json(await listMyHouseholds(c.get('ctx'), c.get('actor')), 200));
