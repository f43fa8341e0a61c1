import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../api/api-client.ts';

export const YEAR_PARAM = 'year';
/** Incomes are recorded from the registry's first year. */
export const FIRST_INCOME_YEAR = 2013;

/** The income year from the address, if it is one the registry can hold. */
export function readYear(params: URLSearchParams, currentYear: number): number | undefined {
  const raw = params.get(YEAR_PARAM);
  const year = Number(raw);
  return raw && Number.isInteger(year) && year >= FIRST_INCOME_YEAR && year <= currentYear ? year : undefined;
}

/** The years to choose from, newest first. */
export function yearChoices(currentYear: number): number[] {
  return Array.from({ length: Math.max(1, currentYear - FIRST_INCOME_YEAR + 1) }, (_, i) => currentYear - i);
}

/** The figures of a region; while another region or year loads, the last figures stay in place (no jump). */
export const overviewQuery = (regionCode: string, year: number | undefined) => queryOptions({
  queryKey: ['overview', regionCode, year ?? 'latest'],
  queryFn: () => unwrap(api.GET('/api/v1/overview', { params: { query: year ? { regionCode, year } : { regionCode } } })),
  placeholderData: keepPreviousData,
});
