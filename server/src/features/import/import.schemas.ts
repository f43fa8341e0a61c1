import { z } from '@hono/zod-openapi';
import { IMPORT_KINDS, RECORD_IMPORT_KINDS } from '@fupin/core';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const importStatuses = ['checking', 'checked', 'importing', 'imported', 'failed', 'cancelled'] as const;

export const importJobSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  format: z.enum(['xlsx', 'csv']),
  kind: z.enum(IMPORT_KINDS).openapi({ description: 'What the file holds: households (with members), or incomes, basic-needs checks, pairings or measures of registered households' }),
  status: z.enum(importStatuses).openapi({ description: 'checking (the dry run) → checked → importing → imported; or failed / cancelled, with nothing written' }),
  actorName: z.string(),
  regionCode: z.string(),
  rows: z.object({
    read: z.number().int(),
    valid: z.number().int().openapi({ description: 'Rows of households without problems' }),
    invalid: z.number().int().openapi({ description: 'Rows of households with at least one problem; they are not imported' }),
    written: z.number().int(),
  }),
  households: z.object({
    // For the record kinds these count records (incomes, checks, pairings, measures), one a row.
    new: z.number().int(),
    changed: z.number().int(),
    unchanged: z.number().int().openapi({ description: 'Already in the registry exactly as the file has them' }),
    invalid: z.number().int(),
  }),
  problemCount: z.number().int(),
  ignoredColumns: z.array(z.string()).openapi({ description: 'Headers the import does not know; their cells are not read' }),
  error: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
}).openapi('ImportJob');

export type ImportJobView = z.infer<typeof importJobSchema>;

export const importProblemSchema = z.object({
  seq: z.number().int(),
  sheet: z.string(),
  row: z.number().int().openapi({ description: 'Row number as the spreadsheet shows it' }),
  column: z.string().openapi({ description: 'The column header as the file has it' }),
  value: z.string(),
  code: z.string().openapi({ description: 'Kind of problem: required, invalidValue, unknownCode, idNumberInvalid, idNumberDuplicate, …' }),
  message: z.string(),
}).openapi('ImportProblem');

export const importProblemPageSchema = z.object({
  items: z.array(importProblemSchema),
  nextAfter: z.number().int().nullable().openapi({ description: 'Pass as `after` for the next page; null at the end' }),
}).openapi('ImportProblemPage');

export const importUploadQuerySchema = z.object({
  fileName: z.string().trim().min(1).max(200).regex(/\.(xlsx|csv)$/i, 'the file must be .xlsx or .csv').openapi({ example: '农户信息.xlsx' }),
  kind: z.enum(IMPORT_KINDS).default('households').openapi({ description: 'What the file holds; households (with members) unless given' }),
});

export const importIdParamsSchema = z.object({ id: z.string().min(1).max(64) });

export const importProblemQuerySchema = z.object({
  after: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const langQuerySchema = z.object({ lang: z.enum(['zh', 'en']).default('zh') });

export const importTemplateKinds = ['households', 'members', ...RECORD_IMPORT_KINDS] as const;
export const importTemplateParamsSchema = z.object({ kind: z.enum(importTemplateKinds) });

export function xlsxResponse(description: string) {
  return {
    200: {
      description,
      headers: z.object({ 'content-disposition': z.string().openapi({ description: 'attachment; the file name in UTF-8 (RFC 5987) and an ASCII fallback' }) }),
      content: { [XLSX_CONTENT_TYPE]: { schema: z.string().openapi({ format: 'binary' }) } },
    },
  };
}
