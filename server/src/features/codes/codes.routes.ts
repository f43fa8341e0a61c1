import { createRoute, z } from '@hono/zod-openapi';
import { codeLists } from '@fupin/core';
import { createFeatureApp, jsonContent, problemResponses } from '../../http/openapi.ts';

const codeListSchema = z.object({
  name: z.string(),
  items: z.array(z.object({ code: z.string(), zh: z.string(), en: z.string(), national: z.string().optional() })),
}).openapi('CodeList');

export const codesApp = createFeatureApp().openapi(createRoute({
  method: 'get', path: '/codes', tags: ['codes'], summary: 'Every code list with Chinese and English labels',
  responses: { 200: jsonContent(z.array(codeListSchema), 'The code lists'), ...problemResponses },
}), (c) => c.json(codeLists.map((l) => ({ name: l.name, items: l.items.map((i) => ({ ...i })) })), 200));
