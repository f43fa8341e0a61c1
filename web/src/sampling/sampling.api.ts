import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../api/api-client.ts';
import type { components } from '../api/schema.gen.ts';

export type Exercise = components['schemas']['SamplingExercise'];
export type ExerciseSummary = components['schemas']['SamplingExerciseSummary'];
export type SampledHousehold = components['schemas']['SampledHousehold'];
export type SamplingInput = components['schemas']['SamplingExerciseInput'];
export type FindingInput = components['schemas']['SampleFindingInput'];
export type QualityRate = components['schemas']['QualityRate'];

export const SAMPLING_KEY = ['sampling'] as const;

export const exercisesQuery = () => queryOptions({
  queryKey: [...SAMPLING_KEY, 'list'],
  queryFn: () => unwrap(api.GET('/api/v1/sampling-exercises')),
});

export const exerciseQuery = (id: string) => queryOptions({
  queryKey: [...SAMPLING_KEY, 'one', id],
  queryFn: () => unwrap(api.GET('/api/v1/sampling-exercises/{exerciseId}', { params: { path: { exerciseId: id } } })),
});

export function drawExercise(body: SamplingInput) {
  return unwrap(api.POST('/api/v1/sampling-exercises', { body }));
}

export function recordFinding(exerciseId: string, householdId: number, body: FindingInput) {
  return unwrap(api.PUT('/api/v1/sampling-exercises/{exerciseId}/households/{householdId}', { params: { path: { exerciseId, householdId } }, body }));
}
