import { z } from '@hono/zod-openapi';
import { regionCodeSchema } from '../regions/regions.schemas.ts';

export const indicatorsQuery = z.object({
  regionCode: regionCodeSchema.openapi({ param: { name: 'regionCode', in: 'query' }, example: '150602' }),
  year: z.coerce.number().int().min(2013).max(2100).openapi({ param: { name: 'year', in: 'query' }, example: 2020 }),
  line: z.coerce.number().int().min(1).max(100_000_000).optional().openapi({ param: { name: 'line', in: 'query' }, description: 'Line in fen per person and year; default: the line (to 2020) or monitoring threshold of the year in force for the region' }),
});

const fgtSchema = z.object({
  line: z.number(), population: z.number(), poorPopulation: z.number(), headcount: z.number(), gap: z.number(), squaredGap: z.number(),
}).openapi('FgtResult');

const incidenceRowSchema = z.object({
  code: z.string(), name: z.string().nullable(), households: z.number().int(), people: z.number().int(), poorPeople: z.number().int(), incidence: z.number(),
}).openapi('IncidenceRow');

export const indicatorsSchema = z.object({
  regionCode: z.string(), regionName: z.string().nullable(), year: z.number().int(),
  line: z.object({ amount: z.number().int(), parameter: z.string().nullable(), originRegionCode: z.string().nullable() }),
  fgt: fgtSchema,
  incidence: z.object({ households: z.number().int(), people: z.number().int(), poorPeople: z.number().int(), incidence: z.number() }),
  children: z.array(incidenceRowSchema),
}).openapi('Indicators');

export const afIndicatorSchema = z.object({ key: z.string(), dimension: z.string(), zh: z.string(), en: z.string(), weight: z.number() }).openapi('AfIndicatorOption');
export const afCatalogueSchema = z.object({ indicators: z.array(afIndicatorSchema), k: z.number() }).openapi('AfCatalogue');

export const multidimensionalInputSchema = z.object({
  regionCode: regionCodeSchema,
  year: z.number().int().min(2013).max(2100),
  line: z.number().int().min(1).optional(),
  k: z.number().gt(0).max(1),
  indicators: z.array(z.object({ key: z.string().min(1), weight: z.number().gt(0).max(1) })).min(1).max(20),
}).openapi('MultidimensionalInput');

export const multidimensionalResultSchema = z.object({
  regionCode: z.string(), year: z.number().int(), line: z.number().int(),
  result: z.object({
    k: z.number(), population: z.number(), poorPopulation: z.number(), headcount: z.number(), intensity: z.number(), adjustedHeadcount: z.number(),
    indicators: z.array(z.object({ key: z.string(), dimension: z.string(), weight: z.number(), uncensoredHeadcount: z.number(), censoredHeadcount: z.number(), contribution: z.number() })),
    dimensions: z.array(z.object({ dimension: z.string(), contribution: z.number() })),
  }),
}).openapi('MultidimensionalResult');
