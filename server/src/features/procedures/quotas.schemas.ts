import { z } from '@hono/zod-openapi';
import { yearSchema } from '../households/code-schemas.ts';
import { regionCodeSchema } from '../regions/regions.schemas.ts';

export const quotaQuerySchema = z.object({
  year: z.coerce.number().int().min(2013).max(2100),
  regionCode: regionCodeSchema.optional(),
});

export const quotaParams = z.object({
  villageCode: regionCodeSchema.openapi({ param: { name: 'villageCode', in: 'path' }, example: '150602101201' }),
  year: z.coerce.number().int().min(2013).max(2100).openapi({ param: { name: 'year', in: 'path' }, example: 2024 }),
});

export const quotaInputSchema = z.object({
  quota: z.number().int().min(0).max(100_000).openapi({ description: 'Households the village may register this year (规模分解)' }),
}).openapi('VillageQuotaInput');

export const villageQuotaSchema = z.object({
  villageCode: z.string(),
  villageName: z.string(),
  year: yearSchema,
  quota: z.number().int().nullable(),
  registered: z.number().int(),
  inProgress: z.number().int(),
  rejected: z.number().int(),
  remaining: z.number().int().nullable(),
  isReached: z.boolean(),
  setByName: z.string().nullable(),
  setAt: z.string().nullable(),
}).openapi('VillageQuota');
export type VillageQuotaView = z.infer<typeof villageQuotaSchema>;
