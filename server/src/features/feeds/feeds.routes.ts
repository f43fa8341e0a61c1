import { createRoute, z } from '@hono/zod-openapi';
import { feedDefinition, feedKinds } from '@fupin/core';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../../errors/app-error.ts';
import { createFeatureApp, jsonContent, problemResponses } from '../../http/openapi.ts';
import { withUploadedFile } from './feed-file.ts';
import { buildFeedTemplateCsv, buildFeedTemplateXlsx } from './feed-templates.ts';
import {
  feedBatchIdParam, feedBatchListQuery, feedBatchSchema, feedBatchSummarySchema, feedDefinitionSchema, feedKindParam,
  feedTemplateQuery, feedUploadSchema,
} from './feeds.schemas.ts';
import { getFeedBatch, listFeedBatches, submitFeedBatch } from './feeds.service.ts';

export const MAX_FEED_BYTES = 50 * 1024 * 1024;

const app = createFeatureApp();
// Refuse an oversized file before it is read into memory.
app.use('/feeds/:kind/batches', bodyLimit({
  maxSize: MAX_FEED_BYTES + 64 * 1024,
  onError: () => { throw new AppError('VALIDATION_FAILED', `a feed file may be at most ${MAX_FEED_BYTES} bytes`, { field: 'file' }); },
}));

const definitions = feedKinds.items.map((item) => {
  const definition = feedDefinition(item.code);
  return {
    kind: item.code, zh: item.zh, en: item.en, departments: [...definition.departments],
    columns: definition.columns.map((c) => ({
      key: c.key, zh: c.zh, en: c.en, type: c.type, required: c.required, options: c.codeList ? c.codeList.items.map((i) => i.zh) : [],
    })),
  };
});

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const feedsApp = app
  .openapi(createRoute({
    method: 'get', path: '/feeds/kinds', tags: ['feeds'], summary: 'The department feeds, their templates\' columns and who sends them',
    responses: { 200: jsonContent(z.array(feedDefinitionSchema), 'Feed definitions'), ...problemResponses },
  }), (c) => c.json(definitions, 200))
  .openapi(createRoute({
    method: 'get', path: '/feeds/{kind}/template', tags: ['feeds'], summary: 'Download the template of a feed (xlsx with instructions, or csv)',
    request: { params: feedKindParam, query: feedTemplateQuery },
    responses: { 200: { description: 'The template file', content: { [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) }, 'text/csv': { schema: z.string() } } }, ...problemResponses },
  }), async (c) => {
    const { kind } = c.req.valid('param');
    const { format } = c.req.valid('query');
    const bytes = format === 'csv' ? buildFeedTemplateCsv(kind) : await buildFeedTemplateXlsx(kind);
    return c.body(bytes.slice().buffer, 200, {
      'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE,
      'content-disposition': `attachment; filename="${kind}-template.${format}"`,
    });
  })
  .openapi(createRoute({
    method: 'post', path: '/feeds/{kind}/batches', tags: ['feeds'],
    summary: 'Send a department file: validated row by row, matched to members, applied; the same file again changes nothing',
    request: { params: feedKindParam, body: { content: { 'multipart/form-data': { schema: feedUploadSchema } }, required: true } },
    responses: {
      201: jsonContent(feedBatchSchema, 'The batch report (applied rows, invalid and unmatched rows)'),
      200: jsonContent(feedBatchSchema, 'The same file was sent before: its earlier report, nothing changed'),
      ...problemResponses,
    },
  }), async (c) => {
    const upload = c.req.valid('form').file;
    const fileName = upload.name || 'upload.csv';
    const report = await withUploadedFile(c.get('ctx'), fileName, upload.stream(), (file) =>
      submitFeedBatch(c.get('ctx'), c.get('actor'), { kind: c.req.valid('param').kind, fileName, file }));
    return report.isRepeat ? c.json(report, 200) : c.json(report, 201);
  })
  .openapi(createRoute({
    method: 'get', path: '/feeds/batches', tags: ['feeds'], summary: 'Feed batches sent in your region, newest first',
    request: { query: feedBatchListQuery },
    responses: { 200: jsonContent(z.array(feedBatchSummarySchema), 'Batches'), ...problemResponses },
  }), async (c) => {
    const { kind, limit } = c.req.valid('query');
    return c.json(await listFeedBatches(c.get('ctx'), c.get('actor'), kind, limit), 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/feeds/batches/{batchId}', tags: ['feeds'], summary: 'A batch\'s report with its row issues',
    request: { params: feedBatchIdParam },
    responses: { 200: jsonContent(feedBatchSchema, 'The batch report'), ...problemResponses },
  }), async (c) => c.json(await getFeedBatch(c.get('ctx'), c.get('actor'), c.req.valid('param').batchId), 200));
