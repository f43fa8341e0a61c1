import { z } from '@hono/zod-openapi';
import { regionCodeSchema } from '../regions/regions.schemas.ts';

export const policyRegionSchema = z.string().regex(/^(\d{2}(\d{2}(\d{2})?)?)?$/, 'a policy region is national (empty), a province, a city or a county (2, 4 or 6 digits)');
const yearSchema = z.coerce.number().int().min(2000).max(2100);

const cellSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const policyValueSchema = z.union([z.number(), z.boolean(), z.array(z.record(z.string(), cellSchema))]).openapi('PolicyValue', {
  description: 'Money in integer fen, rates as fractions (0.02 = 2 %), integers, flags, or table rows',
});

export const tableColumnSchema = z.object({
  name: z.string(), kind: z.enum(['money', 'rate', 'integer', 'boolean', 'text']), zh: z.string(), en: z.string(),
  nullable: z.boolean(), options: z.array(z.string()).nullable(),
}).openapi('PolicyTableColumn');

export const policyParameterSchema = z.object({
  key: z.string(), kind: z.enum(['money', 'rate', 'integer', 'boolean', 'table']), unit: z.string(), group: z.string(),
  zh: z.string(), en: z.string(), min: z.number().nullable(), max: z.number().nullable(), columns: z.array(tableColumnSchema).nullable(),
}).openapi('PolicyParameter');

export const policyOriginSchema = z.object({
  regionCode: z.string().openapi({ description: "'' is national" }),
  regionName: z.string().nullable(),
  layer: z.enum(['default', 'stored']),
  id: z.string().nullable().openapi({ description: 'The stored version, when the value was set by a region' }),
}).openapi('PolicyOrigin');

export const policyInForceItemSchema = policyParameterSchema.pick({ key: true, kind: true, unit: true, group: true, zh: true, en: true }).extend({
  value: policyValueSchema.nullable(),
  origin: policyOriginSchema.nullable(),
  validFrom: z.number().int().nullable(),
  validTo: z.number().int().nullable(),
  source: z.string().nullable(),
}).openapi('PolicyInForceItem');

export const policyInForceSchema = z.object({
  regionCode: z.string(),
  regionName: z.string().nullable(),
  year: z.number().int(),
  defaultsVersion: z.string(),
  values: z.array(policyInForceItemSchema),
}).openapi('PolicyInForce');

export const policyVersionSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  parameter: z.string(),
  validFrom: z.number().int(),
  validTo: z.number().int().nullable(),
  value: policyValueSchema,
  source: z.string(),
  recordedByName: z.string(),
  recordedAt: z.string(),
  supersededAt: z.string().nullable(),
  supersededByName: z.string().nullable(),
}).openapi('PolicyVersion');

export const policyValueInputSchema = z.object({
  regionCode: policyRegionSchema,
  parameter: z.string().min(1).max(100),
  validFrom: z.number().int(),
  validTo: z.number().int().nullable().default(null),
  value: z.unknown().openapi({ description: 'Checked against the parameter\'s kind (see GET /policy/parameters)' }),
  source: z.string().trim().min(1, 'say which document the value comes from').max(500),
}).openapi('PolicyValueInput');

export type PolicyValueInput = z.infer<typeof policyValueInputSchema>;

export const policyInForceQuery = z.object({
  regionCode: regionCodeSchema.openapi({ param: { name: 'regionCode', in: 'query' }, example: '150602' }),
  year: yearSchema.openapi({ param: { name: 'year', in: 'query' }, example: 2023 }),
});

export const policyHistoryQuery = z.object({
  regionCode: policyRegionSchema.openapi({ param: { name: 'regionCode', in: 'query' }, example: '150602' }),
  parameter: z.string().min(1).optional().openapi({ param: { name: 'parameter', in: 'query' } }),
});

export const policyVersionIdParam = z.object({ id: z.string().min(1).openapi({ param: { name: 'id', in: 'path' } }) });
