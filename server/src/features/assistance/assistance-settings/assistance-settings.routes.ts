import { createRoute } from '@hono/zod-openapi';
import { createFeatureApp, jsonBody, jsonContent, problemResponses } from '../../../http/openapi.ts';
import { assistanceSettingsInputSchema, assistanceSettingsSchema, regionCodeParam } from './assistance-settings.schemas.ts';
import { getAssistanceSettings, setAssistanceSettings } from './assistance-settings.service.ts';

export const assistanceSettingsApp = createFeatureApp()
  .openapi(createRoute({
    method: 'get', path: '/assistance-settings/{regionCode}', tags: ['assistance'], summary: 'Pairing load limit and visit windows in force in a region',
    request: { params: regionCodeParam },
    responses: { 200: jsonContent(assistanceSettingsSchema, 'Settings'), ...problemResponses },
  }), async (c) => c.json(await getAssistanceSettings(c.get('ctx'), c.get('actor'), c.req.valid('param').regionCode), 200))
  .openapi(createRoute({
    method: 'put', path: '/assistance-settings/{regionCode}', tags: ['assistance'], summary: 'Set a region\'s pairing load limit and visit windows (inherited below it)',
    request: { params: regionCodeParam, ...jsonBody(assistanceSettingsInputSchema) },
    responses: { 200: jsonContent(assistanceSettingsSchema, 'Settings'), ...problemResponses },
  }), async (c) => c.json(await setAssistanceSettings(c.get('ctx'), c.get('actor'), c.req.valid('param').regionCode, c.req.valid('json')), 200));
