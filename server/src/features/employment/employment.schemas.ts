import { z } from '@hono/zod-openapi';
import { jobKinds, trainingKinds } from '@fupin/core';
import { codeEnum, rowKeySchema } from '../households/code-schemas.ts';
import { fenSchema, isoDateSchema, memberLabelSchema, optionalText, regionQueryField, textField, yearQueryField } from '../programmes/programme.schemas.ts';

export const jobInputSchema = z.object({
  memberId: rowKeySchema,
  year: z.number().int().min(2013).max(2100),
  kind: codeEnum(jobKinds),
  employer: textField(100),
  place: optionalText(100),
  months: z.number().int().min(1, 'at least one month').max(12, 'at most 12 months a year'),
  income: fenSchema.openapi({ description: 'Income from the job in the year, fen' }),
}).openapi('JobInput');
export type JobInput = z.infer<typeof jobInputSchema>;

export const jobSchema = memberLabelSchema.extend({
  id: z.string(), year: z.number().int(), kind: z.string(), employer: z.string(), place: z.string().nullable(),
  months: z.number().int(), income: z.number().int(), measureId: z.string().nullable(),
}).openapi('Job');
export type JobView = z.infer<typeof jobSchema>;

export const postInputSchema = z.object({
  memberId: rowKeySchema,
  title: textField(100),
  duty: optionalText(200),
  monthlyAllowance: fenSchema,
  fundingSource: optionalText(100),
  startedOn: isoDateSchema,
  endedOn: isoDateSchema.nullable().default(null),
}).openapi('PublicWelfarePostInput');
export type PostInput = z.infer<typeof postInputSchema>;

export const postSchema = memberLabelSchema.extend({
  id: z.string(), title: z.string(), duty: z.string().nullable(), monthlyAllowance: z.number().int(),
  fundingSource: z.string().nullable(), startedOn: z.string(), endedOn: z.string().nullable(), measureId: z.string().nullable(),
}).openapi('PublicWelfarePost');
export type PostView = z.infer<typeof postSchema>;

export const postEndSchema = z.object({ endedOn: isoDateSchema }).openapi('PublicWelfarePostEnd');

export const trainingInputSchema = z.object({
  memberId: rowKeySchema,
  kind: codeEnum(trainingKinds),
  course: textField(100),
  provider: textField(100),
  startedOn: isoDateSchema,
  endedOn: isoDateSchema,
  hours: z.number().int().min(1).max(2000),
  hasCertificate: z.boolean().default(false),
}).openapi('TrainingRecordInput');
export type TrainingInput = z.infer<typeof trainingInputSchema>;

export const trainingSchema = memberLabelSchema.extend({
  id: z.string(), kind: z.string(), course: z.string(), provider: z.string(), startedOn: z.string(), endedOn: z.string(),
  hours: z.number().int(), hasCertificate: z.boolean(),
  subsidy: z.number().int().openapi({ description: 'Employer-run training subsidy under the policy in force, fen' }),
  measureId: z.string().nullable(),
}).openapi('TrainingRecord');
export type TrainingView = z.infer<typeof trainingSchema>;

export const programmeListQuerySchema = z.object({
  region: regionQueryField,
  year: yearQueryField.optional(),
});
export type ProgrammeListQuery = z.infer<typeof programmeListQuerySchema>;

export const labourQuerySchema = z.object({
  region: regionQueryField,
  year: yearQueryField,
  employed: z.enum(['all', 'yes', 'no']).default('all'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type LabourQuery = z.infer<typeof labourQuerySchema>;

export const labourMemberSchema = memberLabelSchema.extend({
  age: z.number().int(), laborCapacity: z.string(), isEmployed: z.boolean(), months: z.number().int(), income: z.number().int(),
}).openapi('LabourForceMember');

export const labourPageSchema = z.object({
  asOf: z.string(),
  workingAge: z.object({ minAge: z.number().int(), maxAge: z.number().int() }),
  summary: z.object({ members: z.number().int(), labourForce: z.number().int(), employed: z.number().int(), notEmployed: z.number().int() }),
  total: z.number().int(),
  items: z.array(labourMemberSchema),
}).openapi('LabourForcePage');
export type LabourPage = z.infer<typeof labourPageSchema>;

export const householdLabourSchema = z.object({
  asOf: z.string(),
  members: z.array(z.object({
    memberId: rowKeySchema, memberName: z.string(), age: z.number().int(), isLabourForce: z.boolean(), exclusions: z.array(z.string()),
  })),
  jobs: z.array(jobSchema),
  posts: z.array(postSchema),
  training: z.array(trainingSchema),
}).openapi('HouseholdLabour');
