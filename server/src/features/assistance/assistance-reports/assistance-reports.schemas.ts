import { z } from '@hono/zod-openapi';
import { rowKeySchema } from '../../households/code-schemas.ts';

export const reportQuerySchema = z.object({
  regionCode: z.string().regex(/^\d{2}(\d{2}(\d{2}(\d{3}(\d{3})?)?)?)?$/, 'expected a region code').optional().openapi({ description: 'Narrow to a region inside yours' }),
  year: z.coerce.number().int().min(2013).max(2100).optional().openapi({ description: 'Measures started / visits made in this year (default: this year)' }),
  format: z.enum(['json', 'xlsx']).default('json'),
  lang: z.enum(['zh', 'en']).default('zh'),
});

export type ReportQuery = z.infer<typeof reportQuerySchema>;

export const coverageRowSchema = z.object({
  villageCode: z.string(),
  villageName: z.string().nullable(),
  cause: z.string(),
  households: z.number().int().openapi({ description: 'Registered households with this cause (main or other)' }),
  answered: z.number().int().openapi({ description: 'Of those, households with a live measure answering it' }),
}).openapi('CoverageRow');

export const coverageReportSchema = z.object({
  rows: z.array(coverageRowSchema),
  byCause: z.array(z.object({ cause: z.string(), households: z.number().int(), answered: z.number().int() })),
}).openapi('CoverageReport');

export const cadreActivityRowSchema = z.object({
  cadreId: z.string(),
  name: z.string(),
  unit: z.string(),
  regionCode: z.string(),
  load: z.number().int(),
  visitsByMonth: z.array(z.number().int()).openapi({ description: 'Visits in January … December of the year' }),
  visits: z.number().int(),
  overdueHouseholds: z.number().int().openapi({ description: 'Paired households whose visit is overdue today' }),
}).openapi('CadreActivityRow');

export const cadreActivityReportSchema = z.object({ year: z.number().int(), rows: z.array(cadreActivityRowSchema) }).openapi('CadreActivityReport');

export const moneyReportSchema = z.object({
  year: z.number().int(),
  byType: z.array(z.object({ measureType: z.string(), measures: z.number().int(), households: z.number().int(), amount: z.number().int() })),
  byHousehold: z.array(z.object({
    householdId: rowKeySchema, householdNo: z.string(), headName: z.string(), villageCode: z.string(), villageName: z.string().nullable(),
    measures: z.number().int(), amount: z.number().int(),
  })),
  total: z.number().int(),
}).openapi('MoneyReport');

export type CoverageReport = z.infer<typeof coverageReportSchema>;
export type CadreActivityReport = z.infer<typeof cadreActivityReportSchema>;
export type MoneyReport = z.infer<typeof moneyReportSchema>;

const binary = z.string().openapi({ format: 'binary' });
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** JSON by default, or the same figures as an Excel workbook with ?format=xlsx. */
export function reportResponses<T extends z.ZodType>(schema: T, description: string) {
  return { 200: { description, content: { 'application/json': { schema }, [XLSX_CONTENT_TYPE]: { schema: binary } } } };
}
