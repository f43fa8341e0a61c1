import { createRoute } from '@hono/zod-openapi';
import { createFeatureApp, jsonContent, problemResponses } from '../../../http/openapi.ts';
import { householdIdParam } from '../measures/measures.schemas.ts';
import { assistancePlanSchema } from './assistance-plans.schemas.ts';
import { getAssistancePlan } from './assistance-plans.service.ts';

export const assistancePlansApp = createFeatureApp()
  .openapi(createRoute({
    method: 'get', path: '/households/{householdId}/assistance-plan', tags: ['assistance'],
    summary: 'The household\'s assistance plan: each cause and risk with the measures answering it; unanswered ones flagged',
    request: { params: householdIdParam },
    responses: { 200: jsonContent(assistancePlanSchema, 'Plan'), ...problemResponses },
  }), async (c) => c.json(await getAssistancePlan(c.get('ctx'), c.get('actor'), c.req.valid('param').householdId), 200));
