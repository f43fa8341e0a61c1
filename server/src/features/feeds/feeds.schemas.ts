import { z } from '@hono/zod-openapi';
import { feedKinds } from '@fupin/core';

export const feedKindParam = z.object({
  kind: z.enum(feedKinds.codes).openapi({ param: { name: 'kind', in: 'path' }, example: 'medicalCosts' }),
});

export const feedBatchIdParam = z.object({
  batchId: z.string().min(1).openapi({ param: { name: 'batchId', in: 'path' } }),
});

export const feedUploadSchema = z.object({
  file: z.instanceof(File).openapi({ type: 'string', format: 'binary', description: 'The filled-in template, .xlsx or .csv (UTF-8 or GBK), at most 50 MB' }),
}).openapi('FeedUpload');

export const feedTemplateQuery = z.object({
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
});

export const feedBatchListQuery = z.object({
  kind: z.enum(feedKinds.codes).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const feedIssueSchema = z.object({
  sheet: z.string(),
  row: z.number().int(),
  column: z.string(),
  value: z.string().openapi({ description: 'The cell as sent (ID numbers masked)' }),
  message: z.string(),
  kind: z.enum(['invalid', 'unmatched', 'repeated']),
}).openapi('FeedIssue');
export type FeedIssue = z.infer<typeof feedIssueSchema>;

export const feedBatchSummarySchema = z.object({
  id: z.string(),
  kind: z.enum(feedKinds.codes),
  fileName: z.string(),
  checksum: z.string(),
  regionCode: z.string(),
  department: z.string().nullable(),
  via: z.enum(['session', 'token', 'cli']),
  submittedByName: z.string(),
  submittedAt: z.string(),
  rows: z.object({
    total: z.number().int(), invalid: z.number().int(), unmatched: z.number().int(),
    inserted: z.number().int(), updated: z.number().int(), unchanged: z.number().int(),
  }),
  issueCount: z.number().int(),
}).openapi('FeedBatchSummary');

export const feedBatchSchema = feedBatchSummarySchema.extend({
  issues: z.array(feedIssueSchema).openapi({ description: 'The first 1 000 issues; issueCount says how many in all' }),
  isRepeat: z.boolean().openapi({ description: 'The same file was sent before: nothing changed, this is the earlier report' }),
}).openapi('FeedBatch');
export type FeedBatchView = z.infer<typeof feedBatchSchema>;
export type FeedBatchSummaryView = z.infer<typeof feedBatchSummarySchema>;

export const feedDefinitionSchema = z.object({
  kind: z.enum(feedKinds.codes),
  zh: z.string(),
  en: z.string(),
  departments: z.array(z.string()),
  columns: z.array(z.object({
    key: z.string(), zh: z.string(), en: z.string(), type: z.string(), required: z.boolean(),
    options: z.array(z.string()).openapi({ description: 'Accepted Chinese labels, for code-list columns' }),
  })),
}).openapi('FeedDefinition');
