import { z } from '@hono/zod-openapi';
import { recordSources } from '@fupin/core';
import { rowKeySchema, rowKeyText } from '../households/code-schemas.ts';

/** An amount in fen (分): a whole number, never negative, at most 100 million yuan. */
export const fenSchema = z.number().int('amounts are whole fen').min(0, 'amounts cannot be negative').max(10_000_000_000);

export const transferItemsSchema = z.object({
  familyPlanning: fenSchema.default(0),
  dibao: fenSchema.default(0),
  extremePovertySupport: fenSchema.default(0),
  pension: fenSchema.default(0),
  ecologicalCompensation: fenSchema.default(0),
  disabilityAllowance: fenSchema.default(0),
  agriculturalSubsidy: fenSchema.default(0),
  other: fenSchema.default(0),
}).openapi('TransferItems');

export const incomeInputSchema = z.object({
  wageIncome: fenSchema.default(0),
  businessIncome: fenSchema.default(0).openapi({ description: 'Gross output of production and business, fen' }),
  businessCosts: fenSchema.default(0),
  propertyIncome: fenSchema.default(0),
  transferItems: transferItemsSchema.default({
    familyPlanning: 0, dibao: 0, extremePovertySupport: 0, pension: 0,
    ecologicalCompensation: 0, disabilityAllowance: 0, agriculturalSubsidy: 0, other: 0,
  }),
  transferIncome: fenSchema.optional().openapi({ description: 'When given, must equal the sum of the transfer items' }),
  netIncome: z.number().int().optional().openapi({ description: 'When given (e.g. from a paper form), must equal the computed net income' }),
  householdSize: z.number().int().min(1).max(50).optional().openapi({ description: 'Defaults to the living members currently in the household' }),
  medicalExpenses: fenSchema.default(0),
  schoolingExpenses: fenSchema.default(0),
  source: z.enum(recordSources.codes).default('entry'),
}).openapi('IncomeInput');

export type IncomeInput = z.infer<typeof incomeInputSchema>;

export const yardstickSchema = z.object({
  kind: z.enum(['povertyLine', 'monitoringThreshold']),
  amount: z.number().int(),
  sourceYear: z.number().int(),
}).openapi('IncomeYardstick');

export const incomeSchema = z.object({
  householdId: rowKeySchema,
  year: z.number().int(),
  householdSize: z.number().int(),
  wageIncome: z.number().int(),
  businessIncome: z.number().int(),
  businessCosts: z.number().int(),
  propertyIncome: z.number().int(),
  transferIncome: z.number().int(),
  transferItems: transferItemsSchema,
  medicalExpenses: z.number().int(),
  schoolingExpenses: z.number().int(),
  netIncome: z.number().int(),
  netIncomePerCapita: z.number().int(),
  yardstick: yardstickSchema.nullable().openapi({ description: 'The national poverty line (to 2020) or monitoring threshold (2021 on) of the year' }),
  isAboveYardstick: z.boolean().nullable(),
  source: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string(),
}).openapi('Income');

export type IncomeView = z.infer<typeof incomeSchema>;

export const householdIdParam = z.object({
  householdId: rowKeyText.openapi({ param: { name: 'householdId', in: 'path' } }),
});
