import { z } from '@hono/zod-openapi';

export const regionCodeSchema = z.string().regex(/^\d{2}(\d{2}(\d{2}(\d{3}(\d{3})?)?)?)?$/, 'a region code has 2, 4, 6, 9 or 12 digits');

export const regionSchema = z.object({
  code: z.string().openapi({ example: '150602' }),
  name: z.string().openapi({ example: '东胜区' }),
  level: z.enum(['province', 'city', 'county', 'township', 'village']),
  parentCode: z.string().nullable(),
}).openapi('Region');

export const regionNodeSchema = regionSchema.extend({ hasChildren: z.boolean() }).openapi('RegionNode');

export const regionDetailSchema = regionSchema.extend({ path: z.array(regionSchema) }).openapi('RegionDetail');
