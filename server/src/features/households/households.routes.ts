import { createRoute } from '@hono/zod-openapi';
import { createFeatureApp, jsonBody, jsonContent, problemResponses } from '../../http/openapi.ts';
import { rowKeyIdParam, revealRequestSchema } from './code-schemas.ts';
import { historyPageSchema, historyQuerySchema, rollPageSchema, rollQuerySchema } from './household-history.schemas.ts';
import { getHouseholdHistory } from './household-history.service.ts';
import { revealBankAccount } from './household-reveal.service.ts';
import { listRollAsOf } from './household-roll.service.ts';
import { householdPageSchema, householdSearchQuerySchema } from './household-search.schemas.ts';
import { listHouseholds } from './household-search.service.ts';
import { updateHousehold } from './household-update.service.ts';
import { householdCreateSchema, householdPatchSchema, householdSchema, revealedBankAccountSchema } from './households.schemas.ts';
import { getHousehold, registerHousehold } from './households.service.ts';

const tags = ['households'];

// /households/roll is declared before /households/{id} so that "roll" is never taken for an id.
export const householdsApp = createFeatureApp()
  .openapi(createRoute({
    method: 'get', path: '/households/roll', tags, summary: 'The roll as it stood at the end of a past date',
    request: { query: rollQuerySchema },
    responses: { 200: jsonContent(rollPageSchema, 'Households registered by then, with their values at that moment'), ...problemResponses },
  }), async (c) => c.json(await listRollAsOf(c.get('ctx'), c.get('actor'), c.req.valid('query')), 200))
  .openapi(createRoute({
    method: 'get', path: '/households', tags, summary: 'List and search households in your region',
    request: { query: householdSearchQuerySchema },
    responses: { 200: jsonContent(householdPageSchema, 'One page of matching households'), ...problemResponses },
  }), async (c) => c.json(await listHouseholds(c.get('ctx'), c.get('actor'), c.req.valid('query')), 200))
  .openapi(createRoute({
    method: 'post', path: '/households', tags, summary: 'Register a household with its members',
    request: jsonBody(householdCreateSchema),
    responses: { 201: jsonContent(householdSchema, 'The registered household'), ...problemResponses },
  }), async (c) => c.json(await registerHousehold(c.get('ctx'), c.get('actor'), c.req.valid('json')), 201))
  .openapi(createRoute({
    method: 'get', path: '/households/{id}', tags, summary: 'A household with its current members (personal data masked)',
    request: { params: rowKeyIdParam },
    responses: { 200: jsonContent(householdSchema, 'The household'), ...problemResponses },
  }), async (c) => c.json(await getHousehold(c.get('ctx'), c.get('actor'), c.req.valid('param').id), 200))
  .openapi(createRoute({
    method: 'patch', path: '/households/{id}', tags, summary: 'Change a household (send the version you read)',
    request: { params: rowKeyIdParam, ...jsonBody(householdPatchSchema) },
    responses: { 200: jsonContent(householdSchema, 'The household after the change'), ...problemResponses },
  }), async (c) => c.json(await updateHousehold(c.get('ctx'), c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200))
  .openapi(createRoute({
    method: 'get', path: '/households/{id}/history', tags, summary: 'Who changed what in a household, and when',
    request: { params: rowKeyIdParam, query: historyQuerySchema },
    responses: { 200: jsonContent(historyPageSchema, 'Changes, newest first'), ...problemResponses },
  }), async (c) => c.json(await getHouseholdHistory(c.get('ctx'), c.get('actor'), c.req.valid('param').id, c.req.valid('query')), 200))
  .openapi(createRoute({
    method: 'post', path: '/households/{id}/reveal-bank-account', tags, summary: 'Show the bank account in plain text (audited, with a reason)',
    request: { params: rowKeyIdParam, ...jsonBody(revealRequestSchema) },
    responses: { 200: jsonContent(revealedBankAccountSchema, 'The bank account'), ...problemResponses },
  }), async (c) => c.json(await revealBankAccount(c.get('ctx'), c.get('actor'), c.req.valid('param').id, c.req.valid('json').reason), 200));
