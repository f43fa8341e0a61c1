import { z } from '@hono/zod-openapi';
import { samplingStrata } from '@fupin/core';
import { codeEnum, rowKeySchema, rowKeyText, yearSchema } from '../households/code-schemas.ts';
import { regionCodeSchema } from '../regions/regions.schemas.ts';

const ratio = z.number().min(0).max(100);
const percent = z.number().min(0).max(100);

export const samplingInputSchema = z.object({
  regionCode: regionCodeSchema.openapi({ description: 'The region sampled (usually a county)', example: '150602' }),
  year: yearSchema,
  sampleSize: z.number().int().min(1).max(10_000),
  seed: z.string().trim().min(1).max(100).optional().openapi({ description: 'The same seed over the same registry draws the same households; one is made up when left out' }),
  ratios: z.object({ exitedWithLabour: ratio, nonRegistered: ratio, exitedWithoutLabour: ratio })
    .default({ exitedWithLabour: 5, nonRegistered: 3, exitedWithoutLabour: 2 })
    .refine((r) => r.exitedWithLabour + r.nonRegistered + r.exitedWithoutLabour > 0, 'at least one ratio must be above 0')
    .openapi({ description: 'Stratum ratios, 5:3:2 by the assessment rules' }),
  thresholds: z.object({ wrongExitRate: percent, missedRate: percent, approvalRate: percent, compositeIncidence: percent })
    .default({ wrongExitRate: 2, missedRate: 2, approvalRate: 90, compositeIncidence: 2 })
    .openapi({ description: 'In percent: wrong exits and missed below, approval at least, incidence below (3 in western provinces)' }),
}).openapi('SamplingExerciseInput');
export type SamplingInput = z.infer<typeof samplingInputSchema>;

export const findingInputSchema = z.object({
  isWronglyExited: z.boolean().nullable().default(null).openapi({ description: 'For exited households only' }),
  isMissed: z.boolean().nullable().default(null).openapi({ description: 'For non-registered households only' }),
  approves: z.boolean().nullable().default(null),
  note: z.string().trim().max(500).nullable().default(null),
}).openapi('SampleFindingInput');
export type FindingInput = z.infer<typeof findingInputSchema>;

export const exerciseIdParam = z.object({
  exerciseId: z.string().min(1).max(64).openapi({ param: { name: 'exerciseId', in: 'path' } }),
});
export const sampledHouseholdParam = exerciseIdParam.extend({
  householdId: rowKeyText.openapi({ param: { name: 'householdId', in: 'path' } }),
});

const rateSchema = z.object({
  numerator: z.number().int(),
  denominator: z.number().int(),
  percent: z.number().nullable(),
  threshold: z.number(),
  comparison: z.enum(['below', 'atLeast']),
  passes: z.boolean().nullable(),
  reason: z.string(),
}).openapi('QualityRate');

export const sampledHouseholdSchema = z.object({
  householdId: rowKeySchema,
  householdNo: z.string(),
  headName: z.string(),
  villageCode: z.string(),
  villageName: z.string().nullable(),
  stratum: codeEnum(samplingStrata),
  position: z.number().int(),
  memberCount: z.number().int(),
  isWronglyExited: z.boolean().nullable(),
  isMissed: z.boolean().nullable(),
  approves: z.boolean().nullable(),
  note: z.string().nullable(),
  recordedByName: z.string().nullable(),
  recordedAt: z.string().nullable(),
}).openapi('SampledHousehold');

export const exerciseSummarySchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  year: z.number().int(),
  seed: z.string(),
  sampleSize: z.number().int(),
  createdByName: z.string(),
  createdAt: z.string(),
}).openapi('SamplingExerciseSummary');

export const exerciseSchema = exerciseSummarySchema.extend({
  ratios: z.object({ exitedWithLabour: z.number(), nonRegistered: z.number(), exitedWithoutLabour: z.number() }),
  strata: z.array(z.object({ stratum: codeEnum(samplingStrata), ratio: z.number(), target: z.number().int(), available: z.number().int(), drawn: z.number().int() })),
  poorPeople: z.number().int(),
  population: z.number().int(),
  households: z.array(sampledHouseholdSchema),
  recorded: z.number().int().openapi({ description: 'Sampled households with a finding recorded' }),
  rates: z.object({ wrongExitRate: rateSchema, missedRate: rateSchema, compositeIncidence: rateSchema, approvalRate: rateSchema }),
  passes: z.boolean().nullable().openapi({ description: 'Any failing rate blocks exit; null while a rate is still undetermined' }),
  reasons: z.array(z.string()),
}).openapi('SamplingExercise');
export type ExerciseView = z.infer<typeof exerciseSchema>;
export type ExerciseSummary = z.infer<typeof exerciseSummarySchema>;
