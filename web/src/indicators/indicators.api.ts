import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../api/api-client.ts';
import type { components } from '../api/schema.gen.ts';

export type Indicators = components['schemas']['Indicators'];
export type MultidimensionalInput = components['schemas']['MultidimensionalInput'];
export type MultidimensionalResult = components['schemas']['MultidimensionalResult'];
export type AfIndicatorOption = components['schemas']['AfIndicatorOption'];

export const indicatorsQuery = (regionCode: string, year: number, line: number | undefined) => queryOptions({
  queryKey: ['indicators', regionCode, year, line ?? null],
  queryFn: () => unwrap(api.GET('/api/v1/indicators', { params: { query: { regionCode, year, ...(line === undefined ? {} : { line }) } } })),
});

export const afCatalogueQuery = () => queryOptions({
  queryKey: ['indicators', 'afCatalogue'],
  queryFn: () => unwrap(api.GET('/api/v1/indicators/multidimensional/catalogue')),
  staleTime: Infinity,
});

export function computeMultidimensional(body: MultidimensionalInput) {
  return unwrap(api.POST('/api/v1/indicators/multidimensional', { body }));
}
