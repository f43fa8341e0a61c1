import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Actor } from '../../../access/actor.ts';
import type { AppContext } from '../../../app-context.ts';
import { recordAudit } from '../../../audit/audit.service.ts';
import { createFeatureApp, problemResponses } from '../../../http/openapi.ts';
import type { HttpEnv } from '../../../http/http-env.ts';
import { contentDisposition } from '../../household-export/household-export.routes.ts';
import { cadreActivityReportSchema, coverageReportSchema, moneyReportSchema, reportQuerySchema, reportResponses, XLSX_CONTENT_TYPE, type ReportQuery } from './assistance-reports.schemas.ts';
import { reportCadreActivity, reportCoverage, reportMoney } from './assistance-reports.service.ts';
import { cadreActivityWorkbook, coverageWorkbook, moneyWorkbook } from './assistance-reports.workbook.ts';

/** Answers the report as JSON, or as an audited Excel download. */
async function answer<R>(c: Context<HttpEnv>, query: ReportQuery, report: R, name: { zh: string; en: string }, toXlsx: (r: R, lang: 'zh' | 'en') => Promise<Uint8Array<ArrayBuffer>>) {
  if (query.format !== 'xlsx') return c.json(report, 200);
  const bytes = await toXlsx(report, query.lang);
  await auditExport(c.get('ctx'), c.get('actor'), name.en, query);
  return c.body(bytes, 200, {
    'content-type': XLSX_CONTENT_TYPE,
    'content-disposition': contentDisposition(`${query.lang === 'zh' ? name.zh : name.en}.xlsx`, `${name.en}.xlsx`),
    'cache-control': 'no-store',
  });
}

async function auditExport(ctx: AppContext, actor: Actor, report: string, query: ReportQuery): Promise<void> {
  await ctx.db.transaction().execute((trx) => recordAudit(trx, actor, {
    action: 'export', entityType: 'assistanceReport', entityId: report, regionCode: query.regionCode ?? actor.regionCode, details: { report, year: query.year ?? null },
  }, ctx.now().toISOString()));
}

export const assistanceReportsApp = createFeatureApp()
  .openapi(createRoute({
    method: 'get', path: '/assistance-reports/coverage', tags: ['assistance'], summary: 'Coverage of measures by cause and village (JSON or Excel)',
    request: { query: reportQuerySchema },
    responses: { ...reportResponses(coverageReportSchema, 'Coverage'), ...problemResponses },
  }), async (c) => {
    const query = c.req.valid('query');
    return answer(c, query, await reportCoverage(c.get('ctx'), c.get('actor'), query), { zh: '帮扶措施覆盖情况', en: 'measure-coverage' }, coverageWorkbook);
  })
  .openapi(createRoute({
    method: 'get', path: '/assistance-reports/cadre-activity', tags: ['assistance'], summary: 'Cadre activity: visits per month and overdue households (JSON or Excel)',
    request: { query: reportQuerySchema },
    responses: { ...reportResponses(cadreActivityReportSchema, 'Cadre activity'), ...problemResponses },
  }), async (c) => {
    const query = c.req.valid('query');
    return answer(c, query, await reportCadreActivity(c.get('ctx'), c.get('actor'), query), { zh: '帮扶干部走访情况', en: 'cadre-activity' }, cadreActivityWorkbook);
  })
  .openapi(createRoute({
    method: 'get', path: '/assistance-reports/money', tags: ['assistance'], summary: 'Money per household and per measure type for a year (JSON or Excel)',
    request: { query: reportQuerySchema },
    responses: { ...reportResponses(moneyReportSchema, 'Money'), ...problemResponses },
  }), async (c) => {
    const query = c.req.valid('query');
    return answer(c, query, await reportMoney(c.get('ctx'), c.get('actor'), query), { zh: '帮扶资金到户情况', en: 'assistance-money' }, moneyWorkbook);
  });
