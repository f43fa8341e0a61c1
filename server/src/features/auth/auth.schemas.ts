import { z } from '@hono/zod-openapi';
import { problemSchema } from '../../http/problem.ts';
import { userProfileSchema } from '../users/users.schemas.ts';

export const loginBody = z.object({
  username: z.string().min(1).max(64).openapi({ example: 'admin' }),
  password: z.string().min(1).max(200),
}).openapi('LoginRequest');

export const loginResponseSchema = z.object({
  user: userProfileSchema,
  csrfToken: z.string().openapi({ description: 'Send in the x-csrf-token header on every state-changing request (also set as the fupin_csrf cookie)' }),
}).openapi('LoginResponse');

export const currentUserSchema = userProfileSchema.extend({
  permissions: z.array(z.string()).openapi({ example: ['registry:read', 'registry:write'] }),
}).openapi('CurrentUser');

export const passwordChangeBody = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(1).max(200),
}).openapi('PasswordChange');

export const okSchema = z.object({ ok: z.literal(true) }).openapi('Ok');

export const apiTokenSchema = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
}).openapi('ApiToken');

export const newApiTokenSchema = apiTokenSchema.extend({
  token: z.string().openapi({ description: 'The secret, shown only in this answer: send as Authorization: Bearer <token>' }),
}).openapi('NewApiToken');

export const createApiTokenBody = z.object({
  name: z.string().trim().min(1).max(100).openapi({ example: '民政局低保数据接口' }),
  expiresInDays: z.number().int().min(1).max(3650).optional(),
}).openapi('ApiTokenRequest');

const problem = (description: string) => ({ content: { 'application/problem+json': { schema: problemSchema } }, description });

/** Sign-in answers beyond the common ones. */
export const signInProblems = {
  423: problem('The account is locked after repeated failed sign-ins'),
  429: problem('Too many failed sign-ins from this address (see Retry-After)'),
} as const;
