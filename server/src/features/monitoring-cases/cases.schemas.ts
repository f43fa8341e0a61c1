import { z } from '@hono/zod-openapi';
import {
  caseFlags, discoveryChannels, monitoringCaseStates, monitoringCaseSteps, monitoringCaseTypes, riskEliminationKinds, riskTypes,
} from '@fupin/core';
import { decisionSchema } from '../evaluations/evaluations.schemas.ts';
import { codeEnum, isoDateSchema, rowKeySchema, rowKeyText } from '../households/code-schemas.ts';
import { alertSchema } from '../monitoring/monitoring.schemas.ts';
import { regionCodeSchema } from '../regions/regions.schemas.ts';

export const caseOpenSchema = z.object({
  channel: codeEnum(discoveryChannels),
  householdId: rowKeySchema.optional().openapi({ description: 'Required for selfReport and cadreScreening; for departmentAlert it must match the alerts\' household' }),
  alertIds: z.array(z.string().min(1).max(64)).max(20).optional().openapi({ description: 'departmentAlert: open alerts of one household, not attached to a case' }),
  type: codeEnum(monitoringCaseTypes),
  risks: z.array(codeEnum(riskTypes)).max(5).optional().openapi({ description: '1–5 distinct risks; for departmentAlert the alerts\' risks when left out' }),
  triggerNote: z.string().trim().min(2).max(1000).optional().openapi({ description: 'What the household reported or the cadre found (required for selfReport and cadreScreening)' }),
  discoveredOn: isoDateSchema.optional().openapi({ description: 'Default today; not in the future' }),
  greenChannel: z.boolean().default(false).openapi({ description: 'Help first, paperwork after: only for a disaster or an accident' }),
}).openapi('MonitoringCaseOpen');
export type CaseOpenInput = z.infer<typeof caseOpenSchema>;

const ownerSchema = z.object({ role: z.string(), level: z.string() });

export const caseSummarySchema = z.object({
  id: z.string(),
  caseNo: z.string(),
  householdId: rowKeySchema,
  householdNo: z.string(),
  headName: z.string(),
  villageCode: z.string(),
  villageName: z.string().nullable(),
  type: z.enum(monitoringCaseTypes.codes),
  risks: z.array(z.enum(riskTypes.codes)),
  channel: z.enum(discoveryChannels.codes),
  state: z.enum(monitoringCaseStates.codes),
  greenChannel: z.boolean(),
  paperworkOwed: z.boolean(),
  currentStep: z.enum(monitoringCaseSteps.codes).nullable(),
  currentStepOwner: ownerSchema.nullable(),
  currentStepDueOn: z.string().nullable(),
  discoveredOn: z.string(),
  decisionDueOn: z.string(),
  includedOn: z.string().nullable(),
  measureDueOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  eliminationKind: z.enum(riskEliminationKinds.codes).nullable(),
  measureCount: z.number().int(),
  alertCount: z.number().int(),
  flags: z.array(z.enum(caseFlags.codes)),
  previousCaseId: z.string().nullable(),
  waitingFor: z.union([z.enum(monitoringCaseSteps.codes), z.literal('measure')]).nullable().openapi({ description: 'In the "waiting for me" queue: the step you own, or measure; null elsewhere' }),
}).openapi('MonitoringCaseSummary');
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const caseStepSchema = z.object({
  step: z.enum(monitoringCaseSteps.codes),
  ownerRole: z.string(),
  ownerLevel: z.string(),
  startedOn: z.string(),
  dueOn: z.string(),
  decision: z.enum(['approved', 'rejected']).nullable(),
  reason: z.string().nullable(),
  decidedOn: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decidedByName: z.string().nullable(),
  overdue: z.boolean(),
}).openapi('MonitoringCaseStep');

export const timelineKinds = ['opened', 'alertRaised', 'stepDecided', 'included', 'measure', 'rejected', 'riskEliminated'] as const;

export const caseSchema = caseSummarySchema.extend({
  triggerNote: z.string().nullable(),
  openedByName: z.string(),
  openedAt: z.string(),
  steps: z.array(caseStepSchema),
  alerts: z.array(alertSchema),
  measures: z.array(z.object({
    id: z.string(), measureType: z.string(), startDate: z.string(), endDate: z.string().nullable(), amount: z.number().int().nullable(), status: z.string(),
  })),
  elimination: z.object({ kind: z.enum(riskEliminationKinds.codes), on: z.string(), reason: z.string(), byName: z.string(), at: z.string() }).nullable(),
  rejection: z.object({ on: z.string(), reason: z.string(), byName: z.string(), at: z.string() }).nullable(),
  timeline: z.array(z.object({
    at: z.string().nullable(), on: z.string(), kind: z.enum(timelineKinds), step: z.string().nullable(),
    decision: z.string().nullable().openapi({ description: 'approved/rejected for a step; byAssistance/naturally for riskEliminated; greenChannel for opened' }),
    detail: z.string().nullable().openapi({ description: 'opened: the channel; alertRaised: the risk; measure: the measure type; steps and closing: the reason' }),
    byName: z.string().nullable(),
  })),
  allowedActions: z.object({ steps: z.array(z.enum(['approve', 'reject'])), eliminate: z.boolean() }),
}).openapi('MonitoringCase');
export type CaseView = z.infer<typeof caseSchema>;

export const casePageSchema = z.object({ total: z.number().int(), items: z.array(caseSummarySchema) }).openapi('MonitoringCasePage');

export const caseIdParam = z.object({ caseId: z.string().min(1).max(64).openapi({ param: { name: 'caseId', in: 'path' } }) });

const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export const caseListQuery = z.object({
  region: regionCodeSchema.optional(),
  state: z.enum(monitoringCaseStates.codes).optional(),
  open: booleanQuery.optional(),
  type: z.enum(monitoringCaseTypes.codes).optional(),
  riskType: z.enum(riskTypes.codes).optional(),
  channel: z.enum(discoveryChannels.codes).optional(),
  flag: z.enum(caseFlags.codes).optional(),
  householdId: rowKeyText.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type CaseListQuery = z.infer<typeof caseListQuery>;

export const caseStepActionSchema = z.object({
  step: z.enum(monitoringCaseSteps.codes),
  decision: z.enum(['approve', 'reject']),
  reason: z.string().trim().max(1000).nullable().default(null),
  on: isoDateSchema,
}).openapi('MonitoringCaseStepAction');
export type CaseStepActionInput = z.infer<typeof caseStepActionSchema>;

export const eliminationInputSchema = z.object({
  kind: z.enum(riskEliminationKinds.codes),
  on: isoDateSchema,
  reason: z.string().trim().min(2).max(1000),
  rigidExpensesResolved: z.boolean(),
}).openapi('RiskEliminationInput');
export type EliminationInput = z.infer<typeof eliminationInputSchema>;

export const eliminationCheckQuery = z.object({
  kind: z.enum(riskEliminationKinds.codes).default('byAssistance'),
  on: isoDateSchema.optional(),
  rigidExpensesResolved: booleanQuery.default(false),
});

export const eliminationDecisionSchema = decisionSchema.extend({ outcome: z.enum(['eliminable', 'refused']) }).openapi('RiskEliminationDecision');

const countSetSchema = z.object({
  identified: z.number().int(), eliminated: z.number().int(), rejected: z.number().int(), open: z.number().int(), overdue: z.number().int(), noMeasure: z.number().int(),
}).openapi('MonitoringCaseCountSet');
export type CountSet = z.infer<typeof countSetSchema>;

export const countsQuery = z.object({ region: regionCodeSchema.optional(), from: isoDateSchema.optional(), to: isoDateSchema.optional() });

export const countsSchema = z.object({
  regionCode: z.string(),
  from: z.string(),
  to: z.string(),
  totals: countSetSchema,
  byType: z.record(z.string(), countSetSchema),
  byRisk: z.record(z.string(), countSetSchema),
  byVillage: z.array(countSetSchema.extend({ villageCode: z.string(), villageName: z.string().nullable() })),
}).openapi('MonitoringCaseCounts');
export type CountsView = z.infer<typeof countsSchema>;

export const villageAggregateSchema = z.object({
  villageCode: z.string(),
  villageName: z.string().nullable(),
  townshipCode: z.string(),
  alertsOpen: z.number().int(),
  alertsUnattached: z.number().int(),
  casesOpen: z.number().int(),
  casesByState: z.object({ alerted: z.number().int(), verifying: z.number().int(), included: z.number().int(), assisting: z.number().int() }),
  overdue: z.number().int(),
}).openapi('MonitoringVillageAggregate');
export type VillageAggregate = z.infer<typeof villageAggregateSchema>;

export const regionQuery = z.object({ region: regionCodeSchema.optional() });
