import type { paths } from '../api/schema.gen.ts';

export type HouseholdApiQuery = NonNullable<paths['/api/v1/households']['get']['parameters']['query']>;
export type HouseholdSortKey = NonNullable<HouseholdApiQuery['sort']>;
export type SortOrder = 'asc' | 'desc';

export const SORT_KEYS: readonly HouseholdSortKey[] = ['householdNo', 'headName', 'yearIdentified', 'updatedAt'];
export const PAGE_SIZES = [20, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 20;

/** The filters users set on the household list; all of them live in the address. */
export interface HouseholdFilters {
  q?: string;
  idTail?: string;
  povertyStatus: string[];
  householdType: string[];
  mainCause: string[];
  yearIdentified?: number;
  yearExited?: number;
}

export interface HouseholdListQuery extends HouseholdFilters {
  sort: HouseholdSortKey;
  order: SortOrder;
  page: number;
  pageSize: number;
}

export const ID_TAIL = /^\d{3}[\dXx]$/;
const CODE_LIST_KEYS = ['povertyStatus', 'householdType', 'mainCause'] as const;
const YEAR_KEYS = ['yearIdentified', 'yearExited'] as const;

function positiveInt(value: string | null, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : fallback;
}

function year(value: string | null): number | undefined {
  const n = Number(value);
  return value && Number.isInteger(n) && n >= 1949 && n <= 2100 ? n : undefined;
}

function text(value: string | null, max: number): string | undefined {
  const v = value?.trim();
  return v ? v.slice(0, max) : undefined;
}

/** The list's state from the address; anything malformed (a hand-edited link) falls back to the default. */
export function readHouseholdQuery(params: URLSearchParams): HouseholdListQuery {
  const sort = SORT_KEYS.find((k) => k === params.get('sort')) ?? 'householdNo';
  const pageSize = PAGE_SIZES.find((s) => String(s) === params.get('pageSize')) ?? DEFAULT_PAGE_SIZE;
  const idTail = text(params.get('idTail'), 4);
  const list = (key: string) => (params.get(key) ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return {
    q: text(params.get('q'), 40),
    idTail: idTail && ID_TAIL.test(idTail) ? idTail.toUpperCase() : undefined,
    povertyStatus: list('povertyStatus'),
    householdType: list('householdType'),
    mainCause: list('mainCause'),
    yearIdentified: year(params.get('yearIdentified')),
    yearExited: year(params.get('yearExited')),
    sort,
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
    page: positiveInt(params.get('page'), 1),
    pageSize,
  };
}

/** Writes the list's state into the address, leaving other parameters (the region) alone; defaults are left out. */
export function writeHouseholdQuery(params: URLSearchParams, query: HouseholdListQuery): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string | number | undefined, fallback?: string) => {
    if (value === undefined || value === '' || String(value) === fallback) next.delete(key);
    else next.set(key, String(value));
  };
  set('q', query.q);
  set('idTail', query.idTail);
  for (const key of CODE_LIST_KEYS) set(key, query[key].join(','));
  for (const key of YEAR_KEYS) set(key, query[key]);
  set('sort', query.sort, 'householdNo');
  set('order', query.order, 'asc');
  set('page', query.page, '1');
  set('pageSize', query.pageSize, String(DEFAULT_PAGE_SIZE));
  return next;
}

export function hasFilters(filters: HouseholdFilters): boolean {
  return Boolean(filters.q || filters.idTail || filters.yearIdentified || filters.yearExited)
    || CODE_LIST_KEYS.some((key) => filters[key].length > 0);
}

/** The API's query for the list: code lists comma-separated, nothing sent that is not set. */
export function toApiQuery(query: HouseholdListQuery, regionCode: string): HouseholdApiQuery {
  const api: HouseholdApiQuery = { regionCode, sort: query.sort, order: query.order, page: query.page, pageSize: query.pageSize };
  if (query.q) api.q = query.q;
  if (query.idTail) api.idTail = query.idTail;
  for (const key of CODE_LIST_KEYS) if (query[key].length) api[key] = query[key].join(',');
  for (const key of YEAR_KEYS) if (query[key] !== undefined) api[key] = query[key];
  return api;
}
