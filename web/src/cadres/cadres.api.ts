import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/api-client.ts';
import type { components } from '../api/schema.gen.ts';

export type Cadre = components['schemas']['Cadre'];
export type CadreInput = components['schemas']['CadreInput'];
export type Pairing = components['schemas']['Pairing'];
export type WorkTeam = components['schemas']['WorkTeam'];
export type AssistanceSettings = components['schemas']['AssistanceSettings'];

export const CADRES_KEY = ['cadres'] as const;

export const cadresQuery = (regionCode: string) => queryOptions({
  queryKey: [...CADRES_KEY, 'list', regionCode],
  queryFn: () => unwrap(api.GET('/api/v1/cadres', { params: { query: { regionCode } } })),
});

export const pairingsQuery = (regionCode: string, activeOnly: boolean) => queryOptions({
  queryKey: [...CADRES_KEY, 'pairings', regionCode, activeOnly],
  queryFn: () => unwrap(api.GET('/api/v1/pairings', { params: { query: { regionCode, activeOnly: activeOnly ? 'true' : 'false' } } })),
});

export const workTeamsQuery = (regionCode: string) => queryOptions({
  queryKey: [...CADRES_KEY, 'workTeams', regionCode],
  queryFn: () => unwrap(api.GET('/api/v1/work-teams', { params: { query: { regionCode } } })),
});

export const settingsQuery = (regionCode: string) => queryOptions({
  queryKey: [...CADRES_KEY, 'settings', regionCode],
  queryFn: () => unwrap(api.GET('/api/v1/assistance-settings/{regionCode}', { params: { path: { regionCode } } })),
});

export const householdOptionsQuery = (regionCode: string, q: string) => queryOptions({
  queryKey: ['households', 'list', 'pick', regionCode, q],
  queryFn: () => unwrap(api.GET('/api/v1/households', { params: { query: { regionCode, pageSize: 50, ...(q ? { q } : {}) } } })),
});

/** Cadres, pairings, teams and loads all change together. */
export function refreshCadres(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: CADRES_KEY });
}
