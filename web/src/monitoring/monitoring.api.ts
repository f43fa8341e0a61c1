import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../api/api-client.ts';
import type { components } from '../api/schema.gen.ts';

export type MonitoringAlert = components['schemas']['MonitoringAlert'];
export type MonitoringReason = components['schemas']['MonitoringReason'];
export type MonitoringScan = components['schemas']['MonitoringScan'];
export type FeedBatch = components['schemas']['FeedBatch'];
export type FeedBatchSummary = components['schemas']['FeedBatchSummary'];
export type FeedKind = FeedBatch['kind'];
export type Discrepancy = components['schemas']['Discrepancy'];
export type DiscrepancyKind = Discrepancy['kind'];
export type RiskType = MonitoringAlert['riskType'];

export const MONITORING_KEY = ['monitoring'] as const;

export type AlertView = 'waiting' | 'attached' | 'closed';

/** Alerts waiting for a case, alerts already in a case, or closed ones. */
export const alertsQuery = (region: string, view: AlertView, riskType: RiskType | undefined, offset: number) => queryOptions({
  queryKey: [...MONITORING_KEY, 'alerts', region, view, riskType ?? '', offset],
  queryFn: () => unwrap(api.GET('/api/v1/monitoring/alerts', {
    params: { query: { region, status: view === 'closed' ? 'closed' : 'open', ...(view === 'closed' ? {} : { attached: view === 'attached' ? 'true' : 'false' }), riskType, limit: 20, offset } },
  })),
});

export const feedKindsQuery = () => queryOptions({
  queryKey: [...MONITORING_KEY, 'feed-kinds'],
  queryFn: () => unwrap(api.GET('/api/v1/feeds/kinds')),
  staleTime: Infinity,
});

export const feedBatchesQuery = () => queryOptions({
  queryKey: [...MONITORING_KEY, 'batches'],
  queryFn: () => unwrap(api.GET('/api/v1/feeds/batches', { params: { query: { limit: 20 } } })),
});

export const discrepanciesQuery = (kind: DiscrepancyKind, region: string) => queryOptions({
  queryKey: [...MONITORING_KEY, 'discrepancies', kind, region],
  queryFn: () => unwrap(api.GET('/api/v1/monitoring/discrepancies', { params: { query: { kind, region, limit: 200 } } })),
});

export const scanQuery = (scanId: string) => queryOptions({
  queryKey: [...MONITORING_KEY, 'scan', scanId],
  queryFn: () => unwrap(api.GET('/api/v1/monitoring/scans/{scanId}', { params: { path: { scanId } } })),
  refetchInterval: (query) => (query.state.data?.status === 'running' ? 500 : false),
});

export function startScan(regionCode: string): Promise<MonitoringScan> {
  return unwrap(api.POST('/api/v1/monitoring/scans', { body: { regionCode } }));
}

export function closeAlert(alertId: string, note: string): Promise<MonitoringAlert> {
  return unwrap(api.POST('/api/v1/monitoring/alerts/{alertId}/close', { params: { path: { alertId } }, body: { note } }));
}

/** Sends a department file as multipart form data (the typed client speaks JSON). */
export function uploadFeed(kind: FeedKind, file: File): Promise<FeedBatch> {
  const form = new FormData();
  form.append('file', file);
  return unwrap(api.POST('/api/v1/feeds/{kind}/batches', {
    params: { path: { kind } },
    // The typed body only names the file; the serializer sends the form with the file itself.
    body: { file: file.name },
    bodySerializer: () => form,
  }));
}

export const templateUrl = (kind: FeedKind, format: 'xlsx' | 'csv') => `/api/v1/feeds/${kind}/template?format=${format}`;
