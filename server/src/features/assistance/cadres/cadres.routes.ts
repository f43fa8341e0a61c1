import { createRoute, z } from '@hono/zod-openapi';
import { createFeatureApp, jsonBody, jsonContent, problemResponses } from '../../../http/openapi.ts';
import { cadreIdParam, cadreInputSchema, cadreListQuerySchema, cadreSchema } from './cadres.schemas.ts';
import { changeCadre, createCadre, getCadre, getMyCadre, listCadres } from './cadres.service.ts';

export const cadresApp = createFeatureApp()
  .openapi(createRoute({
    method: 'get', path: '/cadres', tags: ['cadres'], summary: 'Cadres serving in your region, with their pairing load',
    request: { query: cadreListQuerySchema },
    responses: { 200: jsonContent(z.array(cadreSchema), 'Cadres'), ...problemResponses },
  }), async (c) => c.json(await listCadres(c.get('ctx'), c.get('actor'), c.req.valid('query')), 200))
  .openapi(createRoute({
    method: 'get', path: '/cadres/me', tags: ['cadres'], summary: 'The cadre your account is linked to',
    responses: { 200: jsonContent(cadreSchema, 'Cadre'), ...problemResponses },
  }), async (c) => c.json(await getMyCadre(c.get('ctx'), c.get('actor')), 200))
  .openapi(createRoute({
    method: 'post', path: '/cadres', tags: ['cadres'], summary: 'Add a cadre (cadres:manage)',
    request: jsonBody(cadreInputSchema),
    responses: { 201: jsonContent(cadreSchema, 'The cadre'), ...problemResponses },
  }), async (c) => c.json(await createCadre(c.get('ctx'), c.get('actor'), c.req.valid('json')), 201))
  .openapi(createRoute({
    method: 'get', path: '/cadres/{cadreId}', tags: ['cadres'], summary: 'A cadre',
    request: { params: cadreIdParam },
    responses: { 200: jsonContent(cadreSchema, 'Cadre'), ...problemResponses },
  }), async (c) => c.json(await getCadre(c.get('ctx'), c.get('actor'), c.req.valid('param').cadreId), 200))
  .openapi(createRoute({
    method: 'put', path: '/cadres/{cadreId}', tags: ['cadres'], summary: 'Change a cadre (cadres:manage)',
    request: { params: cadreIdParam, ...jsonBody(cadreInputSchema) },
    responses: { 200: jsonContent(cadreSchema, 'The cadre'), ...problemResponses },
  }), async (c) => c.json(await changeCadre(c.get('ctx'), c.get('actor'), c.req.valid('param').cadreId, c.req.valid('json')), 200));
