import { z } from '@hono/zod-openapi';
import { basicNeedsItems, basicNeedsResults, recordSources } from '@fupin/core';
import { rowKeySchema } from '../households/code-schemas.ts';

const resultSchema = z.enum(basicNeedsResults.codes);

export const basicNeedsItemsSchema = z.object({
  food: resultSchema,
  clothing: resultSchema,
  compulsoryEducation: resultSchema,
  medicalInsurance: resultSchema,
  housingSafety: resultSchema,
  drinkingWaterSafety: resultSchema,
}).openapi('BasicNeedsItems');

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD');

export const basicNeedsCheckInputSchema = z.object({
  checkedOn: isoDate,
  items: basicNeedsItemsSchema,
  evidence: z.partialRecord(z.enum(basicNeedsItems.codes), z.string().max(500)).default({})
    .openapi({ description: 'Evidence per item, e.g. "学籍系统在校", "住房鉴定A级"' }),
  source: z.enum(recordSources.codes).default('visit'),
}).openapi('BasicNeedsCheckInput');

export type BasicNeedsCheckInput = z.infer<typeof basicNeedsCheckInputSchema>;

export const basicNeedsCheckSchema = z.object({
  id: z.string(),
  householdId: rowKeySchema,
  checkedOn: z.string(),
  items: basicNeedsItemsSchema,
  evidence: z.record(z.string(), z.string()),
  isSecured: z.boolean(),
  failedItems: z.array(z.enum(basicNeedsItems.codes)),
  checkedBy: z.string(),
  source: z.string(),
  createdAt: z.string(),
}).openapi('BasicNeedsCheck');

export type BasicNeedsCheckView = z.infer<typeof basicNeedsCheckSchema>;
