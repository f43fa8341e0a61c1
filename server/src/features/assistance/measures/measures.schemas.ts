import { z } from '@hono/zod-openapi';
import { measureFundingSources, measureProviderKinds, measureStatuses, measureTypes } from '@fupin/core';
import { codeEnum, isoDateSchema, rowKeySchema, rowKeyText } from '../../households/code-schemas.ts';
import { fenSchema } from '../../incomes/incomes.schemas.ts';

export const measureInputSchema = z.object({
  measureType: codeEnum(measureTypes),
  memberId: rowKeySchema.nullable().default(null).openapi({ description: 'The member it is given to (required for per-person types)' }),
  startDate: isoDateSchema.openapi({ description: 'Date of a one-off measure, or the start of its period' }),
  endDate: isoDateSchema.nullable().default(null),
  amount: fenSchema.nullable().default(null).openapi({ description: 'Money in fen; null for help in kind' }),
  inKind: z.string().trim().max(200).nullable().default(null).openapi({ description: 'What was given in kind' }),
  fundingSource: codeEnum(measureFundingSources).nullable().default(null),
  providerKind: codeEnum(measureProviderKinds).nullable().default(null),
  providerName: z.string().trim().max(100).nullable().default(null),
  status: codeEnum(measureStatuses).default('inProgress'),
  outcome: z.string().trim().max(500).nullable().default(null),
}).openapi('MeasureInput');

export type MeasureInput = z.infer<typeof measureInputSchema>;

export const measureSchema = z.object({
  id: z.string(),
  householdId: rowKeySchema,
  villageCode: z.string(),
  memberId: rowKeySchema.nullable(),
  memberName: z.string().nullable(),
  measureType: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  amount: z.number().int().nullable(),
  inKind: z.string().nullable(),
  fundingSource: z.string().nullable(),
  providerKind: z.string().nullable(),
  providerName: z.string().nullable(),
  status: z.string(),
  outcome: z.string().nullable(),
  batchId: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
}).openapi('Measure');

export type MeasureView = z.infer<typeof measureSchema>;

export const bulkMeasureInputSchema = z.object({
  villageCode: z.string().regex(/^\d{12}$/, 'expected a 12-digit village code'),
  householdIds: z.array(rowKeySchema).min(1).max(500),
  measure: measureInputSchema.omit({ memberId: true }),
}).openapi('BulkMeasureInput');

export type BulkMeasureInput = z.infer<typeof bulkMeasureInputSchema>;

export const bulkMeasureResultSchema = z.object({
  batchId: z.string(),
  count: z.number().int(),
  measureIds: z.array(z.string()),
}).openapi('BulkMeasureResult');

export const householdIdParam = z.object({
  householdId: rowKeyText.openapi({ param: { name: 'householdId', in: 'path' } }),
});

export const measureIdParam = z.object({
  measureId: z.string().min(1).max(64).openapi({ param: { name: 'measureId', in: 'path' } }),
});
