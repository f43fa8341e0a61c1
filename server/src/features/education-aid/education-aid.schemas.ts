import { z } from '@hono/zod-openapi';
import { educationAidItems } from '@fupin/core';
import { codeEnum, rowKeySchema } from '../households/code-schemas.ts';
import { reportFormatFields } from '../programmes/programme-report.ts';
import { fenSchema, isoDateSchema, memberLabelSchema, optionalText, regionQueryField, yearQueryField } from '../programmes/programme.schemas.ts';

export const aidPaymentInputSchema = z.object({
  memberId: rowKeySchema,
  schoolYear: z.number().int().min(2013).max(2100).openapi({ description: 'The year the aid is for (as the entitlement is computed)' }),
  item: codeEnum(educationAidItems),
  amount: fenSchema.refine((v) => v > 0, 'the amount must be above zero'),
  paidOn: isoDateSchema,
  fundingSource: optionalText(100),
}).openapi('EducationAidPaymentInput');
export type AidPaymentInput = z.infer<typeof aidPaymentInputSchema>;

export const aidPaymentSchema = memberLabelSchema.extend({
  id: z.string(), schoolYear: z.number().int(), item: z.string(), amount: z.number().int(), paidOn: z.string(),
  fundingSource: z.string().nullable(), measureId: z.string().nullable(),
}).openapi('EducationAidPayment');
export type AidPaymentView = z.infer<typeof aidPaymentSchema>;

export const studentAidSchema = memberLabelSchema.extend({
  schoolStatus: z.string(),
  schoolGrade: z.number().int().nullable(),
  entitlements: z.array(z.object({
    item: z.string(), amount: z.number().int(), paid: z.number().int(), missing: z.number().int(),
    explanation: z.object({ zh: z.string(), en: z.string() }),
  })),
  entitled: z.number().int(),
  paid: z.number().int(),
  missing: z.number().int(),
}).openapi('StudentAid');
export type StudentAidView = z.infer<typeof studentAidSchema>;

export const studentAidPageSchema = z.object({
  year: z.number().int(),
  summary: z.object({
    students: z.number().int(), entitledStudents: z.number().int(), studentsMissingAid: z.number().int(),
    entitledAmount: z.number().int(), paidAmount: z.number().int(), missingAmount: z.number().int(),
  }),
  students: z.array(studentAidSchema),
}).openapi('StudentAidPage');
export type StudentAidPage = z.infer<typeof studentAidPageSchema>;

export const studentAidQuerySchema = z.object({
  region: regionQueryField,
  year: yearQueryField,
  missingOnly: z.enum(['true', 'false']).default('false').openapi({ description: 'Only students who should receive aid and do not (in full)' }),
  ...reportFormatFields,
});
export type StudentAidQuery = z.infer<typeof studentAidQuerySchema>;

export const aidPaymentQuerySchema = z.object({ region: regionQueryField, year: yearQueryField.optional() });
