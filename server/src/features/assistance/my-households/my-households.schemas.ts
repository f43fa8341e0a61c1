import { z } from '@hono/zod-openapi';
import { rowKeySchema } from '../../households/code-schemas.ts';

export const dueItemSchema = z.object({
  kind: z.enum(['visit', 'measure', 'developmentalMeasure', 'incomeSurvey', 'followUp']),
  overdueDays: z.number().int().optional(),
  lastVisitDate: z.string().nullable().optional(),
  causes: z.array(z.string()).optional(),
  year: z.number().int().optional(),
  visitId: z.string().optional(),
  followUp: z.string().optional(),
  dueDate: z.string().nullable().optional(),
  isOverdue: z.boolean().optional(),
}).openapi('DueItem');

export const myHouseholdSchema = z.object({
  householdId: rowKeySchema,
  householdNo: z.string(),
  headName: z.string(),
  phone: z.string().nullable(),
  villageCode: z.string(),
  villageName: z.string().nullable(),
  povertyStatus: z.string(),
  mainCause: z.string().nullable(),
  pairingStart: z.string(),
  lastVisitDate: z.string().nullable(),
  unansweredCauses: z.array(z.string()),
  dues: z.array(dueItemSchema),
  openCase: z.object({ id: z.string(), state: z.string(), currentStep: z.string().nullable(), flags: z.array(z.string()) }).nullable()
    .openapi({ description: 'The household\'s open monitoring case, if any' }),
  openAlerts: z.number().int().openapi({ description: 'Open monitoring alerts of the household' }),
}).openapi('MyHousehold');

export const myHouseholdsSchema = z.object({
  cadreId: z.string(),
  cadreName: z.string(),
  visitIntervalDays: z.number().int(),
  households: z.array(myHouseholdSchema),
}).openapi('MyHouseholds');

export type MyHouseholdsView = z.infer<typeof myHouseholdsSchema>;
