import { createRoute, z } from '@hono/zod-openapi';
import { createFeatureApp, jsonContent, problemResponses } from '../../http/openapi.ts';
import { contentDisposition } from '../household-export/household-export.routes.ts';
import { renderNoticeHtml } from './notice-html.ts';
import { renderNoticeXlsx } from './notice-xlsx.ts';
import { noticePostingSchema, noticePostingsQuerySchema, noticeQuerySchema, noticeSchema } from './notices.schemas.ts';
import { auditNoticeOutput, getNotice, listNoticePostings } from './notices.service.ts';

const tags = ['procedures'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const noticesApp = createFeatureApp()
  .openapi(createRoute({
    method: 'get', path: '/notices', tags, summary: 'Notices posted in your region (village, step, period, households), newest first',
    request: { query: noticePostingsQuerySchema },
    responses: { 200: jsonContent(z.array(noticePostingSchema), 'Postings'), ...problemResponses },
  }), async (c) => {
    const { regionCode, step } = c.req.valid('query');
    return c.json(await listNoticePostings(c.get('ctx'), c.get('actor'), regionCode, step), 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/notices/content', tags, summary: 'One notice as data: title, period and its lines',
    request: { query: noticeQuerySchema },
    responses: { 200: jsonContent(noticeSchema, 'The notice'), ...problemResponses },
  }), async (c) => c.json(await getNotice(c.get('ctx'), c.get('actor'), c.req.valid('query')), 200))
  .openapi(createRoute({
    method: 'get', path: '/notices/print', tags, summary: 'One notice as a printable A4 page (audited)',
    description: 'Shows only what a notice may show: the head of household\'s name, the masked ID number, the village and the cause, with the posting period.',
    request: { query: noticeQuerySchema },
    responses: { 200: { description: 'The page', content: { 'text/html': { schema: z.string() } } }, ...problemResponses },
  }), async (c) => {
    const notice = await getNotice(c.get('ctx'), c.get('actor'), c.req.valid('query'));
    await auditNoticeOutput(c.get('ctx'), c.get('actor'), notice, 'html');
    return c.html(renderNoticeHtml(notice), 200, { 'cache-control': 'no-store' });
  })
  .openapi(createRoute({
    method: 'get', path: '/notices/export', tags, summary: 'One notice as an Excel workbook (audited)',
    request: { query: noticeQuerySchema },
    responses: { 200: { description: 'The workbook', content: { [XLSX]: { schema: z.string().openapi({ format: 'binary' }) } } }, ...problemResponses },
  }), async (c) => {
    const notice = await getNotice(c.get('ctx'), c.get('actor'), c.req.valid('query'));
    await auditNoticeOutput(c.get('ctx'), c.get('actor'), notice, 'xlsx');
    const body = await renderNoticeXlsx(notice);
    return c.body(body, 200, {
      'content-type': XLSX, 'cache-control': 'no-store',
      'content-disposition': contentDisposition(`${notice.title}-${notice.startsOn}.xlsx`, `notice-${notice.villageCode}-${notice.step}-${notice.startsOn}.xlsx`),
    });
  });
