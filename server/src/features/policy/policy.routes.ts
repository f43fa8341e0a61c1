import { createRoute, z } from '@hono/zod-openapi';
import { createFeatureApp, jsonBody, jsonContent, problemResponses } from '../../http/openapi.ts';
import {
  policyHistoryQuery, policyInForceQuery, policyInForceSchema, policyParameterSchema, policyValueInputSchema, policyVersionIdParam, policyVersionSchema,
} from './policy.schemas.ts';
import { getPolicyInForce, listPolicyHistory, listPolicyParameters, setPolicyValue, withdrawPolicyValue } from './policy.service.ts';

export const policyApp = createFeatureApp()
  .openapi(createRoute({
    method: 'get', path: '/policy/parameters', tags: ['policy'], summary: 'The catalogue of policy parameters: kind, unit, labels, table columns',
    responses: { 200: jsonContent(z.array(policyParameterSchema), 'The parameters'), ...problemResponses },
  }), (c) => c.json(listPolicyParameters(), 200))
  .openapi(createRoute({
    method: 'get', path: '/policy/values', tags: ['policy'], summary: 'Every parameter in force for a region and year, with the region and document it comes from',
    request: { query: policyInForceQuery },
    responses: { 200: jsonContent(policyInForceSchema, 'Values in force'), ...problemResponses },
  }), async (c) => {
    const { regionCode, year } = c.req.valid('query');
    return c.json(await getPolicyInForce(c.get('ctx'), c.get('actor'), regionCode, year), 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/policy/values', tags: ['policy'],
    summary: 'Set a region\'s value for a span of years (same first year replaces; the replaced version stays in the history)',
    request: jsonBody(policyValueInputSchema),
    responses: { 201: jsonContent(policyVersionSchema, 'The new version'), ...problemResponses },
  }), async (c) => c.json(await setPolicyValue(c.get('ctx'), c.get('actor'), c.req.valid('json')), 201))
  .openapi(createRoute({
    method: 'delete', path: '/policy/values/{id}', tags: ['policy'], summary: 'Withdraw a stored version; the region inherits again, the version stays in the history',
    request: { params: policyVersionIdParam },
    responses: { 200: jsonContent(policyVersionSchema, 'The withdrawn version'), ...problemResponses },
  }), async (c) => c.json(await withdrawPolicyValue(c.get('ctx'), c.get('actor'), c.req.valid('param').id), 200))
  .openapi(createRoute({
    method: 'get', path: '/policy/history', tags: ['policy'], summary: 'Every version a region set, newest first, replaced ones included',
    request: { query: policyHistoryQuery },
    responses: { 200: jsonContent(z.array(policyVersionSchema), 'Versions'), ...problemResponses },
  }), async (c) => {
    const { regionCode, parameter } = c.req.valid('query');
    return c.json(await listPolicyHistory(c.get('ctx'), c.get('actor'), regionCode, parameter), 200);
  });
