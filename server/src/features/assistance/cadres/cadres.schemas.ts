import { z } from '@hono/zod-openapi';
import { cadreLevels } from '@fupin/core';
import { codeEnum } from '../../households/code-schemas.ts';

const regionCode = z.string().regex(/^\d{2}(\d{2}(\d{2}(\d{3}(\d{3})?)?)?)?$/, 'expected a region code');

export const cadreInputSchema = z.object({
  name: z.string().trim().min(1).max(50),
  unit: z.string().trim().min(1).max(100).openapi({ description: 'Work unit (派出单位)' }),
  level: codeEnum(cadreLevels),
  position: z.string().trim().max(100).nullable().default(null),
  phone: z.string().trim().regex(/^[0-9+\- ]{5,20}$/, 'expected a phone number').nullable().default(null),
  regionCode: regionCode.openapi({ description: 'The region the cadre serves (village, township or county)' }),
  userId: z.string().max(64).nullable().default(null).openapi({ description: 'The user account the cadre signs in with, for "my households"' }),
}).openapi('CadreInput');

export type CadreInput = z.infer<typeof cadreInputSchema>;

export const cadreSchema = z.object({
  id: z.string(),
  name: z.string(),
  unit: z.string(),
  level: z.string(),
  position: z.string().nullable(),
  phone: z.string().nullable(),
  regionCode: z.string(),
  userId: z.string().nullable(),
  username: z.string().nullable(),
  load: z.number().int().openapi({ description: 'Households paired with the cadre today' }),
  maxLoad: z.number().int().openapi({ description: 'The configured maximum for the cadre\'s region' }),
}).openapi('Cadre');

export type CadreView = z.infer<typeof cadreSchema>;

export const cadreListQuerySchema = z.object({
  regionCode: regionCode.optional(),
  q: z.string().trim().max(50).optional().openapi({ description: 'Part of the name or unit' }),
});

export const cadreIdParam = z.object({
  cadreId: z.string().min(1).max(64).openapi({ param: { name: 'cadreId', in: 'path' } }),
});
