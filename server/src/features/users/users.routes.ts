import { createRoute } from '@hono/zod-openapi';
import { createFeatureApp, jsonBody, jsonContent, problemResponses } from '../../http/openapi.ts';
import { disableUser, enableUser, resetUserPassword, unlockUser } from './user-status.service.ts';
import { createUserBody, updateUserBody, userIdParam, userListQuery, userPageSchema, userSchema, userWithPasswordSchema } from './users.schemas.ts';
import { createUser, getUser, listUsers, updateUser } from './users.service.ts';

const tags = ['users'];

/** disable / enable / unlock share one shape: POST /users/{id}/<action>, answering the user. */
function statusRoute(action: 'disable' | 'enable' | 'unlock', summary: string) {
  return createRoute({
    method: 'post', path: `/users/{id}/${action}`, tags, summary,
    request: { params: userIdParam },
    responses: { 200: jsonContent(userSchema, 'The user after the change'), ...problemResponses },
  });
}

export const usersApp = createFeatureApp()
  .openapi(createRoute({
    method: 'get', path: '/users', tags, summary: 'Users in your region subtree (administrators)',
    request: { query: userListQuery },
    responses: { 200: jsonContent(userPageSchema, 'A page of users'), ...problemResponses },
  }), async (c) => c.json(await listUsers(c.get('ctx'), c.get('actor'), c.req.valid('query')), 200))
  .openapi(createRoute({
    method: 'post', path: '/users', tags, summary: 'Create a user in your region subtree',
    description: 'Without a password a temporary one is generated, returned once, and must be changed at first sign-in.',
    request: jsonBody(createUserBody),
    responses: { 201: jsonContent(userWithPasswordSchema, 'The new user'), ...problemResponses },
  }), async (c) => c.json(await createUser(c.get('ctx'), c.get('actor'), c.req.valid('json')), 201))
  .openapi(createRoute({
    method: 'get', path: '/users/{id}', tags, summary: 'A user',
    request: { params: userIdParam },
    responses: { 200: jsonContent(userSchema, 'The user'), ...problemResponses },
  }), async (c) => c.json(await getUser(c.get('ctx'), c.get('actor'), c.req.valid('param').id), 200))
  .openapi(createRoute({
    method: 'patch', path: '/users/{id}', tags, summary: 'Change a user\'s name, role, region or department',
    request: { params: userIdParam, ...jsonBody(updateUserBody) },
    responses: { 200: jsonContent(userSchema, 'The user after the change'), ...problemResponses },
  }), async (c) => c.json(await updateUser(c.get('ctx'), c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200))
  .openapi(statusRoute('disable', 'Disable an account (ends its sessions; its API tokens stop working)'),
    async (c) => c.json(await disableUser(c.get('ctx'), c.get('actor'), c.req.valid('param').id), 200))
  .openapi(statusRoute('enable', 'Enable a disabled account'),
    async (c) => c.json(await enableUser(c.get('ctx'), c.get('actor'), c.req.valid('param').id), 200))
  .openapi(statusRoute('unlock', 'Lift a lockout after failed sign-ins'),
    async (c) => c.json(await unlockUser(c.get('ctx'), c.get('actor'), c.req.valid('param').id), 200))
  .openapi(createRoute({
    method: 'post', path: '/users/{id}/reset-password', tags, summary: 'Give a user a temporary password (returned once)',
    request: { params: userIdParam },
    responses: { 200: jsonContent(userWithPasswordSchema, 'The user and the temporary password'), ...problemResponses },
  }), async (c) => c.json(await resetUserPassword(c.get('ctx'), c.get('actor'), c.req.valid('param').id), 200));
