import { z } from '@hono/zod-openapi';
import { discrepancyKinds } from '@fupin/core';
import { exportOptionsSchema } from '../household-export/household-export.schemas.ts';
import { alertListQuery, discrepancyQuery } from '../monitoring/monitoring.schemas.ts';

/** The alert inbox's filters (not its paging) and the file options. */
export const alertExportQuerySchema = alertListQuery.omit({ limit: true, offset: true }).extend(exportOptionsSchema.shape);
export type AlertExportQuery = z.infer<typeof alertExportQuerySchema>;

/** One discrepancy list, or all of them one after the other when no kind is given. */
export const discrepancyExportQuerySchema = discrepancyQuery.omit({ limit: true }).extend({
  kind: z.enum(discrepancyKinds.codes).optional().openapi({ description: 'One list; every list, one after the other, when not given' }),
}).extend(exportOptionsSchema.shape);
export type DiscrepancyExportQuery = z.infer<typeof discrepancyExportQuerySchema>;
