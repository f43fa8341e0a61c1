import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../api/api-client.ts';
import type { components } from '../api/schema.gen.ts';

export type PolicyInForceItem = components['schemas']['PolicyInForceItem'];
export type PolicyVersion = components['schemas']['PolicyVersion'];
export type PolicyValueInput = components['schemas']['PolicyValueInput'];

export const POLICY_KEY = ['policy'] as const;

export const policyInForceQuery = (regionCode: string, year: number) => queryOptions({
  queryKey: [...POLICY_KEY, 'values', regionCode, year],
  queryFn: () => unwrap(api.GET('/api/v1/policy/values', { params: { query: { regionCode, year } } })),
});

export const policyParametersQuery = () => queryOptions({
  queryKey: [...POLICY_KEY, 'parameters'],
  queryFn: () => unwrap(api.GET('/api/v1/policy/parameters')),
  staleTime: Infinity,
});

export const policyHistoryQuery = (regionCode: string, parameter: string) => queryOptions({
  queryKey: [...POLICY_KEY, 'history', regionCode, parameter],
  queryFn: () => unwrap(api.GET('/api/v1/policy/history', { params: { query: { regionCode, parameter } } })),
});

export function setPolicyValue(body: PolicyValueInput) {
  return unwrap(api.POST('/api/v1/policy/values', { body }));
}

/** The county (or higher level) whose standards apply to a region: townships and villages use their county's. */
export function policyRegionOf(regionCode: string): string {
  return regionCode.length > 6 ? regionCode.slice(0, 6) : regionCode;
}
