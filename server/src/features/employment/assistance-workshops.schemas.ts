import { z } from '@hono/zod-openapi';
import { fenSchema, isoDateSchema, memberLabelSchema, optionalText, textField, yearQueryField } from '../programmes/programme.schemas.ts';
import { rowKeySchema } from '../households/code-schemas.ts';

export const assistanceWorkshopInputSchema = z.object({
  villageCode: z.string().regex(/^\d{12}$/, 'a village code has 12 digits'),
  name: textField(100),
  operator: textField(100).openapi({ description: 'The enterprise or cooperative that runs it' }),
  industry: optionalText(100),
  contact: optionalText(100),
  openedOn: isoDateSchema,
}).openapi('AssistanceWorkshopInput');
export type AssistanceWorkshopInput = z.infer<typeof assistanceWorkshopInputSchema>;

export const assistanceWorkshopSchema = z.object({
  id: z.string(), villageCode: z.string(), name: z.string(), operator: z.string(), industry: z.string().nullable(),
  contact: z.string().nullable(), openedOn: z.string(), currentWorkers: z.number().int(),
}).openapi('AssistanceWorkshop');
export type AssistanceWorkshopView = z.infer<typeof assistanceWorkshopSchema>;

export const workerInputSchema = z.object({
  memberId: rowKeySchema,
  startedOn: isoDateSchema,
  endedOn: isoDateSchema.nullable().default(null),
  monthlyWage: fenSchema,
}).openapi('AssistanceWorkshopWorkerInput');
export type WorkerInput = z.infer<typeof workerInputSchema>;

export const workerSchema = memberLabelSchema.extend({
  householdId: rowKeySchema.nullable().openapi({ description: 'null for a worker from outside your region' }),
  id: z.string(), assistanceWorkshopId: z.string(), startedOn: z.string(), endedOn: z.string().nullable(), monthlyWage: z.number().int(),
  householdStatus: z.string(), measureId: z.string().nullable(),
}).openapi('AssistanceWorkshopWorker');
export type WorkerView = z.infer<typeof workerSchema>;

export const assistanceWorkshopSubsidySchema = z.object({
  assistanceWorkshopId: z.string(),
  year: z.number().int(),
  isEarned: z.boolean(),
  qualifyingWorkers: z.number().int(),
  workerTotal: z.number().int(),
  employerTotal: z.number().int(),
  workers: z.array(z.object({
    memberId: rowKeySchema, memberName: z.string(), months: z.number().int(), counts: z.boolean(), workerSubsidy: z.number().int(), employerSubsidy: z.number().int(),
  })),
  rule: z.object({ minPoorWorkers: z.number().int(), minMonths: z.number().int(), workerMonthly: z.number().int(), employerMonthly: z.number().int() }),
  reasons: z.array(z.object({ code: z.string(), field: z.string(), message: z.string() })),
  claimedAt: z.string().nullable().openapi({ description: 'When the subsidy for the year was claimed; null for a preview' }),
}).openapi('AssistanceWorkshopSubsidy');
export type AssistanceWorkshopSubsidyView = z.infer<typeof assistanceWorkshopSubsidySchema>;

export const assistanceWorkshopDetailSchema = assistanceWorkshopSchema.extend({
  workers: z.array(workerSchema),
  claims: z.array(z.object({ year: z.number().int(), workerTotal: z.number().int(), employerTotal: z.number().int(), qualifyingWorkers: z.number().int(), claimedAt: z.string() })),
}).openapi('AssistanceWorkshopDetail');

export const subsidyYearSchema = z.object({ year: z.number().int().min(2013).max(2100) }).openapi('AssistanceWorkshopSubsidyClaim');
export const subsidyYearQuery = z.object({ year: yearQueryField });
