import { describe, expect, it } from 'vitest';
import { alertExportFilters, discrepancyExportFilters, monitoringExportHref } from './monitoring-export-href.ts';

describe('monitoring export links', () => {
  it('carry the inbox view as status and attachment, the risk type and region, and the file options', () => {
    expect(monitoringExportHref('alerts', alertExportFilters('150602101', 'waiting', 'illness'), { format: 'xlsx', isUnmasked: false }, 'zh-CN'))
      .toBe('/api/v1/monitoring/export/alerts?region=150602101&status=open&attached=false&riskType=illness&format=xlsx&lang=zh');
    expect(monitoringExportHref('alerts', alertExportFilters('150602', 'closed', undefined), { format: 'csv', isUnmasked: true }, 'en-US'))
      .toBe('/api/v1/monitoring/export/alerts?region=150602&status=closed&format=csv&lang=en&idNumbers=unmasked');
  });

  it('carry the discrepancy list shown', () => {
    expect(monitoringExportHref('discrepancies', discrepancyExportFilters('150602', 'deceasedNotInRegistry'), { format: 'xlsx', isUnmasked: false }, 'zh-CN'))
      .toBe('/api/v1/monitoring/export/discrepancies?region=150602&kind=deceasedNotInRegistry&format=xlsx&lang=zh');
  });
});
