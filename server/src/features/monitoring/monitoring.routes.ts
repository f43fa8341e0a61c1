import { createRoute, z } from '@hono/zod-openapi';
import { createFeatureApp, jsonBody, jsonContent, problemResponses } from '../../http/openapi.ts';
import { feedsApp } from '../feeds/feeds.routes.ts';
import { listDiscrepancies } from './discrepancies.service.ts';
import { closeAlert, getAlert, listAlerts } from './monitoring-alerts.service.ts';
import { getScan, listScans, startScan } from './monitoring-scan.service.ts';
import { getRuleSettings, setRuleSetting } from './monitoring-settings.service.ts';
import {
  alertCloseSchema, alertIdParam, alertListQuery, alertPageSchema, alertSchema, discrepancyPageSchema, discrepancyQuery,
  ruleSettingInputSchema, ruleSettingSchema, ruleSettingsQuery, scanIdParam, scanInputSchema, scanSchema,
} from './monitoring.schemas.ts';

const monitoringRoutes = createFeatureApp()
  .openapi(createRoute({
    method: 'get', path: '/monitoring/rules', tags: ['monitoring'], summary: 'The monitoring rules in force for a region and year, with where each value comes from',
    request: { query: ruleSettingsQuery },
    responses: { 200: jsonContent(z.array(ruleSettingSchema), 'Rules'), ...problemResponses },
  }), async (c) => {
    const { region, year } = c.req.valid('query');
    return c.json(await getRuleSettings(c.get('ctx'), c.get('actor'), region, year), 200);
  })
  .openapi(createRoute({
    method: 'put', path: '/monitoring/rules', tags: ['monitoring'], summary: 'Switch a rule or set its parameters for a region from a year on',
    request: jsonBody(ruleSettingInputSchema),
    responses: { 200: jsonContent(z.array(ruleSettingSchema), 'The rules now in force'), ...problemResponses },
  }), async (c) => c.json(await setRuleSetting(c.get('ctx'), c.get('actor'), c.req.valid('json')), 200))
  .openapi(createRoute({
    method: 'post', path: '/monitoring/scans', tags: ['monitoring'], summary: 'Start a scan of every household in a region; follow it with GET /monitoring/scans/{scanId}',
    request: jsonBody(scanInputSchema),
    responses: { 202: jsonContent(scanSchema, 'The scan, running'), ...problemResponses },
  }), async (c) => c.json(await startScan(c.get('ctx'), c.get('actor'), c.req.valid('json')), 202))
  .openapi(createRoute({
    method: 'get', path: '/monitoring/scans', tags: ['monitoring'], summary: 'Recent scans in your region',
    responses: { 200: jsonContent(z.array(scanSchema), 'Scans'), ...problemResponses },
  }), async (c) => c.json(await listScans(c.get('ctx'), c.get('actor')), 200))
  .openapi(createRoute({
    method: 'get', path: '/monitoring/scans/{scanId}', tags: ['monitoring'], summary: 'A scan\'s progress and result',
    request: { params: scanIdParam },
    responses: { 200: jsonContent(scanSchema, 'The scan'), ...problemResponses },
  }), async (c) => c.json(await getScan(c.get('ctx'), c.get('actor'), c.req.valid('param').scanId), 200))
  .openapi(createRoute({
    method: 'get', path: '/monitoring/alerts', tags: ['monitoring'], summary: 'The alert inbox of your region, most recently raised first',
    request: { query: alertListQuery },
    responses: { 200: jsonContent(alertPageSchema, 'Alerts'), ...problemResponses },
  }), async (c) => {
    const { limit, offset, ...filter } = c.req.valid('query');
    return c.json(await listAlerts(c.get('ctx'), c.get('actor'), filter, limit, offset), 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/monitoring/alerts/{alertId}', tags: ['monitoring'], summary: 'An alert with its reasons and data',
    request: { params: alertIdParam },
    responses: { 200: jsonContent(alertSchema, 'The alert'), ...problemResponses },
  }), async (c) => c.json(await getAlert(c.get('ctx'), c.get('actor'), c.req.valid('param').alertId), 200))
  .openapi(createRoute({
    method: 'post', path: '/monitoring/alerts/{alertId}/close', tags: ['monitoring'], summary: 'Close an alert found not to be a risk, saying why',
    request: { params: alertIdParam, ...jsonBody(alertCloseSchema) },
    responses: { 200: jsonContent(alertSchema, 'The closed alert'), ...problemResponses },
  }), async (c) => c.json(await closeAlert(c.get('ctx'), c.get('actor'), c.req.valid('param').alertId, c.req.valid('json').note), 200))
  .openapi(createRoute({
    method: 'get', path: '/monitoring/discrepancies', tags: ['monitoring'], summary: 'Members whose department data contradicts the registry',
    request: { query: discrepancyQuery },
    responses: { 200: jsonContent(discrepancyPageSchema, 'Discrepancies'), ...problemResponses },
  }), async (c) => {
    const { kind, region, limit } = c.req.valid('query');
    return c.json(await listDiscrepancies(c.get('ctx'), c.get('actor'), kind, region, limit), 200);
  });

/** Department feeds and monitoring: one router for the API. */
export const monitoringApp = createFeatureApp().route('/', feedsApp).route('/', monitoringRoutes);
