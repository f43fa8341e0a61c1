import { createRoute, z } from '@hono/zod-openapi';
import { requirePermission } from '../../access/actor.ts';
import { createFeatureApp, jsonContent, problemResponses } from '../../http/openapi.ts';
import { AppError } from '../../errors/app-error.ts';
import { presentImportJob } from './import.presenter.ts';
import { startImportReport } from './import-report.ts';
import {
  importIdParamsSchema, importJobSchema, importProblemPageSchema, importProblemQuerySchema, type importTemplateKinds, importTemplateParamsSchema,
  importUploadQuerySchema, langQuerySchema, XLSX_CONTENT_TYPE, xlsxResponse,
} from './import.schemas.ts';
import { cancelImport, commitImport, listImportJobs, requireImportJob, startImport, withLiveCounts } from './import.service.ts';
import { buildImportTemplate } from './import-templates.ts';
import { findImportProblems } from './import.repository.ts';

const tags = ['imports'];

const TEMPLATE_FILE_NAMES: Record<(typeof importTemplateKinds)[number], { zh: string; en: string }> = {
  households: { zh: '农户信息导入模板', en: 'household-import-template' },
  members: { zh: '家庭成员导入模板', en: 'member-import-template' },
  incomes: { zh: '收入情况导入模板', en: 'income-import-template' },
  basicNeedsChecks: { zh: '两不愁三保障核查导入模板', en: 'basic-needs-check-import-template' },
  pairings: { zh: '结对帮扶导入模板', en: 'pairing-import-template' },
  measures: { zh: '帮扶措施导入模板', en: 'measure-import-template' },
};

/** An attachment with its (Chinese) name for current clients and an ASCII name for old ones (RFC 6266/5987). */
function contentDisposition(fileName: string, asciiFileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (ch) => `%${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiFileName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encoded}`;
}

export const importApp = createFeatureApp()
  .openapi(createRoute({
    method: 'post', path: '/imports', tags, summary: 'Upload a spreadsheet and check it (dry run)',
    description: 'The request body is the file itself (xlsx, or csv in UTF-8 or GBK). The file is checked row by row in the '
      + 'background; nothing is written to the registry until POST /imports/{id}/commit. Poll GET /imports/{id} for progress.',
    request: {
      query: importUploadQuerySchema,
      body: { content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } }, required: true },
    },
    responses: { 202: jsonContent(importJobSchema, 'The job, checking'), ...problemResponses },
  }), async (c) => {
    const body = c.req.raw.body;
    if (!body) throw new AppError('VALIDATION_FAILED', 'the request has no file', { field: 'file' });
    const { fileName, kind } = c.req.valid('query');
    const job = await startImport(c.get('ctx'), c.get('actor'), fileName, body, { kind });
    return c.json(presentImportJob(job), 202);
  })
  .openapi(createRoute({
    method: 'get', path: '/imports', tags, summary: 'Recent imports in your region',
    responses: { 200: jsonContent(z.array(importJobSchema), 'Newest first'), ...problemResponses },
  }), async (c) => c.json((await listImportJobs(c.get('ctx'), c.get('actor'))).map(presentImportJob), 200))
  .openapi(createRoute({
    method: 'get', path: '/imports/{id}', tags, summary: 'An import with its progress and counts',
    request: { params: importIdParamsSchema },
    responses: { 200: jsonContent(importJobSchema, 'The job'), ...problemResponses },
  }), async (c) => {
    const job = await requireImportJob(c.get('ctx'), c.get('actor'), c.req.valid('param').id);
    return c.json(presentImportJob(withLiveCounts(job)), 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/imports/{id}/problems', tags, summary: 'The problems the check found, page by page',
    request: { params: importIdParamsSchema, query: importProblemQuerySchema },
    responses: { 200: jsonContent(importProblemPageSchema, 'Problems in file order'), ...problemResponses },
  }), async (c) => {
    const job = await requireImportJob(c.get('ctx'), c.get('actor'), c.req.valid('param').id);
    const { after, limit } = c.req.valid('query');
    const rows = await findImportProblems(c.get('ctx').db, job.id, after, limit);
    const items = rows.map((p) => ({ seq: p.seq, sheet: p.sheet, row: p.rowNumber, column: p.columnLabel, value: p.value, code: p.code, message: p.message }));
    return c.json({ items, nextAfter: rows.length === limit ? (rows.at(-1)?.seq ?? null) : null }, 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/imports/{id}/report', tags, summary: 'The problems as an Excel workbook with an error column',
    request: { params: importIdParamsSchema, query: langQuerySchema },
    responses: { ...xlsxResponse('The problems, one a row, with the error in the last column'), ...problemResponses },
  }), async (c) => {
    const report = await startImportReport(c.get('ctx'), c.get('actor'), c.req.valid('param').id, c.req.valid('query').lang);
    return c.body(report.body, 200, {
      'content-type': XLSX_CONTENT_TYPE, 'content-disposition': contentDisposition(report.fileName, report.asciiFileName), 'cache-control': 'no-store',
    });
  })
  .openapi(createRoute({
    method: 'post', path: '/imports/{id}/commit', tags, summary: 'Import the valid households of a checked file',
    description: 'Writes every valid household in one transaction (all or nothing), with the import as the source of each change in the households\' history.',
    request: { params: importIdParamsSchema },
    responses: { 202: jsonContent(importJobSchema, 'The job, importing'), ...problemResponses },
  }), async (c) => c.json(presentImportJob(await commitImport(c.get('ctx'), c.get('actor'), c.req.valid('param').id)), 202))
  .openapi(createRoute({
    method: 'post', path: '/imports/{id}/cancel', tags, summary: 'Stop a check or an import; nothing is written',
    request: { params: importIdParamsSchema },
    responses: { 200: jsonContent(importJobSchema, 'The job, cancelled'), ...problemResponses },
  }), async (c) => c.json(presentImportJob(await cancelImport(c.get('ctx'), c.get('actor'), c.req.valid('param').id)), 200))
  .openapi(createRoute({
    method: 'get', path: '/import-templates/{kind}', tags, summary: 'A template workbook with instructions and drop-down lists',
    request: { params: importTemplateParamsSchema, query: langQuerySchema },
    responses: { ...xlsxResponse('The template workbook'), ...problemResponses },
  }), async (c) => {
    requirePermission(c.get('actor'), 'registry:import');
    const { kind } = c.req.valid('param');
    const { lang } = c.req.valid('query');
    const names = TEMPLATE_FILE_NAMES[kind];
    const body = await buildImportTemplate(kind, lang);
    return c.body(new Uint8Array(body), 200, {
      'content-type': XLSX_CONTENT_TYPE, 'content-disposition': contentDisposition(`${names[lang]}.xlsx`, `${names.en}.xlsx`), 'cache-control': 'no-store',
    });
  });
