import { createRoute, z } from '@hono/zod-openapi';
import { createFeatureApp, jsonBody, jsonContent, problemResponses } from '../../http/openapi.ts';
import { householdIdParam, incomeInputSchema, incomeSchema } from './incomes.schemas.ts';
import { listIncomes, recordIncome } from './incomes.service.ts';

const yearParam = householdIdParam.extend({
  year: z.coerce.number().int().openapi({ param: { name: 'year', in: 'path' }, example: 2020 }),
});

export const incomesApp = createFeatureApp()
  .openapi(createRoute({
    method: 'get', path: '/households/{householdId}/incomes', tags: ['incomes'], summary: 'A household\'s incomes by year, newest first',
    request: { params: householdIdParam },
    responses: { 200: jsonContent(z.array(incomeSchema), 'Incomes'), ...problemResponses },
  }), async (c) => c.json(await listIncomes(c.get('ctx'), c.get('actor'), c.req.valid('param').householdId), 200))
  .openapi(createRoute({
    method: 'put', path: '/households/{householdId}/incomes/{year}', tags: ['incomes'],
    summary: 'Record or replace a household\'s income for a year; per-capita net income is computed',
    request: { params: yearParam, ...jsonBody(incomeInputSchema) },
    responses: { 200: jsonContent(incomeSchema, 'The recorded income'), ...problemResponses },
  }), async (c) => {
    const { householdId, year } = c.req.valid('param');
    return c.json(await recordIncome(c.get('ctx'), c.get('actor'), householdId, year, c.req.valid('json')), 200);
  });
