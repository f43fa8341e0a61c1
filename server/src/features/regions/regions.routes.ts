import { createRoute, z } from '@hono/zod-openapi';
import { createFeatureApp, jsonContent, problemResponses } from '../../http/openapi.ts';
import { regionCodeSchema, regionDetailSchema, regionNodeSchema, regionSchema } from './regions.schemas.ts';
import { findRegionsByName, getRegion, listChildRegions } from './regions.service.ts';

const codeParam = z.object({ code: regionCodeSchema.openapi({ param: { name: 'code', in: 'path' }, example: '150602' }) });
type RegionLevel = z.infer<typeof regionSchema>['level'];

export const regionsApp = createFeatureApp()
  .openapi(createRoute({
    method: 'get', path: '/regions/{code}', tags: ['regions'], summary: 'A region and its path from the province',
    request: { params: codeParam },
    responses: { 200: jsonContent(regionDetailSchema, 'The region'), ...problemResponses },
  }), async (c) => {
    const region = await getRegion(c.get('ctx').db, c.get('actor'), c.req.valid('param').code);
    return c.json({ ...region, level: region.level as RegionLevel, path: region.path.map((r) => ({ ...r, level: r.level as RegionLevel })) }, 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/regions/{code}/children', tags: ['regions'], summary: 'Children of a region (the tree, one level at a time)',
    request: { params: codeParam },
    responses: { 200: jsonContent(z.array(regionNodeSchema), 'The children'), ...problemResponses },
  }), async (c) => {
    const rows = await listChildRegions(c.get('ctx').db, c.get('actor'), c.req.valid('param').code);
    return c.json(rows.map((r) => ({ ...r, level: r.level as RegionLevel, hasChildren: Boolean(r.hasChildren) })), 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/regions', tags: ['regions'], summary: 'Search regions by name inside your region',
    request: { query: z.object({ q: z.string().min(1).max(50), limit: z.coerce.number().int().min(1).max(100).default(20) }) },
    responses: { 200: jsonContent(z.array(regionSchema), 'Matching regions'), ...problemResponses },
  }), async (c) => {
    const { q, limit } = c.req.valid('query');
    const rows = await findRegionsByName(c.get('ctx').db, c.get('actor'), q, limit);
    return c.json(rows.map((r) => ({ ...r, level: r.level as RegionLevel })), 200);
  });
