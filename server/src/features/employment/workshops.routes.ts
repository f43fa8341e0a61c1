import { createRoute, z } from '@hono/zod-openapi';
import { createFeatureApp, jsonBody, jsonContent, problemResponses } from '../../http/openapi.ts';
import { idParam } from '../households/code-schemas.ts';
import { regionQueryField } from '../programmes/programme.schemas.ts';
import {
  subsidyYearQuery, subsidyYearSchema, workerInputSchema, workerSchema, workshopDetailSchema, workshopInputSchema, workshopSchema, workshopSubsidySchema,
} from './workshops.schemas.ts';
import { claimWorkshopSubsidy } from './workshop-subsidy-claim.service.ts';
import { addWorkshopWorker, computeWorkshopSubsidyFor, createWorkshop, getWorkshop, listWorkshops } from './workshops.service.ts';

const tags = ['employment'];

export const workshopsApp = createFeatureApp()
  .openapi(createRoute({
    method: 'get', path: '/assistance-workshops', tags, summary: 'Assistance workshops in your region',
    request: { query: z.object({ region: regionQueryField }) },
    responses: { 200: jsonContent(z.array(workshopSchema), 'Workshops'), ...problemResponses },
  }), async (c) => c.json(await listWorkshops(c.get('ctx'), c.get('actor'), c.req.valid('query').region), 200))
  .openapi(createRoute({
    method: 'post', path: '/assistance-workshops', tags, summary: 'Register an assistance workshop in a village',
    request: jsonBody(workshopInputSchema),
    responses: { 201: jsonContent(workshopSchema, 'The workshop'), ...problemResponses },
  }), async (c) => c.json(await createWorkshop(c.get('ctx'), c.get('actor'), c.req.valid('json')), 201))
  .openapi(createRoute({
    method: 'get', path: '/assistance-workshops/{id}', tags, summary: 'A workshop with its workers and subsidy claims',
    request: { params: idParam },
    responses: { 200: jsonContent(workshopDetailSchema, 'The workshop'), ...problemResponses },
  }), async (c) => c.json(await getWorkshop(c.get('ctx'), c.get('actor'), c.req.valid('param').id), 200))
  .openapi(createRoute({
    method: 'post', path: '/assistance-workshops/{id}/workers', tags, summary: 'Add a member as a worker; it shows as a workshop-job measure',
    request: { params: idParam, ...jsonBody(workerInputSchema) },
    responses: { 201: jsonContent(workerSchema, 'The worker'), ...problemResponses },
  }), async (c) => c.json(await addWorkshopWorker(c.get('ctx'), c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 201))
  .openapi(createRoute({
    method: 'get', path: '/assistance-workshops/{id}/subsidy', tags, summary: 'The wage subsidy the workshop earns for a year under the rule in force (a preview)',
    request: { params: idParam, query: subsidyYearQuery },
    responses: { 200: jsonContent(workshopSubsidySchema, 'The computed subsidy with its reasons'), ...problemResponses },
  }), async (c) => c.json(await computeWorkshopSubsidyFor(c.get('ctx'), c.get('actor'), c.req.valid('param').id, c.req.valid('query').year), 200))
  .openapi(createRoute({
    method: 'post', path: '/assistance-workshops/{id}/subsidy', tags, summary: 'Claim the year\'s wage subsidy (refused when not earned or already claimed)',
    request: { params: idParam, ...jsonBody(subsidyYearSchema) },
    responses: { 201: jsonContent(workshopSubsidySchema, 'The claimed subsidy'), ...problemResponses },
  }), async (c) => c.json(await claimWorkshopSubsidy(c.get('ctx'), c.get('actor'), c.req.valid('param').id, c.req.valid('json').year), 201));
