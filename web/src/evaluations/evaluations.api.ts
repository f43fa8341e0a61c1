import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../api/api-client.ts';
import type { components } from '../api/schema.gen.ts';

export type Decision = components['schemas']['Decision'];
export type DecisionReason = components['schemas']['DecisionReason'];
export type HouseholdEvaluation = components['schemas']['HouseholdEvaluation'];
export type ExitReport = components['schemas']['ExitReport'];
export type ExitReportInput = components['schemas']['ExitReportInput'];

export const EVALUATIONS_KEY = ['evaluations'] as const;

export const householdEvaluationQuery = (householdId: number, year: number) => queryOptions({
  queryKey: [...EVALUATIONS_KEY, 'household', householdId, year],
  queryFn: () => unwrap(api.GET('/api/v1/evaluations/households/{householdId}', { params: { path: { householdId }, query: { year } } })),
});

export const villageEvaluationQuery = (villageCode: string, year: number) => queryOptions({
  queryKey: [...EVALUATIONS_KEY, 'village', villageCode, year],
  queryFn: () => unwrap(api.GET('/api/v1/evaluations/villages/{villageCode}', { params: { path: { villageCode }, query: { year } } })),
});

export const countyEvaluationQuery = (countyCode: string, year: number, samplingExerciseId: string | null) => queryOptions({
  queryKey: [...EVALUATIONS_KEY, 'county', countyCode, year, samplingExerciseId],
  queryFn: () => unwrap(api.GET('/api/v1/evaluations/counties/{countyCode}', { params: { path: { countyCode }, query: { year, ...(samplingExerciseId ? { samplingExerciseId } : {}) } } })),
});

export const exitReportsQuery = (regionCode: string) => queryOptions({
  queryKey: [...EVALUATIONS_KEY, 'reports', regionCode],
  queryFn: () => unwrap(api.GET('/api/v1/exit-reports', { params: { query: { regionCode } } })),
});

export function recordExitReport(body: ExitReportInput) {
  return unwrap(api.POST('/api/v1/exit-reports', { body }));
}
