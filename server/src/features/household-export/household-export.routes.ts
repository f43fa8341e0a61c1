import { createRoute } from '@hono/zod-openapi';
import { createFeatureApp, problemResponses } from '../../http/openapi.ts';
import { householdExportQuerySchema, householdExportResponses } from './household-export.schemas.ts';
import { startHouseholdExport } from './household-export.service.ts';

/** RFC 5987 value: percent-encoded UTF-8, including the characters encodeURIComponent leaves alone. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (ch) => `%${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase()}`);
}

/** An attachment with its (Chinese) name for current clients and an ASCII name for old ones. */
export function contentDisposition(fileName: string, asciiFileName: string): string {
  const ascii = asciiFileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

// Mounted before the households routes, so that "export" is never taken for a household id.
export const householdExportApp = createFeatureApp()
  .openapi(createRoute({
    method: 'get', path: '/households/export', tags: ['households'], summary: 'Download the filtered household list as Excel or CSV (audited)',
    description: 'Takes the same filters as GET /households and streams every matching household in your region, '
      + 'ordered by village and household number. ID numbers are masked. Each export is written to the audit trail with its filters '
      + 'and row count when it starts.',
    request: { query: householdExportQuerySchema },
    responses: { ...householdExportResponses, ...problemResponses },
  }), async (c) => {
    const file = await startHouseholdExport(c.get('ctx'), c.get('actor'), c.req.valid('query'));
    return c.body(file.body, 200, {
      'content-type': file.contentType,
      'content-disposition': contentDisposition(file.fileName, file.asciiFileName),
      'x-row-count': String(file.rowCount),
      'cache-control': 'no-store',
    });
  });
