import { createRoute } from '@hono/zod-openapi';
import { createFeatureApp, problemResponses } from '../../http/openapi.ts';
import { householdPrintParamsSchema, printResponses, villagePrintParamsSchema, villagePrintQuerySchema } from './household-print.schemas.ts';
import { printHousehold, printVillage } from './household-print.service.ts';

const HTML_HEADERS = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'x-robots-tag': 'noindex' };
const AUDITED = 'Opened in a browser tab and printed from there (A4, Chinese fonts). ID numbers, phone and bank account numbers are masked. '
  + 'Each print is written to the audit trail as an export of personal data.';

export const householdPrintApp = createFeatureApp()
  .openapi(createRoute({
    method: 'get', path: '/households/{householdId}/print/{document}', tags: ['households'],
    summary: 'The household handbook (扶贫手册) or card (明白卡) of one household, print-ready (audited)',
    description: `${AUDITED} A household outside your region answers 404.`,
    request: { params: householdPrintParamsSchema },
    responses: { ...printResponses, ...problemResponses },
  }), async (c) => {
    const { householdId, document } = c.req.valid('param');
    return c.body(await printHousehold(c.get('ctx'), c.get('actor'), householdId, document), 200, HTML_HEADERS);
  })
  .openapi(createRoute({
    method: 'get', path: '/villages/{villageCode}/print/{document}', tags: ['households'],
    summary: 'The handbooks or cards of every household of a village, one per page, print-ready (audited)',
    description: `${AUDITED} Takes the household list's filters; households in household-number order. A village outside your region answers 404.`,
    request: { params: villagePrintParamsSchema, query: villagePrintQuerySchema },
    responses: { ...printResponses, ...problemResponses },
  }), async (c) => {
    const { villageCode, document } = c.req.valid('param');
    return c.body(await printVillage(c.get('ctx'), c.get('actor'), villageCode, document, c.req.valid('query')), 200, HTML_HEADERS);
  });
