import { z } from '@hono/zod-openapi';
import { householdSearchQuerySchema } from '../households/household-search.schemas.ts';
import { rowKeyText } from '../households/code-schemas.ts';

export const printDocuments = ['handbook', 'card'] as const;
export type PrintDocument = (typeof printDocuments)[number];

const documentParam = z.enum(printDocuments).openapi({ description: 'handbook: 扶贫手册 (the household\'s dossier); card: 明白卡 (one page)' });

export const householdPrintParamsSchema = z.object({
  householdId: rowKeyText,
  document: documentParam,
});

export const villagePrintParamsSchema = z.object({
  villageCode: z.string().regex(/^\d{12}$/, 'a 12-digit village code').openapi({ example: '150602101201' }),
  document: documentParam,
});

/** The household list's filters, so a village prints what the list shows of it. */
export const villagePrintQuerySchema = householdSearchQuerySchema.omit({ regionCode: true, sort: true, order: true, page: true, pageSize: true });

export type VillagePrintQuery = z.infer<typeof villagePrintQuerySchema>;

export const printResponses = {
  200: {
    description: 'A print-ready HTML page (A4, one document per page; ID numbers masked)',
    content: { 'text/html': { schema: z.string() } },
  },
};
