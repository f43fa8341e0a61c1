import { createRoute, z } from '@hono/zod-openapi';
import { createFeatureApp, jsonBody, jsonContent, problemResponses } from '../../http/openapi.ts';
import { userIdParam } from '../users/users.schemas.ts';
import { apiTokenSchema, createApiTokenBody, newApiTokenSchema } from './auth.schemas.ts';
import { createApiToken, listApiTokens, revokeApiToken } from './api-tokens.service.ts';

const tags = ['tokens'];
const tokenIdParam = z.object({ tokenId: z.string().min(1).max(64).openapi({ param: { name: 'tokenId', in: 'path' } }) });

export const apiTokensApp = createFeatureApp()
  .openapi(createRoute({
    method: 'post', path: '/users/{id}/tokens', tags, summary: 'Issue an API token for a machine client (the secret is shown once)',
    request: { params: userIdParam, ...jsonBody(createApiTokenBody) },
    responses: { 201: jsonContent(newApiTokenSchema, 'The token, with its secret'), ...problemResponses },
  }), async (c) => c.json(await createApiToken(c.get('ctx'), c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 201))
  .openapi(createRoute({
    method: 'get', path: '/users/{id}/tokens', tags, summary: 'A user\'s API tokens (without secrets)',
    request: { params: userIdParam },
    responses: { 200: jsonContent(z.array(apiTokenSchema), 'The tokens, newest first'), ...problemResponses },
  }), async (c) => c.json(await listApiTokens(c.get('ctx'), c.get('actor'), c.req.valid('param').id), 200))
  .openapi(createRoute({
    method: 'delete', path: '/tokens/{tokenId}', tags, summary: 'Revoke an API token',
    request: { params: tokenIdParam },
    responses: { 200: jsonContent(apiTokenSchema, 'The revoked token'), ...problemResponses },
  }), async (c) => c.json(await revokeApiToken(c.get('ctx'), c.get('actor'), c.req.valid('param').tokenId), 200));
