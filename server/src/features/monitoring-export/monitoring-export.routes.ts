import { createRoute } from '@hono/zod-openapi';
import { createFeatureApp, problemResponses } from '../../http/openapi.ts';
import { exportResponses } from '../household-export/household-export.schemas.ts';
import { fileHeaders } from '../household-export/household-export.routes.ts';
import { alertExportQuerySchema, discrepancyExportQuerySchema } from './monitoring-export.schemas.ts';
import { startAlertExport, startDiscrepancyExport } from './monitoring-export.service.ts';

const AUDITED = 'ID numbers are masked unless idNumbers=unmasked (roles with personalData:exportUnmasked only; 403 naming the field otherwise). '
  + 'Each export is written to the audit trail, with its filters, row count and masking, when it starts.';

export const monitoringExportApp = createFeatureApp()
  .openapi(createRoute({
    method: 'get', path: '/monitoring/export/alerts', tags: ['monitoring'], summary: 'Download the alert inbox as Excel or CSV (audited)',
    description: `Takes the inbox's filters (region, status, risk type, rule, household, attached to a case) and covers every matching alert in your region, most recently raised first. ${AUDITED}`,
    request: { query: alertExportQuerySchema },
    responses: { ...exportResponses('The alerts matching the filters'), ...problemResponses },
  }), async (c) => {
    const file = await startAlertExport(c.get('ctx'), c.get('actor'), c.req.valid('query'));
    return c.body(file.body, 200, fileHeaders(file));
  })
  .openapi(createRoute({
    method: 'get', path: '/monitoring/export/discrepancies', tags: ['monitoring'], summary: 'Download a discrepancy list, or all of them, as Excel or CSV (audited)',
    description: `One row per current member whose department record contradicts the registry, by village and household number; every list in turn when no kind is given. ${AUDITED}`,
    request: { query: discrepancyExportQuerySchema },
    responses: { ...exportResponses('The discrepancies in your region'), ...problemResponses },
  }), async (c) => {
    const file = await startDiscrepancyExport(c.get('ctx'), c.get('actor'), c.req.valid('query'));
    return c.body(file.body, 200, fileHeaders(file));
  });
