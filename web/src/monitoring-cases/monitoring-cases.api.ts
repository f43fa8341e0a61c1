import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/api-client.ts';
import type { components, paths } from '../api/schema.gen.ts';
import { MONITORING_KEY } from '../monitoring/monitoring.api.ts';

export type MonitoringCase = components['schemas']['MonitoringCase'];
export type MonitoringCaseSummary = components['schemas']['MonitoringCaseSummary'];
export type MonitoringCaseOpen = components['schemas']['MonitoringCaseOpen'];
export type MonitoringCaseStepAction = components['schemas']['MonitoringCaseStepAction'];
export type MonitoringCaseCounts = components['schemas']['MonitoringCaseCounts'];
export type MonitoringVillageAggregate = components['schemas']['MonitoringVillageAggregate'];
export type RiskEliminationDecision = components['schemas']['RiskEliminationDecision'];
export type RiskEliminationInput = components['schemas']['RiskEliminationInput'];
export type CaseStep = MonitoringCase['steps'][number];
export type CaseTimelineEntry = MonitoringCase['timeline'][number];
export type CaseMeasure = MonitoringCase['measures'][number];
type CaseListQuery = NonNullable<paths['/api/v1/monitoring/cases']['get']['parameters']['query']>;

export const CASES_KEY = ['monitoringCases'] as const;
export const PAGE_SIZE = 50;

/** The list's filters, as the API takes them. */
export type CaseFilters = Omit<CaseListQuery, 'limit' | 'offset'>;

export const casesQuery = (filters: CaseFilters, offset: number) => queryOptions({
  queryKey: [...CASES_KEY, 'list', filters, offset],
  queryFn: () => unwrap(api.GET('/api/v1/monitoring/cases', { params: { query: { ...filters, limit: PAGE_SIZE, offset } } })),
});

export const waitingForMeQuery = (region: string) => queryOptions({
  queryKey: [...CASES_KEY, 'mine', region],
  queryFn: () => unwrap(api.GET('/api/v1/monitoring/cases/waiting-for-me', { params: { query: { region } } })),
});

export const caseQuery = (caseId: string) => queryOptions({
  queryKey: [...CASES_KEY, 'detail', caseId],
  queryFn: () => unwrap(api.GET('/api/v1/monitoring/cases/{caseId}', { params: { path: { caseId } } })),
});

export const countsQuery = (region: string, from: string, to: string) => queryOptions({
  queryKey: [...CASES_KEY, 'counts', region, from, to],
  queryFn: () => unwrap(api.GET('/api/v1/monitoring/cases/counts', { params: { query: { region, from, to } } })),
});

export const villagesQuery = (region: string) => queryOptions({
  queryKey: [...CASES_KEY, 'villages', region],
  queryFn: () => unwrap(api.GET('/api/v1/monitoring/villages', { params: { query: { region } } })),
});

export function openCase(body: MonitoringCaseOpen): Promise<MonitoringCase> {
  return unwrap(api.POST('/api/v1/monitoring/cases', { body }));
}

export function actOnCaseStep(caseId: string, body: MonitoringCaseStepAction): Promise<MonitoringCase> {
  return unwrap(api.POST('/api/v1/monitoring/cases/{caseId}/steps', { params: { path: { caseId } }, body }));
}

export function checkElimination(caseId: string, input: Pick<RiskEliminationInput, 'kind' | 'on' | 'rigidExpensesResolved'>): Promise<RiskEliminationDecision> {
  return unwrap(api.GET('/api/v1/monitoring/cases/{caseId}/elimination-check', {
    params: { path: { caseId }, query: { kind: input.kind, on: input.on, rigidExpensesResolved: input.rigidExpensesResolved ? 'true' : 'false' } },
  }));
}

export function eliminateRisk(caseId: string, body: RiskEliminationInput): Promise<MonitoringCase> {
  return unwrap(api.POST('/api/v1/monitoring/cases/{caseId}/elimination', { params: { path: { caseId } }, body }));
}

/** A case changes its lists, the counts, the map and its alerts: all are read again. */
export async function refreshCases(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: CASES_KEY }),
    queryClient.invalidateQueries({ queryKey: MONITORING_KEY }),
  ]);
}

/** Households to pick when a case is opened from a report or a screening: the first 50 that match. */
export const householdPickQuery = (regionCode: string, q: string) => queryOptions({
  queryKey: ['households', 'list', 'pick', regionCode, q],
  queryFn: () => unwrap(api.GET('/api/v1/households', { params: { query: { regionCode, pageSize: 50, ...(q ? { q } : {}) } } })),
});
