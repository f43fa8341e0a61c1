import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../api/api-client.ts';
import type { components } from '../api/schema.gen.ts';

export type Microloan = components['schemas']['Microloan'];
export type MicroloanDetail = components['schemas']['MicroloanDetail'];
export type MicroloanReport = components['schemas']['MicroloanReport'];
export type MicroloanApplication = components['schemas']['MicroloanApplication'];
type Status = NonNullable<NonNullable<components['schemas']['Microloan']['status']>>;

export const MICROLOANS_KEY = ['microloans'] as const;
export const REPORT_PATH = '/api/v1/microloans/report';

export const microloansQuery = (region: string, status: string | undefined, overdueOnly: boolean) => queryOptions({
  queryKey: [...MICROLOANS_KEY, 'list', region, status ?? '', overdueOnly],
  queryFn: () => unwrap(api.GET('/api/v1/microloans', {
    params: { query: { region, ...(status ? { status: status as 'applied' } : {}), ...(overdueOnly ? { overdue: 'true' as const } : {}) } },
  })),
});

export const microloanQuery = (id: string) => queryOptions({
  queryKey: [...MICROLOANS_KEY, 'one', id],
  queryFn: () => unwrap(api.GET('/api/v1/microloans/{id}', { params: { path: { id } } })),
});

export const microloanReportQuery = (region: string) => queryOptions({
  queryKey: [...MICROLOANS_KEY, 'report', region],
  queryFn: () => unwrap(api.GET(REPORT_PATH, { params: { query: { region, format: 'json', lang: 'zh' } } })) as Promise<MicroloanReport>,
});

export const applyForMicroloan = (householdId: number, body: MicroloanApplication) =>
  unwrap(api.POST('/api/v1/households/{householdId}/microloans', { params: { path: { householdId } }, body }));
export const decideMicroloan = (id: string, approve: boolean, reason: string) =>
  unwrap(api.POST('/api/v1/microloans/{id}/decision', { params: { path: { id } }, body: { approve, reason } }));
export const disburseMicroloan = (id: string, disbursedOn: string) =>
  unwrap(api.POST('/api/v1/microloans/{id}/disbursement', { params: { path: { id } }, body: { disbursedOn } }));
export const repayMicroloan = (id: string, body: { paidOn: string; principal: number; interest: number }) =>
  unwrap(api.POST('/api/v1/microloans/{id}/repayments', { params: { path: { id } }, body }));

export type { Status as MicroloanStatus };

export const householdMicroloansQuery = (householdId: number) => queryOptions({
  queryKey: [...MICROLOANS_KEY, 'household', householdId],
  queryFn: () => unwrap(api.GET('/api/v1/microloans', { params: { query: { householdId } } })),
});
