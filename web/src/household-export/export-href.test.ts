import { describe, expect, it } from 'vitest';
import { readHouseholdQuery } from '../households/household-query.ts';
import { exportHref, householdExportHref } from './export-href.ts';
import { householdPrintHref, isVillageCode, villagePrintHref } from './print-href.ts';

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

describe('the member, income and unmasked download addresses', () => {
  const query = readHouseholdQuery(new URLSearchParams('povertyStatus=poor&page=2'));

  it('point at the members and incomes exports with the same filters', () => {
    const members = new URL(exportHref(query, '150602101', { kind: 'members', format: 'csv' }, 'zh-CN'), 'http://localhost');
    expect(members.pathname).toBe('/api/v1/households/export/members');
    expect(Object.fromEntries(members.searchParams)).toEqual({ regionCode: '150602101', povertyStatus: 'poor', format: 'csv', lang: 'zh' });
    const incomes = new URL(exportHref(query, '150602', { kind: 'incomes', format: 'xlsx' }, 'en-US'), 'http://localhost');
    expect(incomes.pathname).toBe('/api/v1/households/export/incomes');
    expect(incomes.searchParams.get('lang')).toBe('en');
  });

  it('asks for full ID numbers only when chosen', () => {
    const unmasked = new URL(exportHref(query, '150602', { kind: 'members', format: 'xlsx', isUnmasked: true }, 'zh-CN'), 'http://localhost');
    expect(unmasked.searchParams.get('idNumbers')).toBe('unmasked');
    const masked = new URL(exportHref(query, '150602', { kind: 'members', format: 'xlsx', isUnmasked: false }, 'zh-CN'), 'http://localhost');
    expect(masked.searchParams.has('idNumbers')).toBe(false);
  });
});

describe('the print addresses', () => {
  it('open one household\'s handbook or card', () => {
    expect(householdPrintHref(42, 'handbook')).toBe('/api/v1/households/42/print/handbook');
    expect(householdPrintHref(42, 'card')).toBe('/api/v1/households/42/print/card');
  });

  it('print a village as the list filters it, and only a village', () => {
    const query = readHouseholdQuery(new URLSearchParams('povertyStatus=poor,relapsed&sort=headName&page=3'));
    const url = new URL(villagePrintHref('150602101201', 'card', query), 'http://localhost');
    expect(url.pathname).toBe('/api/v1/villages/150602101201/print/card');
    expect(Object.fromEntries(url.searchParams)).toEqual({ povertyStatus: 'poor,relapsed' });
    expect(villagePrintHref('150602101201', 'handbook', readHouseholdQuery(new URLSearchParams()))).toBe('/api/v1/villages/150602101201/print/handbook');
    expect(isVillageCode('150602101201')).toBe(true);
    expect(isVillageCode('150602101')).toBe(false);
  });
});
