import { z } from '@hono/zod-openapi';
import { regionCodeSchema } from '../regions/regions.schemas.ts';
import { isoDateSchema, rowKeySchema } from './code-schemas.ts';
import { pageQuery } from './household-search.schemas.ts';
import { householdImageSchema } from './households.schemas.ts';

export const historyQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  beforeSeq: z.coerce.number().int().min(1).optional().openapi({ description: 'Continue after the oldest entry of the previous page' }),
});

const fieldChangeSchema = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() }).openapi('FieldChange');

export const historyEntrySchema = z.object({
  seq: z.number().int().nullable().openapi({ description: 'Position in the change log; null for the registration itself' }),
  at: z.string(),
  actor: z.object({ id: z.string(), name: z.string() }),
  source: z.string().nullable().openapi({ description: 'Where the change came from: a recordSource code, or `procedure:<procedureKind>` when a procedure step made it; null for the registration' }),
  sourceId: z.string().nullable().openapi({ description: 'The procedure\'s id when the source is a procedure' }),
  action: z.string().openapi({ description: 'create, update, moveOut' }),
  entityType: z.string().openapi({ description: 'household, member, income, basicNeedsCheck' }),
  entityId: z.string(),
  changes: z.array(fieldChangeSchema).openapi({ description: 'Fields that changed, with masked values' }),
}).openapi('HistoryEntry');

export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const historyPageSchema = z.object({
  entries: z.array(historyEntrySchema).openapi({ description: 'Newest first; the registration comes last' }),
  nextBeforeSeq: z.number().int().nullable(),
}).openapi('HouseholdHistory');

export const rollQuerySchema = z.object({
  asOf: isoDateSchema.openapi({ description: 'The roll as it stood at the end of this day (UTC)' }),
  regionCode: regionCodeSchema.optional(),
  ...pageQuery,
});

export const rollEntrySchema = householdImageSchema.extend({ id: rowKeySchema }).openapi('RollEntry');
export type RollEntry = z.infer<typeof rollEntrySchema>;

export const rollPageSchema = z.object({
  asOf: z.string(),
  items: z.array(rollEntrySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
}).openapi('HouseholdRoll');
