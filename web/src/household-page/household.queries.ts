import { infiniteQueryOptions, queryOptions, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/api-client.ts';
import type { components } from '../api/schema.gen.ts';

export type Household = components['schemas']['Household'];
export type Member = components['schemas']['Member'];
export type Income = components['schemas']['Income'];
export type BasicNeedsCheck = components['schemas']['BasicNeedsCheck'];
export type HistoryEntry = components['schemas']['HistoryEntry'];

const HISTORY_PAGE = 50;

/** Everything read about one household lives under this key, so one invalidation refreshes it all. */
export const householdKey = (id: number) => ['households', 'detail', id] as const;

export const householdQuery = (id: number) => queryOptions({
  queryKey: householdKey(id),
  queryFn: () => unwrap(api.GET('/api/v1/households/{id}', { params: { path: { id } } })),
});

export const incomesQuery = (id: number) => queryOptions({
  queryKey: [...householdKey(id), 'incomes'],
  queryFn: () => unwrap(api.GET('/api/v1/households/{householdId}/incomes', { params: { path: { householdId: id } } })),
});

export const basicNeedsChecksQuery = (id: number) => queryOptions({
  queryKey: [...householdKey(id), 'basicNeedsChecks'],
  queryFn: () => unwrap(api.GET('/api/v1/households/{householdId}/basic-needs-checks', { params: { path: { householdId: id } } })),
});

export const historyQuery = (id: number) => infiniteQueryOptions({
  queryKey: [...householdKey(id), 'history'],
  queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/households/{id}/history', {
    params: { path: { id }, query: { limit: HISTORY_PAGE, ...(pageParam === undefined ? {} : { beforeSeq: pageParam }) } },
  })),
  initialPageParam: undefined as number | undefined,
  getNextPageParam: (page) => page.nextBeforeSeq ?? undefined,
});

/** After a change: this household (all its tabs) and the lists it appears in are read again. */
export async function refreshHousehold(queryClient: QueryClient, id: number): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: householdKey(id) }),
    queryClient.invalidateQueries({ queryKey: ['households', 'list'] }),
  ]);
}
