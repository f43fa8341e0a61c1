import { z } from '@hono/zod-openapi';
import { procedureKinds, procedureStatuses, procedureSteps, stepDecisions } from '@fupin/core';
import { codeEnum, codeListQuery, isoDateSchema, rowKeySchema, rowKeyText, yearSchema } from '../households/code-schemas.ts';
import { householdCreateSchema } from '../households/households.schemas.ts';
import { regionCodeSchema } from '../regions/regions.schemas.ts';

export const procedureIdParam = z.object({
  procedureId: z.string().min(1).max(64).openapi({ param: { name: 'procedureId', in: 'path' }, example: '0193b4c2-8f5e-7c3a-9d1e-2f4a6b8c0d1e' }),
});
export const objectionIdParam = procedureIdParam.extend({
  objectionId: z.string().min(1).max(64).openapi({ param: { name: 'objectionId', in: 'path' } }),
});

const onSchema = isoDateSchema.optional().openapi({ description: 'The day it happened (default today); records made after the fact carry the real date' });

/** A new applicant household is registered through the registry with status `applicant`. */
const applicantHouseholdSchema = householdCreateSchema.omit({ povertyStatus: true, yearIdentified: true, yearExited: true });

export const openIdentificationSchema = z.object({
  householdId: rowKeySchema.optional().openapi({ description: 'A household already on the registry (not poor)' }),
  household: applicantHouseholdSchema.optional().openapi({ description: 'Or a new applicant household, registered now' }),
  appliedOn: onSchema,
  note: z.string().trim().max(500).nullable().default(null),
}).openapi('IdentificationOpening');
export type OpenIdentificationInput = z.infer<typeof openIdentificationSchema>;

export const openExitSchema = z.object({
  householdId: rowKeySchema,
  year: yearSchema.openapi({ description: 'The income year the exit is evaluated on' }),
  on: onSchema,
}).openapi('HouseholdExitOpening');
export type OpenExitInput = z.infer<typeof openExitSchema>;

export const stepActionSchema = z.object({
  step: codeEnum(procedureSteps).openapi({ description: 'The step being acted on (must be the current one)' }),
  decision: z.enum(['approve', 'reject']),
  reason: z.string().trim().max(500).nullable().default(null).openapi({ description: 'Required when rejecting' }),
  on: onSchema,
}).openapi('StepAction');
export type StepActionInput = z.infer<typeof stepActionSchema>;

export const objectionInputSchema = z.object({
  receivedOn: onSchema,
  objector: z.string().trim().max(50).nullable().default(null).openapi({ description: 'Who objected (may be left empty for an anonymous objection)' }),
  content: z.string().trim().min(2, 'say what the objection is').max(1000),
}).openapi('ObjectionInput');
export type ObjectionInput = z.infer<typeof objectionInputSchema>;

export const objectionResolutionSchema = z.object({
  outcome: z.enum(['upheld', 'dismissed']),
  upheldAction: z.enum(['reject', 'sendBack']).nullable().default(null),
  resolution: z.string().trim().max(1000),
  on: onSchema,
}).openapi('ObjectionResolutionInput');
export type ObjectionResolutionInput = z.infer<typeof objectionResolutionSchema>;

export const procedureListQuerySchema = z.object({
  kind: codeEnum(procedureKinds).optional(),
  status: codeListQuery(procedureStatuses),
  step: codeEnum(procedureSteps).optional(),
  regionCode: regionCodeSchema.optional(),
  householdId: rowKeyText.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type ProcedureListQuery = z.infer<typeof procedureListQuerySchema>;

const bilingualSchema = z.object({ zh: z.string(), en: z.string() });

const evaluationSchema = z.object({
  outcome: z.enum(['eligible', 'notEligible', 'insufficientData']),
  isEligible: z.boolean(),
  source: z.enum(['policyEngine']).openapi({ description: 'Which evaluation decided (the policy engine\'s household exit decision)' }),
  year: z.number().int(),
  summary: bilingualSchema,
  reasons: z.array(bilingualSchema.extend({ rule: z.string(), outcome: z.enum(['pass', 'fail', 'info', 'missing']) })),
}).openapi('ExitEvaluationRecord');
export type ExitEvaluationRecord = z.infer<typeof evaluationSchema>;

export const procedureStepSchema = z.object({
  id: z.string(),
  seq: z.number().int(),
  step: codeEnum(procedureSteps),
  startedOn: z.string(),
  dueOn: z.string(),
  noticeStartsOn: z.string().nullable(),
  noticeEndsOn: z.string().nullable(),
  decision: codeEnum(stepDecisions).nullable(),
  reason: z.string().nullable(),
  decidedOn: z.string().nullable(),
  recordedAt: z.string().nullable(),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  ownerRole: z.string(),
  ownerLevel: z.string(),
  evaluation: evaluationSchema.nullable(),
}).openapi('ProcedureStep');

export const objectionSchema = z.object({
  id: z.string(),
  stepId: z.string(),
  step: codeEnum(procedureSteps),
  receivedOn: z.string(),
  objector: z.string().nullable(),
  content: z.string(),
  status: z.enum(['open', 'upheld', 'dismissed', 'superseded']),
  upheldAction: z.enum(['reject', 'sendBack']).nullable(),
  resolution: z.string().nullable(),
  resolvedOn: z.string().nullable(),
  resolvedByName: z.string().nullable(),
  recordedByName: z.string(),
  recordedAt: z.string(),
}).openapi('Objection');

export const procedureSummarySchema = z.object({
  id: z.string(),
  kind: codeEnum(procedureKinds),
  householdId: rowKeySchema,
  householdNo: z.string(),
  headName: z.string(),
  villageCode: z.string(),
  villageName: z.string().nullable(),
  year: z.number().int(),
  status: codeEnum(procedureStatuses),
  currentStep: codeEnum(procedureSteps).nullable(),
  stepStartedOn: z.string().nullable(),
  stepDueOn: z.string().nullable(),
  noticeEndsOn: z.string().nullable(),
  isOverdue: z.boolean(),
  outcomeReason: z.string().nullable(),
  openedOn: z.string(),
  closedOn: z.string().nullable(),
}).openapi('ProcedureSummary');
export type ProcedureSummary = z.infer<typeof procedureSummarySchema>;

export const procedureSchema = procedureSummarySchema.extend({
  version: z.number().int(),
  openedByName: z.string(),
  steps: z.array(procedureStepSchema),
  objections: z.array(objectionSchema),
  allowedDecisions: z.array(z.enum(['approve', 'reject'])).openapi({ description: 'What you may decide on the current step' }),
  canRecordObjection: z.boolean(),
  canResolveObjections: z.boolean(),
}).openapi('Procedure');
export type ProcedureView = z.infer<typeof procedureSchema>;

export const procedurePageSchema = z.object({
  total: z.number().int(),
  items: z.array(procedureSummarySchema),
}).openapi('ProcedurePage');
