import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../api/api-client.ts';

/** Regions hardly change: cached for the visit. */
const REGION_STALE_MS = 60 * 60_000;

export const regionQuery = (code: string) => queryOptions({
  queryKey: ['regions', 'detail', code],
  queryFn: () => unwrap(api.GET('/api/v1/regions/{code}', { params: { path: { code } } })),
  staleTime: REGION_STALE_MS,
});

export const regionChildrenQuery = (code: string) => queryOptions({
  queryKey: ['regions', 'children', code],
  queryFn: () => unwrap(api.GET('/api/v1/regions/{code}/children', { params: { path: { code } } })),
  staleTime: REGION_STALE_MS,
});

export const regionSearchQuery = (q: string) => queryOptions({
  queryKey: ['regions', 'search', q],
  queryFn: () => unwrap(api.GET('/api/v1/regions', { params: { query: { q, limit: 20 } } })),
  staleTime: REGION_STALE_MS,
  enabled: q.length > 0,
});
