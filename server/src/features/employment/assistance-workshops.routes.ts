import { createRoute, z } from '@hono/zod-openapi';
import { createFeatureApp, jsonBody, jsonContent, problemResponses } from '../../http/openapi.ts';
import { idParam } from '../households/code-schemas.ts';
import { regionQueryField } from '../programmes/programme.schemas.ts';
import {
  subsidyYearQuery, subsidyYearSchema, workerInputSchema, workerSchema, assistanceWorkshopDetailSchema, assistanceWorkshopInputSchema, assistanceWorkshopSchema, assistanceWorkshopSubsidySchema,
} from './assistance-workshops.schemas.ts';
import { claimAssistanceWorkshopSubsidy } from './assistance-workshop-subsidy-claim.service.ts';
import { addAssistanceWorkshopWorker, computeAssistanceWorkshopSubsidyFor, createAssistanceWorkshop, getAssistanceWorkshop, listAssistanceWorkshops } from './assistance-workshops.service.ts';

const tags = ['employment'];

export const assistanceWorkshopsApp = createFeatureApp()
  .openapi(createRoute({
    method: 'get', path: '/assistance-workshops', tags, summary: 'Assistance workshops in your region',
    request: { query: z.object({ region: regionQueryField }) },
    responses: { 200: jsonContent(z.array(assistanceWorkshopSchema), 'Workshops'), ...problemResponses },
  }), async (c) => c.json(await listAssistanceWorkshops(c.get('ctx'), c.get('actor'), c.req.valid('query').region), 200))
  .openapi(createRoute({
    method: 'post', path: '/assistance-workshops', tags, summary: 'Register an assistance workshop in a village',
    request: jsonBody(assistanceWorkshopInputSchema),
    responses: { 201: jsonContent(assistanceWorkshopSchema, 'The workshop'), ...problemResponses },
  }), async (c) => c.json(await createAssistanceWorkshop(c.get('ctx'), c.get('actor'), c.req.valid('json')), 201))
  .openapi(createRoute({
    method: 'get', path: '/assistance-workshops/{id}', tags, summary: 'A workshop with its workers and subsidy claims',
    request: { params: idParam },
    responses: { 200: jsonContent(assistanceWorkshopDetailSchema, 'The workshop'), ...problemResponses },
  }), async (c) => c.json(await getAssistanceWorkshop(c.get('ctx'), c.get('actor'), c.req.valid('param').id), 200))
  .openapi(createRoute({
    method: 'post', path: '/assistance-workshops/{id}/workers', tags, summary: 'Add a member as a worker; it shows as a workshop-job measure',
    request: { params: idParam, ...jsonBody(workerInputSchema) },
    responses: { 201: jsonContent(workerSchema, 'The worker'), ...problemResponses },
  }), async (c) => c.json(await addAssistanceWorkshopWorker(c.get('ctx'), c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 201))
  .openapi(createRoute({
    method: 'get', path: '/assistance-workshops/{id}/subsidy', tags, summary: 'The wage subsidy the workshop earns for a year under the rule in force (a preview)',
    request: { params: idParam, query: subsidyYearQuery },
    responses: { 200: jsonContent(assistanceWorkshopSubsidySchema, 'The computed subsidy with its reasons'), ...problemResponses },
  }), async (c) => c.json(await computeAssistanceWorkshopSubsidyFor(c.get('ctx'), c.get('actor'), c.req.valid('param').id, c.req.valid('query').year), 200))
  .openapi(createRoute({
    method: 'post', path: '/assistance-workshops/{id}/subsidy', tags, summary: 'Claim the year\'s wage subsidy (refused when not earned or already claimed)',
    request: { params: idParam, ...jsonBody(subsidyYearSchema) },
    responses: { 201: jsonContent(assistanceWorkshopSubsidySchema, 'The claimed subsidy'), ...problemResponses },
  }), async (c) => c.json(await claimAssistanceWorkshopSubsidy(c.get('ctx'), c.get('actor'), c.req.valid('param').id, c.req.valid('json').year), 201));
