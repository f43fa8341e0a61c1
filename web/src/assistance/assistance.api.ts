import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/api-client.ts';
import type { components } from '../api/schema.gen.ts';
import { householdKey } from '../household-page/household.queries.ts';

export type Measure = components['schemas']['Measure'];
export type MeasureInput = components['schemas']['MeasureInput'];
export type AssistancePlan = components['schemas']['AssistancePlan'];
export type Visit = components['schemas']['Visit'];
export type VisitInput = components['schemas']['VisitInput'];

export const assistancePlanQuery = (householdId: number) => queryOptions({
  queryKey: [...householdKey(householdId), 'assistancePlan'],
  queryFn: () => unwrap(api.GET('/api/v1/households/{householdId}/assistance-plan', { params: { path: { householdId } } })),
});

export const visitsQuery = (householdId: number) => queryOptions({
  queryKey: [...householdKey(householdId), 'visits'],
  queryFn: () => unwrap(api.GET('/api/v1/households/{householdId}/visits', { params: { path: { householdId } } })),
});

export function recordMeasure(householdId: number, body: MeasureInput) {
  return unwrap(api.POST('/api/v1/households/{householdId}/measures', { params: { path: { householdId } }, body }));
}

export function recordVisit(householdId: number, body: VisitInput) {
  return unwrap(api.POST('/api/v1/households/{householdId}/visits', { params: { path: { householdId } }, body }));
}

/** Uploads a photo as multipart form data (the typed client speaks JSON). */
export async function uploadVisitPhoto(visitId: string, file: File): Promise<Visit> {
  const form = new FormData();
  form.append('photo', file);
  return unwrap(api.POST('/api/v1/visits/{visitId}/photos', {
    params: { path: { visitId } },
    // The typed body only names the file; the serializer sends the form with the file itself.
    body: { photo: file.name },
    bodySerializer: () => form,
  }));
}

/** After a measure or visit: the household's tabs and the cadre's list are read again. */
export async function refreshAssistance(queryClient: QueryClient, householdId: number): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: householdKey(householdId) }),
    queryClient.invalidateQueries({ queryKey: ['myHouseholds'] }),
  ]);
}
