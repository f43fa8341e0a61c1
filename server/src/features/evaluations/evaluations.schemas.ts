import { z } from '@hono/zod-openapi';
import { policyValueSchema } from '../policy/policy.schemas.ts';
import { regionCodeSchema } from '../regions/regions.schemas.ts';
import { rowKeySchema, rowKeyText } from '../households/code-schemas.ts';

const textSchema = z.object({ zh: z.string(), en: z.string() }).openapi('BilingualText');
const dataValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const decisionReasonSchema = z.object({
  rule: z.string(),
  outcome: z.enum(['pass', 'fail', 'info', 'missing']),
  comparison: z.object({
    actual: z.number(), operator: z.enum(['<', '<=', '>', '>=', '=']), threshold: z.number(),
    unit: z.enum(['fen', 'ratio', 'people', 'households', 'count', 'year']), holds: z.boolean(),
  }).optional(),
  data: z.record(z.string(), dataValue),
  dates: z.record(z.string(), z.union([z.string(), z.number()])),
  policy: z.array(z.object({
    parameter: z.string(), value: policyValueSchema, regionCode: z.string(), validFrom: z.number(), validTo: z.number().nullable(), source: z.string(),
  })),
  text: textSchema,
}).openapi('DecisionReason');

export const decisionSchema = z.object({
  subject: z.string(), outcome: z.string(), year: z.number().int(), reasons: z.array(decisionReasonSchema), text: textSchema,
}).openapi('Decision');

export const entitlementSchema = z.object({
  benefit: z.enum(['educationAid', 'universityEntrantGrant', 'universityAid', 'yuluProgramme', 'dibao', 'extremePovertySupport', 'exitReward', 'microloan']),
  memberId: rowKeySchema.nullable(), memberName: z.string().nullable(), amount: z.number().int(),
  kind: z.enum(['grant', 'allowance', 'loanEligibility']), reason: decisionReasonSchema,
}).openapi('Entitlement');

export const householdEvaluationSchema = z.object({
  householdId: rowKeySchema, villageCode: z.string(), year: z.number().int(),
  income: decisionSchema, basicNeeds: decisionSchema, exit: decisionSchema,
  entitlements: decisionSchema.extend({ benefits: z.array(entitlementSchema), totalAmount: z.number().int() }),
  defaultsVersion: z.string(), evaluatedAt: z.string(),
}).openapi('HouseholdEvaluation');

const countsSchema = z.object({ households: z.number().int(), people: z.number().int(), poorHouseholds: z.number().int(), poorPeople: z.number().int() }).openapi('PeopleCount');

export const villageEvaluationSchema = z.object({
  villageCode: z.string(), villageName: z.string(), year: z.number().int(), counts: countsSchema, incomePerCapita: z.number().int().nullable(),
  exit: decisionSchema, poorVillage: decisionSchema,
}).openapi('VillageEvaluation');

export const samplingSchema = z.object({
  wrongExitPeople: z.number().int().min(0), missedPeople: z.number().int().min(0),
  wrongExitRate: z.number().min(0).max(1).nullable(), missedRate: z.number().min(0).max(1).nullable(), approvalRate: z.number().min(0).max(1).nullable(),
}).openapi('SamplingFindings', { description: 'Computed from the findings of a sampling exercise; a rate is null while nothing it counts was checked' });

const samplingExerciseUsedSchema = z.object({
  id: z.string(), regionCode: z.string(), year: z.number().int(), seed: z.string(), drawnAt: z.string(), drawnByName: z.string(),
  sampled: z.number().int(), recorded: z.number().int(),
}).openapi('SamplingExerciseUsed');

export const countyEvaluationSchema = z.object({
  countyCode: z.string(), countyName: z.string(), year: z.number().int(), counts: countsSchema,
  sampling: samplingSchema.nullable(), samplingExercise: samplingExerciseUsedSchema.nullable(), exit: decisionSchema,
}).openapi('CountyEvaluation');

const yearQuery = z.coerce.number().int().min(2013).max(2100).openapi({ param: { name: 'year', in: 'query' }, example: 2020 });
export const householdEvaluationParams = z.object({ householdId: rowKeyText.openapi({ param: { name: 'householdId', in: 'path' } }) });
export const villageParams = z.object({ villageCode: regionCodeSchema.openapi({ param: { name: 'villageCode', in: 'path' }, example: '150602101201' }) });
export const countyParams = z.object({ countyCode: regionCodeSchema.openapi({ param: { name: 'countyCode', in: 'path' }, example: '150602' }) });
export const yearOnlyQuery = z.object({ year: yearQuery });
export const villageQuery = z.object({
  year: yearQuery,
  collectiveIncome: z.coerce.number().int().min(0).optional().openapi({ param: { name: 'collectiveIncome', in: 'query' }, description: 'Collective economy income of the year, fen' }),
});
const samplingExerciseIdSchema = z.string().min(1).max(64)
  .openapi({ description: 'The recorded sampling exercise of this county and year whose findings give the three rates and one degree' });
export const countyQuery = z.object({
  year: yearQuery,
  samplingExerciseId: samplingExerciseIdSchema.optional().openapi({ param: { name: 'samplingExerciseId', in: 'query' } }),
});

export const exitReportInputSchema = z.object({
  level: z.enum(['village', 'county']),
  regionCode: regionCodeSchema,
  year: z.number().int().min(2013).max(2100),
  samplingExerciseId: samplingExerciseIdSchema.nullable().optional(),
  infrastructure: z.array(z.object({ item: z.string().trim().min(1).max(100), passed: z.boolean() })).max(30).optional(),
  note: z.string().max(2000).nullable().optional(),
}).openapi('ExitReportInput');

export const exitReportSchema = z.object({
  id: z.string(), level: z.enum(['village', 'county']), regionCode: z.string(), year: z.number().int(), outcome: z.string(),
  decision: decisionSchema, evidence: z.record(z.string(), z.unknown()), note: z.string().nullable(), recordedByName: z.string(), recordedAt: z.string(),
}).openapi('ExitReport');

export const exitReportListQuery = z.object({
  regionCode: regionCodeSchema.openapi({ param: { name: 'regionCode', in: 'query' }, example: '150602' }),
  level: z.enum(['village', 'county']).optional().openapi({ param: { name: 'level', in: 'query' } }),
});
export const exitReportIdParams = z.object({ id: z.string().min(1).openapi({ param: { name: 'id', in: 'path' } }) });
