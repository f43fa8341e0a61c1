import { createRoute, z } from '@hono/zod-openapi';
import { createFeatureApp, jsonBody, jsonContent, problemResponses } from '../../../http/openapi.ts';
import { recordBulkMeasures } from './measures-bulk.service.ts';
import { bulkMeasureInputSchema, bulkMeasureResultSchema, householdIdParam, measureIdParam, measureInputSchema, measureSchema } from './measures.schemas.ts';
import { changeMeasure, listMeasures, recordMeasure } from './measures.service.ts';

export const measuresApp = createFeatureApp()
  .openapi(createRoute({
    method: 'get', path: '/households/{householdId}/measures', tags: ['assistance'], summary: 'A household\'s assistance measures, newest first',
    request: { params: householdIdParam },
    responses: { 200: jsonContent(z.array(measureSchema), 'Measures'), ...problemResponses },
  }), async (c) => c.json(await listMeasures(c.get('ctx'), c.get('actor'), c.req.valid('param').householdId), 200))
  .openapi(createRoute({
    method: 'post', path: '/households/{householdId}/measures', tags: ['assistance'],
    summary: 'Record a measure; refused with its reason when it breaks its type\'s rules or duplicates a subsidy',
    request: { params: householdIdParam, ...jsonBody(measureInputSchema) },
    responses: { 201: jsonContent(measureSchema, 'The measure'), ...problemResponses },
  }), async (c) => c.json(await recordMeasure(c.get('ctx'), c.get('actor'), c.req.valid('param').householdId, c.req.valid('json')), 201))
  .openapi(createRoute({
    method: 'put', path: '/measures/{measureId}', tags: ['assistance'], summary: 'Change a measure (status, outcome, period, amount)',
    request: { params: measureIdParam, ...jsonBody(measureInputSchema) },
    responses: { 200: jsonContent(measureSchema, 'The measure'), ...problemResponses },
  }), async (c) => c.json(await changeMeasure(c.get('ctx'), c.get('actor'), c.req.valid('param').measureId, c.req.valid('json')), 200))
  .openapi(createRoute({
    method: 'post', path: '/measures/bulk', tags: ['assistance'], summary: 'One measure to many households of a village, all or nothing',
    request: jsonBody(bulkMeasureInputSchema),
    responses: { 201: jsonContent(bulkMeasureResultSchema, 'The measures written'), ...problemResponses },
  }), async (c) => c.json(await recordBulkMeasures(c.get('ctx'), c.get('actor'), c.req.valid('json')), 201));
