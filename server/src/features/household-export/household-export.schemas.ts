import { z } from '@hono/zod-openapi';
import { householdSearchQuerySchema } from '../households/household-search.schemas.ts';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

export const householdExportQuerySchema = householdSearchQuerySchema.omit({ sort: true, order: true, page: true, pageSize: true }).extend({
  format: z.enum(['xlsx', 'csv']).default('xlsx').openapi({ description: 'Excel workbook (default) or CSV in UTF-8 with a byte-order mark' }),
  lang: z.enum(['zh', 'en']).default('zh').openapi({ description: 'Language of the headers and code labels' }),
});

export type HouseholdExportQuery = z.infer<typeof householdExportQuerySchema>;

const binary = z.string().openapi({ format: 'binary' });

export const householdExportResponses = {
  200: {
    description: 'The households matching the filters, by village and household number, with ID numbers masked',
    headers: z.object({
      'content-disposition': z.string().openapi({ description: 'attachment; the file name in UTF-8 (RFC 5987 filename*, Chinese unless lang=en) and an English ASCII fallback' }),
      'x-row-count': z.string().openapi({ description: 'How many households the file holds' }),
    }),
    content: {
      [XLSX_CONTENT_TYPE]: { schema: binary },
      'text/csv': { schema: binary },
    },
  },
};
