import { createRoute, z } from '@hono/zod-openapi';
import { createFeatureApp, jsonBody, jsonContent, problemResponses } from '../../http/openapi.ts';
import { householdIdParam } from '../incomes/incomes.schemas.ts';
import { basicNeedsCheckInputSchema, basicNeedsCheckSchema } from './basic-needs.schemas.ts';
import { listBasicNeedsChecks, recordBasicNeedsCheck } from './basic-needs.service.ts';

export const basicNeedsApp = createFeatureApp()
  .openapi(createRoute({
    method: 'get', path: '/households/{householdId}/basic-needs-checks', tags: ['basic needs'],
    summary: 'A household\'s basic-needs checks (两不愁三保障 + 饮水安全), newest first',
    request: { params: householdIdParam },
    responses: { 200: jsonContent(z.array(basicNeedsCheckSchema), 'Checks'), ...problemResponses },
  }), async (c) => c.json(await listBasicNeedsChecks(c.get('ctx'), c.get('actor'), c.req.valid('param').householdId), 200))
  .openapi(createRoute({
    method: 'post', path: '/households/{householdId}/basic-needs-checks', tags: ['basic needs'],
    summary: 'Record a dated basic-needs check with evidence',
    request: { params: householdIdParam, ...jsonBody(basicNeedsCheckInputSchema) },
    responses: { 201: jsonContent(basicNeedsCheckSchema, 'The recorded check'), ...problemResponses },
  }), async (c) => c.json(await recordBasicNeedsCheck(c.get('ctx'), c.get('actor'), c.req.valid('param').householdId, c.req.valid('json')), 201));
