import { keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/api-client.ts';
import type { components, paths } from '../api/schema.gen.ts';

export type Procedure = components['schemas']['Procedure'];
export type ProcedureSummary = components['schemas']['ProcedureSummary'];
export type ProcedureStep = components['schemas']['ProcedureStep'];
export type Objection = components['schemas']['Objection'];
export type StepAction = components['schemas']['StepAction'];
export type ObjectionInput = components['schemas']['ObjectionInput'];
export type ObjectionResolutionInput = components['schemas']['ObjectionResolutionInput'];
export type VillageQuota = components['schemas']['VillageQuota'];
export type NoticePosting = components['schemas']['NoticePosting'];
export type ProcedureListQuery = NonNullable<paths['/api/v1/procedures']['get']['parameters']['query']>;

export const PROCEDURES_KEY = ['procedures'] as const;

export const waitingForMeQuery = (regionCode: string) => queryOptions({
  queryKey: [...PROCEDURES_KEY, 'waiting', regionCode],
  queryFn: () => unwrap(api.GET('/api/v1/procedures/waiting-for-me', { params: { query: { regionCode } } })),
});

export const proceduresQuery = (query: ProcedureListQuery) => queryOptions({
  queryKey: [...PROCEDURES_KEY, 'list', query],
  queryFn: () => unwrap(api.GET('/api/v1/procedures', { params: { query } })),
  placeholderData: keepPreviousData,
});

export const procedureQuery = (id: string) => queryOptions({
  queryKey: [...PROCEDURES_KEY, 'one', id],
  queryFn: () => unwrap(api.GET('/api/v1/procedures/{procedureId}', { params: { path: { procedureId: id } } })),
});

export const quotasQuery = (year: number, regionCode: string) => queryOptions({
  queryKey: [...PROCEDURES_KEY, 'quotas', year, regionCode],
  queryFn: () => unwrap(api.GET('/api/v1/village-quotas', { params: { query: { year, regionCode } } })),
});

export const noticePostingsQuery = (regionCode: string) => queryOptions({
  queryKey: [...PROCEDURES_KEY, 'notices', regionCode],
  queryFn: () => unwrap(api.GET('/api/v1/notices', { params: { query: { regionCode } } })),
});

export function actOnStep(id: string, body: StepAction) {
  return unwrap(api.POST('/api/v1/procedures/{procedureId}/actions', { params: { path: { procedureId: id } }, body }));
}

export function recordObjection(id: string, body: ObjectionInput) {
  return unwrap(api.POST('/api/v1/procedures/{procedureId}/objections', { params: { path: { procedureId: id } }, body }));
}

export function resolveObjection(id: string, objectionId: string, body: ObjectionResolutionInput) {
  return unwrap(api.POST('/api/v1/procedures/{procedureId}/objections/{objectionId}/resolution', { params: { path: { procedureId: id, objectionId } }, body }));
}

export function openIdentification(householdId: number, appliedOn?: string) {
  return unwrap(api.POST('/api/v1/procedures/identification', { body: { householdId, note: null, ...(appliedOn ? { appliedOn } : {}) } }));
}

export function openHouseholdExit(householdId: number, year: number, on?: string) {
  return unwrap(api.POST('/api/v1/procedures/household-exit', { body: { householdId, year, ...(on ? { on } : {}) } }));
}

export function setVillageQuota(villageCode: string, year: number, quota: number) {
  return unwrap(api.PUT('/api/v1/village-quotas/{villageCode}/{year}', { params: { path: { villageCode, year } }, body: { quota } }));
}

/** A procedure changed: its page, the queues and the household's status are stale. */
export async function refreshProcedures(queryClient: QueryClient): Promise<void> {
  await queryClient.invalidateQueries({ queryKey: PROCEDURES_KEY });
  await queryClient.invalidateQueries({ queryKey: ['households'] });
}

/** The server's printable page and workbook for a notice (opened in a new tab; the session cookie goes along). */
export function noticeUrl(kind: 'print' | 'export', posting: { villageCode: string; step: string; startsOn: string }): string {
  const query = new URLSearchParams({ villageCode: posting.villageCode, step: posting.step, startsOn: posting.startsOn });
  return `/api/v1/notices/${kind}?${query.toString()}`;
}
