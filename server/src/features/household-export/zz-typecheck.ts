import { createRoute, z, type RouteConfigToTypedResponse } from '@hono/zod-openapi';
const XL = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const r1 = createRoute({ method: 'get', path: '/x', responses: { 200: { description: 'd', content: { [XL]: { schema: z.string() } } } } });
export const p1: RouteConfigToTypedResponse<typeof r1> = 1 as unknown as string;
const r2 = createRoute({ method: 'get', path: '/x', responses: { 200: { description: 'd', content: { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string() }, 'text/csv': { schema: z.string() } } } } });
export const p2: RouteConfigToTypedResponse<typeof r2> = 1 as unknown as string;
