import { labelKey, type Language } from '../i18n/language.ts';
import type { AlertView, DiscrepancyKind, RiskType } from './monitoring.api.ts';

export type MonitoringList = 'alerts' | 'discrepancies';
export type MonitoringExportFormat = 'xlsx' | 'csv';

const PATHS: Record<MonitoringList, string> = {
  alerts: '/api/v1/monitoring/export/alerts',
  discrepancies: '/api/v1/monitoring/export/discrepancies',
};

/** The inbox's filters as the export takes them: the same region, view and risk type as the list on screen. */
export function alertExportFilters(region: string, view: AlertView, riskType: RiskType | undefined): Record<string, string | undefined> {
  return {
    region, status: view === 'closed' ? 'closed' : 'open', attached: view === 'closed' ? undefined : String(view === 'attached'), riskType,
  };
}

export function discrepancyExportFilters(region: string, kind: DiscrepancyKind): Record<string, string | undefined> {
  return { region, kind };
}

/** The download address of a monitoring list as filtered now, headers and labels in the UI's language. */
export function monitoringExportHref(list: MonitoringList, filters: Record<string, string | undefined>, choice: { format: MonitoringExportFormat; isUnmasked: boolean }, language: Language): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value !== undefined && value !== '') params.set(key, value);
  params.set('format', choice.format);
  params.set('lang', labelKey(language));
  if (choice.isUnmasked) params.set('idNumbers', 'unmasked');
  return `${PATHS[list]}?${params.toString()}`;
}
