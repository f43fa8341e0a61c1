import { z } from '@hono/zod-openapi';
import { discrepancyKinds, monitoringRules, riskTypes } from '@fupin/core';
import { rowKeySchema, rowKeyText } from '../households/code-schemas.ts';

const regionCodeSchema = z.string().regex(/^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/, 'a region code of 2, 4, 6, 9 or 12 digits');

export const ruleSettingsQuery = z.object({
  region: regionCodeSchema.openapi({ example: '150602' }),
  year: z.coerce.number().int().min(2013).max(2100).openapi({ example: 2024 }),
});

export const ruleSettingInputSchema = z.object({
  regionCode: regionCodeSchema,
  year: z.number().int().min(2013).max(2100),
  rule: z.enum(monitoringRules.codes),
  enabled: z.boolean().optional().openapi({ description: 'Leave out to keep (or inherit) the current switch' }),
  params: z.record(z.string(), z.number().int()).default({}).openapi({ description: 'Parameters this region sets from this year on; the others are inherited' }),
  sourceRef: z.string().max(300).optional().openapi({ description: 'The document the setting comes from' }),
}).openapi('MonitoringRuleSettingInput');
export type RuleSettingInput = z.infer<typeof ruleSettingInputSchema>;

export const ruleSettingSchema = z.object({
  rule: z.enum(monitoringRules.codes),
  enabled: z.boolean(),
  params: z.record(z.string(), z.number()),
  sources: z.record(z.string(), z.string()).openapi({ description: 'Where the switch and each parameter come from: default, policy:<region>/<year> or <region>/<year>' }),
  paramSpecs: z.array(z.object({ name: z.string(), unit: z.string(), min: z.number(), max: z.number() })),
}).openapi('MonitoringRuleSetting');
export type RuleSettingView = z.infer<typeof ruleSettingSchema>;

export const scanInputSchema = z.object({
  regionCode: regionCodeSchema.openapi({ example: '150602' }),
  asOf: z.iso.date().optional().openapi({ description: 'The day the scan looks from (default today)' }),
}).openapi('MonitoringScanInput');

export const scanIdParam = z.object({ scanId: z.string().min(1).openapi({ param: { name: 'scanId', in: 'path' } }) });

export const scanSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  asOf: z.string(),
  incomeYear: z.number().int().nullable(),
  trigger: z.enum(['api', 'cli', 'schedule']),
  status: z.enum(['running', 'finished', 'failed']),
  stepsTotal: z.number().int().openapi({ description: 'Counties in the scan (one step each, each written in its own transaction)' }),
  stepsDone: z.number().int().openapi({ description: 'Counties written; the counts below are theirs' }),
  currentStep: z.string().nullable().openapi({ description: 'The county being scanned (or the one that failed)' }),
  hits: z.number().int(),
  alertsRaised: z.number().int(),
  alertsAttached: z.number().int().openapi({ description: 'Open alerts found again, changed or not; only those that changed were written' }),
  alertsCleared: z.number().int().openapi({ description: 'Open alerts of the region this scan no longer found' }),
  error: z.string().nullable(),
  startedBy: z.string(),
  startedAt: z.string(),
  progressedAt: z.string().openapi({ description: 'When the scan last moved (started, began a county, wrote one, ended); a running scan that has not moved for 10 minutes no longer blocks another' }),
  finishedAt: z.string().nullable(),
}).openapi('MonitoringScan');
export type ScanView = z.infer<typeof scanSchema>;

export const reasonSchema = z.object({
  rule: z.enum(monitoringRules.codes),
  riskType: z.enum(riskTypes.codes),
  measure: z.string(),
  value: z.number(),
  comparison: z.enum(['<', '>', '>=', '=']),
  limit: z.number(),
  data: z.record(z.string(), z.unknown()).openapi({ description: 'The data the rule used: an income year, or feed records with their date and code' }),
}).openapi('MonitoringReason');

export const alertSchema = z.object({
  id: z.string(),
  householdId: rowKeySchema,
  householdNo: z.string(),
  headName: z.string(),
  villageCode: z.string(),
  villageName: z.string().nullable(),
  povertyStatus: z.string(),
  riskType: z.enum(riskTypes.codes),
  status: z.enum(['open', 'closed']),
  caseId: z.string().nullable(),
  rules: z.array(z.enum(monitoringRules.codes)),
  reasons: z.array(reasonSchema),
  raisedAt: z.string(),
  lastRaisedAt: z.string().openapi({ description: 'When a scan last raised it: first found, found with other reasons, or found again after being cleared' }),
  raisedCount: z.number().int().openapi({ description: 'How many times it was raised (a scan finding it unchanged does not count)' }),
  clearedAt: z.string().nullable().openapi({ description: 'When a scan over its region no longer found it; null while scans still find it' }),
  closedAt: z.string().nullable(),
  closeNote: z.string().nullable(),
}).openapi('MonitoringAlert');
export type AlertView = z.infer<typeof alertSchema>;

export const alertListQuery = z.object({
  region: regionCodeSchema.optional(),
  status: z.enum(['open', 'closed']).default('open'),
  riskType: z.enum(riskTypes.codes).optional(),
  rule: z.enum(monitoringRules.codes).optional(),
  householdId: rowKeyText.optional(),
  attached: z.enum(['true', 'false']).transform((v) => v === 'true').optional().openapi({ description: 'true: alerts a monitoring case owns; false: alerts waiting for a case' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const alertPageSchema = z.object({
  total: z.number().int(),
  items: z.array(alertSchema),
  countsByRisk: z.record(z.string(), z.number().int()),
}).openapi('MonitoringAlertPage');

export const alertIdParam = z.object({ alertId: z.string().min(1).openapi({ param: { name: 'alertId', in: 'path' } }) });

export const alertCloseSchema = z.object({
  note: z.string().trim().min(2, 'say why the alert is closed').max(500),
}).openapi('MonitoringAlertClose');

export const discrepancyQuery = z.object({
  kind: z.enum(discrepancyKinds.codes),
  region: regionCodeSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const discrepancySchema = z.object({
  kind: z.enum(discrepancyKinds.codes),
  householdId: rowKeySchema,
  householdNo: z.string(),
  villageCode: z.string(),
  memberId: rowKeySchema,
  memberName: z.string(),
  idMasked: z.string(),
  registryValue: z.string(),
  feedValue: z.string(),
  eventDate: z.string(),
  batchId: z.string(),
}).openapi('Discrepancy');
export type DiscrepancyView = z.infer<typeof discrepancySchema>;

export const discrepancyPageSchema = z.object({
  total: z.number().int(),
  items: z.array(discrepancySchema),
}).openapi('DiscrepancyPage');
