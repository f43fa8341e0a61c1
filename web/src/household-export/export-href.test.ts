import { describe, expect, it } from 'vitest';
import { readHouseholdQuery } from '../households/household-query.ts';
import { householdExportHref } from './export-href.ts';

describe('the export download address', () => {
  it('carries the list\'s filters and region, but not its page or order', () => {
    const query = readHouseholdQuery(new URLSearchParams('q=王&povertyStatus=poor,relapsed&yearIdentified=2016&sort=headName&order=desc&page=4&pageSize=50'));
    const url = new URL(householdExportHref(query, '150602101', 'xlsx', 'zh-CN'), 'http://localhost');
    expect(url.pathname).toBe('/api/v1/households/export');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      regionCode: '150602101', q: '王', povertyStatus: 'poor,relapsed', yearIdentified: '2016', format: 'xlsx', lang: 'zh',
    });
  });

  it('asks for CSV and English labels when chosen', () => {
    const url = new URL(householdExportHref(readHouseholdQuery(new URLSearchParams()), '150602', 'csv', 'en-US'), 'http://localhost');
    expect(Object.fromEntries(url.searchParams)).toEqual({ regionCode: '150602', format: 'csv', lang: 'en' });
  });
});
