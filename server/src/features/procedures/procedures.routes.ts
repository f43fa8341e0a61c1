import { createRoute, z } from '@hono/zod-openapi';
import { createFeatureApp, jsonBody, jsonContent, problemResponses } from '../../http/openapi.ts';
import { regionCodeSchema } from '../regions/regions.schemas.ts';
import { actOnStep } from './procedure-act.service.ts';
import { recordObjection, resolveObjection } from './procedure-objections.service.ts';
import { openHouseholdExit, openIdentification } from './procedure-open.service.ts';
import { getProcedure, listProcedures, listWaitingForMe } from './procedure-read.service.ts';
import {
  objectionIdParam, objectionInputSchema, objectionResolutionSchema, openExitSchema, openIdentificationSchema, procedureIdParam,
  procedureListQuerySchema, procedurePageSchema, procedureSchema, procedureSummarySchema, stepActionSchema,
} from './procedures.schemas.ts';
import { quotaInputSchema, quotaParams, quotaQuerySchema, villageQuotaSchema } from './quotas.schemas.ts';
import { listVillageQuotas, setVillageQuota } from './quotas.service.ts';

const tags = ['procedures'];

export const proceduresApp = createFeatureApp()
  .openapi(createRoute({
    method: 'post', path: '/procedures/identification', tags, summary: 'Open an identification procedure (an application) for a household',
    description: 'For a household on the registry that is not poor (`householdId`), or a new applicant household registered now (`household`). Taken by a village cadre.',
    request: jsonBody(openIdentificationSchema),
    responses: { 201: jsonContent(procedureSchema, 'The procedure, waiting at the village appraisal'), ...problemResponses },
  }), async (c) => c.json(await openIdentification(c.get('ctx'), c.get('actor'), c.req.valid('json')), 201))
  .openapi(createRoute({
    method: 'post', path: '/procedures/household-exit', tags, summary: 'Open a household exit: the evaluation runs now and is recorded with its reasons',
    description: 'A household that does not meet the exit standard gets a rejected procedure, kept with the evaluation\'s reasons.',
    request: jsonBody(openExitSchema),
    responses: { 201: jsonContent(procedureSchema, 'The procedure'), ...problemResponses },
  }), async (c) => c.json(await openHouseholdExit(c.get('ctx'), c.get('actor'), c.req.valid('json')), 201))
  .openapi(createRoute({
    method: 'get', path: '/procedures/waiting-for-me', tags, summary: 'Procedures waiting at a step you own (your role and level), earliest deadline first',
    request: { query: z.object({ regionCode: regionCodeSchema.optional() }) },
    responses: { 200: jsonContent(z.array(procedureSummarySchema), 'Waiting for you'), ...problemResponses },
  }), async (c) => c.json(await listWaitingForMe(c.get('ctx'), c.get('actor'), c.req.valid('query').regionCode), 200))
  .openapi(createRoute({
    method: 'get', path: '/procedures', tags, summary: 'Identification and exit procedures in your region (the queues)',
    request: { query: procedureListQuerySchema },
    responses: { 200: jsonContent(procedurePageSchema, 'Procedures, newest first'), ...problemResponses },
  }), async (c) => c.json(await listProcedures(c.get('ctx'), c.get('actor'), c.req.valid('query')), 200))
  .openapi(createRoute({
    method: 'get', path: '/procedures/{procedureId}', tags, summary: 'A procedure with its timeline, objections and the decisions open to you',
    request: { params: procedureIdParam },
    responses: { 200: jsonContent(procedureSchema, 'The procedure'), ...problemResponses },
  }), async (c) => c.json(await getProcedure(c.get('ctx'), c.get('actor'), c.req.valid('param').procedureId), 200))
  .openapi(createRoute({
    method: 'post', path: '/procedures/{procedureId}/actions', tags, summary: 'Approve or reject the current step, as its owner',
    description: 'A rejection needs a reason. A notice closes only after its posting period and with every objection resolved.',
    request: { params: procedureIdParam, ...jsonBody(stepActionSchema) },
    responses: { 200: jsonContent(procedureSchema, 'The procedure after the decision'), ...problemResponses },
  }), async (c) => c.json(await actOnStep(c.get('ctx'), c.get('actor'), c.req.valid('param').procedureId, c.req.valid('json')), 200))
  .openapi(createRoute({
    method: 'post', path: '/procedures/{procedureId}/objections', tags, summary: 'Record an objection received while a notice is posted',
    request: { params: procedureIdParam, ...jsonBody(objectionInputSchema) },
    responses: { 201: jsonContent(procedureSchema, 'The procedure with the objection'), ...problemResponses },
  }), async (c) => c.json(await recordObjection(c.get('ctx'), c.get('actor'), c.req.valid('param').procedureId, c.req.valid('json')), 201))
  .openapi(createRoute({
    method: 'post', path: '/procedures/{procedureId}/objections/{objectionId}/resolution', tags,
    summary: 'Resolve an objection: dismissed (the notice goes on) or upheld (reject, or send back to the review)',
    request: { params: objectionIdParam, ...jsonBody(objectionResolutionSchema) },
    responses: { 200: jsonContent(procedureSchema, 'The procedure after the resolution'), ...problemResponses },
  }), async (c) => {
    const { procedureId, objectionId } = c.req.valid('param');
    return c.json(await resolveObjection(c.get('ctx'), c.get('actor'), procedureId, objectionId, c.req.valid('json')), 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/village-quotas', tags, summary: 'Villages of your region with their identification quota for a year and its use',
    request: { query: quotaQuerySchema },
    responses: { 200: jsonContent(z.array(villageQuotaSchema), 'Quotas'), ...problemResponses },
  }), async (c) => {
    const { year, regionCode } = c.req.valid('query');
    return c.json(await listVillageQuotas(c.get('ctx'), c.get('actor'), year, regionCode), 200);
  })
  .openapi(createRoute({
    method: 'put', path: '/village-quotas/{villageCode}/{year}', tags, summary: 'Set a village\'s identification quota for a year (county)',
    request: { params: quotaParams, ...jsonBody(quotaInputSchema) },
    responses: { 200: jsonContent(villageQuotaSchema, 'The quota'), ...problemResponses },
  }), async (c) => {
    const { villageCode, year } = c.req.valid('param');
    return c.json(await setVillageQuota(c.get('ctx'), c.get('actor'), villageCode, year, c.req.valid('json').quota), 200);
  });
