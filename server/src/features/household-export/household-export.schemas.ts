import { z } from '@hono/zod-openapi';
import { householdSearchQuerySchema } from '../households/household-search.schemas.ts';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

/** How the file is written: format, language of headers and labels, ID numbers masked or not. */
export const exportOptionsSchema = z.object({
  format: z.enum(['xlsx', 'csv']).default('xlsx').openapi({ description: 'Excel workbook (default) or CSV in UTF-8 with a byte-order mark' }),
  lang: z.enum(['zh', 'en']).default('zh').openapi({ description: 'Language of the headers and code labels' }),
  idNumbers: z.enum(['masked', 'unmasked']).default('masked').openapi({
    description: 'ID numbers (and phone numbers) masked (default), or in full: only for roles with personalData:exportUnmasked',
  }),
});

export type ExportOptionsQuery = z.infer<typeof exportOptionsSchema>;

/** The household list's filters (not its paging or order) and the file options. */
export const householdExportQuerySchema = householdSearchQuerySchema.omit({ sort: true, order: true, page: true, pageSize: true })
  .extend(exportOptionsSchema.shape);

export type HouseholdExportQuery = z.infer<typeof householdExportQuerySchema>;

export const incomeExportQuerySchema = householdExportQuerySchema.extend({
  year: z.coerce.number().int().min(2013).max(2100).optional().openapi({ description: 'Only this income year (default: every recorded year)', example: 2020 }),
});

export type IncomeExportQuery = z.infer<typeof incomeExportQuerySchema>;

const binary = z.string().openapi({ format: 'binary' });

export function exportResponses(what: string) {
  return {
    200: {
      description: `${what}, with ID numbers masked unless asked otherwise`,
      headers: z.object({
        'content-disposition': z.string().openapi({ description: 'attachment; the file name in UTF-8 (RFC 5987 filename*, Chinese unless lang=en) and an English ASCII fallback' }),
        'x-row-count': z.string().openapi({ description: 'How many rows the file holds' }),
      }),
      content: {
        [XLSX_CONTENT_TYPE]: { schema: binary },
        'text/csv': { schema: binary },
      },
    },
  };
}
