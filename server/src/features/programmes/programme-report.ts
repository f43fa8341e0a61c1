import { z } from '@hono/zod-openapi';
import ExcelJS from 'exceljs';
import type { Context } from 'hono';
import type { Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app-context.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import type { HttpEnv } from '../../http/http-env.ts';
import { contentDisposition } from '../household-export/household-export.routes.ts';

export type Lang = 'zh' | 'en';
export type Cell = string | number | null;

export const reportFormatFields = {
  format: z.enum(['json', 'xlsx']).default('json').openapi({ description: 'JSON, or the same figures as an Excel workbook' }),
  lang: z.enum(['zh', 'en']).default('zh').openapi({ description: 'Language of the workbook\'s headers and labels' }),
};

const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const binary = z.string().openapi({ format: 'binary' });

/** JSON by default, or an Excel workbook with ?format=xlsx. */
export function reportResponses<T extends z.ZodType>(schema: T, description: string) {
  return { 200: { description, content: { 'application/json': { schema }, [XLSX_CONTENT_TYPE]: { schema: binary } } } };
}

export interface Sheet {
  title: string;
  headers: string[];
  rows: Cell[][];
  /** Columns (0-based) holding fen, shown as yuan with two decimals. */
  moneyColumns?: number[];
  /** Columns (0-based) holding basis points, shown as percentages. */
  rateColumns?: number[];
}

export async function toWorkbook(sheets: readonly Sheet[]): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  for (const s of sheets) {
    const sheet = workbook.addWorksheet(s.title, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(s.headers).font = { bold: true };
    for (const row of s.rows) {
      sheet.addRow(row.map((v, i) => {
        if (typeof v !== 'number') return v;
        if (s.moneyColumns?.includes(i)) return v / 100;
        if (s.rateColumns?.includes(i)) return v / 10_000;
        return v;
      }));
    }
    s.headers.forEach((h, i) => {
      const column = sheet.getColumn(i + 1);
      column.width = Math.max(10, h.length * 2 + 2);
      if (s.moneyColumns?.includes(i)) column.numFmt = '#,##0.00';
      if (s.rateColumns?.includes(i)) column.numFmt = '0.00%';
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export const pick = (lang: Lang, zh: string, en: string): string => (lang === 'zh' ? zh : en);

/** Answers a report as JSON, or as an Excel download written to the audit trail. */
export async function answerReport<R>(
  c: Context<HttpEnv>, query: { format: 'json' | 'xlsx'; lang: Lang; region?: string | undefined; year?: number | undefined },
  report: R, name: { zh: string; en: string }, toSheets: (r: R, lang: Lang) => Sheet[],
) {
  if (query.format !== 'xlsx') return c.json(report, 200);
  const bytes = await toWorkbook(toSheets(report, query.lang));
  await auditReportExport(c.get('ctx'), c.get('actor'), name.en, query);
  return c.body(bytes, 200, {
    'content-type': XLSX_CONTENT_TYPE,
    'content-disposition': contentDisposition(`${query.lang === 'zh' ? name.zh : name.en}.xlsx`, `${name.en}.xlsx`),
    'cache-control': 'no-store',
  });
}

async function auditReportExport(ctx: AppContext, actor: Actor, report: string, query: { region?: string | undefined; year?: number | undefined }): Promise<void> {
  await ctx.db.transaction().execute((trx) => recordAudit(trx, actor, {
    action: 'export', entityType: 'programmeReport', entityId: report, regionCode: query.region ?? actor.regionCode, details: { report, year: query.year ?? null },
  }, ctx.now().toISOString()));
}
