import { z } from '@hono/zod-openapi';
import { regionCodeSchema, regionSchema } from '../regions/regions.schemas.ts';
import { rowKeySchema } from '../households/code-schemas.ts';

export const POPULATION_NOTE = 'Poverty incidence divides the people of households still poor (status poor or relapsed) by the '
  + 'people of all households registered in the region. Until population figures are kept per region, the registry\'s '
  + 'population stands in for the rural registered population, so the incidence is relative to the households on file.';

export const overviewQuerySchema = z.object({
  regionCode: regionCodeSchema.optional().openapi({ description: 'The region to describe (inside your own; default: your region). A region outside yours gives empty figures.', example: '150602' }),
  year: z.coerce.number().int().min(2013).max(2100).optional().openapi({ description: 'Income year (default: the latest year with incomes in the region)', example: 2020 }),
});

export type OverviewQuery = z.infer<typeof overviewQuerySchema>;

const count = z.number().int().min(0);
const ratio = z.number().nullable().openapi({ description: 'A ratio rounded to 4 decimals (0.0588 = 5.88 %); null when the population is 0' });

export const overviewRegionSchema = z.object({
  code: z.string(),
  name: z.string().nullable().openapi({ description: 'null for a region that is unknown or outside your region' }),
  level: regionSchema.shape.level.nullable(),
});

const statusCountSchema = z.object({ povertyStatus: z.string(), households: count, people: count });
const typeCountSchema = z.object({ householdType: z.string(), households: count, people: count });

export const incidenceSchema = z.object({
  households: count,
  people: count.openapi({ description: 'Living current members of the households (the denominator)' }),
  poorHouseholds: count.openapi({ description: 'Households in status poor or relapsed' }),
  poorPeople: count.openapi({ description: 'Living current members of those households (the numerator)' }),
  incidence: ratio,
});

export const childRegionSchema = incidenceSchema.extend({
  code: z.string(),
  name: z.string().nullable(),
}).openapi('OverviewChildRegion');

const causeCountSchema = z.object({
  povertyCause: z.string(),
  mainCause: count.openapi({ description: 'Households with this main cause' }),
  anyCause: count.openapi({ description: 'Households with this cause as main or other cause' }),
});

const incomeBucketSchema = z.object({
  key: z.enum(['upTo0.8', '0.8to1', '1to1.5', '1.5to2', 'over2']).openapi({ description: 'Per-capita net income relative to the yardstick: (lower, upper] times it' }),
  above: z.number().int().nullable().openapi({ description: 'Exclusive lower bound in fen (null: none)' }),
  upTo: z.number().int().nullable().openapi({ description: 'Inclusive upper bound in fen (null: none)' }),
  households: count,
});

const yardstickSchema = z.object({
  kind: z.enum(['povertyLine', 'monitoringThreshold']),
  amount: z.number().int().openapi({ description: 'Yearly amount per person, fen' }),
  sourceYear: z.number().int(),
});

export const incomeDistributionSchema = z.object({
  year: z.number().int().nullable().openapi({ description: 'null when no incomes are recorded in the region' }),
  yardstick: yardstickSchema.nullable().openapi({ description: 'The national poverty line (to 2020) or monitoring threshold (2021 on) of the year' }),
  households: count.openapi({ description: 'Households with an income recorded for the year' }),
  atOrBelowYardstick: count.openapi({ description: 'Of those, households whose per-capita net income is not above the yardstick' }),
  buckets: z.array(incomeBucketSchema),
});

const recentChangeSchema = z.object({
  seq: z.number().int(),
  changedAt: z.string(),
  actorId: z.string(),
  actorName: z.string(),
  householdId: rowKeySchema,
  householdNo: z.string().nullable(),
  entityType: z.string(),
  entityId: z.string(),
  action: z.string(),
  source: z.string(),
});

const recentHouseholdSchema = z.object({
  id: rowKeySchema,
  householdNo: z.string(),
  headName: z.string(),
  villageCode: z.string(),
  villageName: z.string().nullable(),
  memberCount: count,
  householdType: z.string(),
  povertyStatus: z.string(),
  createdAt: z.string(),
});

export const overviewSchema = z.object({
  region: overviewRegionSchema,
  totals: incidenceSchema,
  byStatus: z.array(statusCountSchema).openapi({ description: 'Every poverty status, in code-list order' }),
  byType: z.array(typeCountSchema).openapi({ description: 'Every household type, in code-list order' }),
  incidence: z.object({
    populationBasis: z.literal('registry'),
    note: z.string(),
    childLevel: regionSchema.shape.level.nullable().openapi({ description: 'Level of the regions listed (a village lists itself)' }),
    regions: z.array(childRegionSchema),
  }),
  causes: z.object({
    items: z.array(causeCountSchema).openapi({ description: 'Every poverty cause, in code-list order' }),
    householdsWithoutCause: count,
  }),
  incomes: incomeDistributionSchema,
  recentChanges: z.array(recentChangeSchema).openapi({ description: 'The 20 newest changes to households in the region' }),
  recentHouseholds: z.array(recentHouseholdSchema).openapi({ description: 'Up to 20 households registered in the last 90 days, newest first' }),
}).openapi('Overview');

export type Overview = z.infer<typeof overviewSchema>;
export type ChildRegion = z.infer<typeof childRegionSchema>;
export type IncomeDistribution = z.infer<typeof incomeDistributionSchema>;
export type IncomeBucketKey = z.infer<typeof incomeBucketSchema>['key'];
