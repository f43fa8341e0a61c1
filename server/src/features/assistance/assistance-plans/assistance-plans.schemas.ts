import { z } from '@hono/zod-openapi';
import { measureSchema } from '../measures/measures.schemas.ts';
import { rowKeySchema } from '../../households/code-schemas.ts';

export const planItemSchema = z.object({
  kind: z.enum(['cause', 'risk']),
  code: z.string(),
  isMain: z.boolean(),
  isAnswered: z.boolean(),
  answeredBy: z.array(z.string()).openapi({ description: 'Ids of the household\'s measures that answer it' }),
  suggestedTypes: z.array(z.string()).openapi({ description: 'Measure types from the catalogue that would answer it' }),
}).openapi('AssistancePlanItem');

export const assistancePlanSchema = z.object({
  householdId: rowKeySchema,
  items: z.array(planItemSchema),
  unansweredCauses: z.array(z.string()),
  unansweredRisks: z.array(z.string()),
  hasLaborCapacity: z.boolean(),
  lacksDevelopmentalMeasure: z.boolean().openapi({ description: 'Someone can work but there is no industry or employment measure' }),
  measures: z.array(measureSchema),
}).openapi('AssistancePlan');

export type AssistancePlanView = z.infer<typeof assistancePlanSchema>;
