import { z } from '@hono/zod-openapi';
import { departments, roles } from '@fupin/core';
import { regionCodeSchema } from '../regions/regions.schemas.ts';

export const roleSchema = z.enum(roles.codes).openapi({ example: 'villageCadre' });
export const departmentSchema = z.enum(departments.codes).openapi({ example: 'civilAffairs' });

export const userProfileSchema = z.object({
  id: z.string(),
  username: z.string().openapi({ example: 'wangfang' }),
  displayName: z.string().openapi({ example: '王芳' }),
  role: roleSchema,
  regionCode: z.string().openapi({ example: '150602101' }),
  regionName: z.string().nullable().openapi({ example: '罕台镇' }),
  department: departmentSchema.nullable(),
  mustChangePassword: z.boolean(),
}).openapi('UserProfile');

export const userSchema = userProfileSchema.extend({
  isDisabled: z.boolean(),
  isLocked: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).openapi('User');

export const userIdParam = z.object({ id: z.string().min(1).max(64).openapi({ param: { name: 'id', in: 'path' } }) });

export const userListQuery = z.object({
  role: roleSchema.optional(),
  regionCode: regionCodeSchema.optional(),
  q: z.string().max(50).optional().openapi({ description: 'Part of a username or display name' }),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const userPageSchema = z.object({
  items: z.array(userSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
}).openapi('UserPage');

const displayNameSchema = z.string().trim().min(1).max(50);

export const createUserBody = z.object({
  username: z.string().min(2).max(64).openapi({ example: 'wangfang' }),
  displayName: displayNameSchema.optional(),
  role: roleSchema,
  regionCode: regionCodeSchema,
  department: departmentSchema.nullable().optional(),
  password: z.string().max(200).optional().openapi({ description: 'Leave out to have a temporary password generated' }),
}).openapi('NewUser');

export const updateUserBody = z.object({
  displayName: displayNameSchema.optional(),
  role: roleSchema.optional(),
  regionCode: regionCodeSchema.optional(),
  department: departmentSchema.nullable().optional(),
}).openapi('UserUpdate');

/** The generated password appears here once and is never shown again. */
export const userWithPasswordSchema = z.object({
  user: userSchema,
  generatedPassword: z.string().optional(),
}).openapi('UserWithPassword');
