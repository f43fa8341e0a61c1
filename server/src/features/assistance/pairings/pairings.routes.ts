import { createRoute, z } from '@hono/zod-openapi';
import { createFeatureApp, jsonBody, jsonContent, problemResponses } from '../../../http/openapi.ts';
import { pairingEndSchema, pairingIdParam, pairingInputSchema, pairingListQuerySchema, pairingSchema } from './pairings.schemas.ts';
import { createPairing, endPairing, listPairings } from './pairings.service.ts';

export const pairingsApp = createFeatureApp()
  .openapi(createRoute({
    method: 'get', path: '/pairings', tags: ['cadres'], summary: 'Pairings of cadres and households in your region',
    request: { query: pairingListQuerySchema },
    responses: { 200: jsonContent(z.array(pairingSchema), 'Pairings'), ...problemResponses },
  }), async (c) => c.json(await listPairings(c.get('ctx'), c.get('actor'), c.req.valid('query')), 200))
  .openapi(createRoute({
    method: 'post', path: '/pairings', tags: ['cadres'], summary: 'Pair a cadre with a household (refused above the cadre\'s maximum load)',
    request: jsonBody(pairingInputSchema),
    responses: { 201: jsonContent(pairingSchema, 'The pairing'), ...problemResponses },
  }), async (c) => c.json(await createPairing(c.get('ctx'), c.get('actor'), c.req.valid('json')), 201))
  .openapi(createRoute({
    method: 'post', path: '/pairings/{pairingId}/end', tags: ['cadres'], summary: 'End a pairing on a date (a household\'s exit alone does not end it)',
    request: { params: pairingIdParam, ...jsonBody(pairingEndSchema) },
    responses: { 200: jsonContent(pairingSchema, 'The pairing'), ...problemResponses },
  }), async (c) => c.json(await endPairing(c.get('ctx'), c.get('actor'), c.req.valid('param').pairingId, c.req.valid('json').endDate), 200));
