import { createRoute } from '@hono/zod-openapi';
import { createFeatureApp, problemResponses } from '../../http/openapi.ts';
import { exportResponses, householdExportQuerySchema, incomeExportQuerySchema } from './household-export.schemas.ts';
import { startHouseholdExport } from './household-export.service.ts';
import { startIncomeExport } from './income-export.service.ts';
import { startMeasureExport } from './measure-export.service.ts';
import { startMemberExport } from './member-export.service.ts';
import type { ExportFile } from './table-export.service.ts';

/** RFC 5987 value: percent-encoded UTF-8, including the characters encodeURIComponent leaves alone. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (ch) => `%${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase()}`);
}

/** An attachment with its (Chinese) name for current clients and an ASCII name for old ones. */
export function contentDisposition(fileName: string, asciiFileName: string): string {
  const ascii = asciiFileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

export function fileHeaders(file: ExportFile): Record<string, string> {
  return {
    'content-type': file.contentType,
    'content-disposition': contentDisposition(file.fileName, file.asciiFileName),
    'x-row-count': String(file.rowCount),
    'cache-control': 'no-store',
  };
}

const FILTERS = 'Takes the same filters as GET /households (region, text, ID number, status, type, cause, years) and covers every matching household in your region. ';
const AUDITED = 'ID numbers and phone numbers are masked unless idNumbers=unmasked (roles with personalData:exportUnmasked only; 403 naming the field otherwise). '
  + 'Each export is written to the audit trail, with its filters, row count and masking, when it starts.';

// Mounted before the households routes, so that "export" is never taken for a household id.
export const householdExportApp = createFeatureApp()
  .openapi(createRoute({
    method: 'get', path: '/households/export', tags: ['households'], summary: 'Download the filtered household roll as Excel or CSV (audited)',
    description: `${FILTERS}One row per household, ordered by village and household number. ${AUDITED}`,
    request: { query: householdExportQuerySchema },
    responses: { ...exportResponses('The households matching the filters'), ...problemResponses },
  }), async (c) => {
    const file = await startHouseholdExport(c.get('ctx'), c.get('actor'), c.req.valid('query'));
    return c.body(file.body, 200, fileHeaders(file));
  })
  .openapi(createRoute({
    method: 'get', path: '/households/export/members', tags: ['households'], summary: 'Download the members of the filtered households as Excel or CSV (audited)',
    description: `${FILTERS}One row per current member, by village and household number, the head first. ${AUDITED}`,
    request: { query: householdExportQuerySchema },
    responses: { ...exportResponses('The current members of the households matching the filters'), ...problemResponses },
  }), async (c) => {
    const file = await startMemberExport(c.get('ctx'), c.get('actor'), c.req.valid('query'));
    return c.body(file.body, 200, fileHeaders(file));
  })
  .openapi(createRoute({
    method: 'get', path: '/households/export/incomes', tags: ['households'], summary: 'Download the incomes of the filtered households by year as Excel or CSV (audited)',
    description: `${FILTERS}One row per household and income year (or only the year asked for), with the national line or threshold of that year. ${AUDITED}`,
    request: { query: incomeExportQuerySchema },
    responses: { ...exportResponses('The income records of the households matching the filters'), ...problemResponses },
  }), async (c) => {
    const file = await startIncomeExport(c.get('ctx'), c.get('actor'), c.req.valid('query'));
    return c.body(file.body, 200, fileHeaders(file));
  })
  .openapi(createRoute({
    method: 'get', path: '/households/export/measures', tags: ['households'], summary: 'Download the assistance measures of the filtered households as Excel or CSV (audited)',
    description: `${FILTERS}One row per assistance measure, by village, household number and start date. ${AUDITED}`,
    request: { query: householdExportQuerySchema },
    responses: { ...exportResponses('The assistance measures of the households matching the filters'), ...problemResponses },
  }), async (c) => {
    const file = await startMeasureExport(c.get('ctx'), c.get('actor'), c.req.valid('query'));
    return c.body(file.body, 200, fileHeaders(file));
  });
