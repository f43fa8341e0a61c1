import { describe, expect, it } from 'vitest';
import { hasFilters, readHouseholdQuery, toApiQuery, writeHouseholdQuery } from './household-query.ts';

describe('the household list in the address', () => {
  it('reads defaults from an empty address', () => {
    const query = readHouseholdQuery(new URLSearchParams());
    expect(query).toEqual({
      q: undefined, idTail: undefined, povertyStatus: [], householdType: [], mainCause: [],
      yearIdentified: undefined, yearExited: undefined, sort: 'householdNo', order: 'asc', page: 1, pageSize: 20,
    });
    expect(hasFilters(query)).toBe(false);
  });

  it('round-trips filters, sorting and paging, and keeps the region', () => {
    const params = new URLSearchParams('region=150602101');
    const written = writeHouseholdQuery(params, {
      q: '王', idTail: '002X', povertyStatus: ['poor', 'relapsed'], householdType: [], mainCause: ['illness'],
      yearIdentified: 2016, yearExited: undefined, sort: 'updatedAt', order: 'desc', page: 3, pageSize: 50,
    });
    expect(written.get('region')).toBe('150602101');
    expect(written.get('povertyStatus')).toBe('poor,relapsed');
    expect(written.has('householdType')).toBe(false);
    const read = readHouseholdQuery(written);
    expect(read).toMatchObject({ q: '王', idTail: '002X', povertyStatus: ['poor', 'relapsed'], mainCause: ['illness'], yearIdentified: 2016, sort: 'updatedAt', order: 'desc', page: 3, pageSize: 50 });
    expect(hasFilters(read)).toBe(true);
  });

  it('leaves defaults out of the address so links stay short', () => {
    const written = writeHouseholdQuery(new URLSearchParams(), readHouseholdQuery(new URLSearchParams()));
    expect(written.toString()).toBe('');
  });

  it('ignores malformed values from a hand-edited link instead of failing the page', () => {
    const read = readHouseholdQuery(new URLSearchParams('page=-2&pageSize=100000&sort=drop&order=sideways&idTail=12&yearIdentified=20x6'));
    expect(read).toMatchObject({ page: 1, pageSize: 20, sort: 'householdNo', order: 'asc', idTail: undefined, yearIdentified: undefined });
    expect(readHouseholdQuery(new URLSearchParams('idTail=002x')).idTail).toBe('002X');
  });

  it('asks the API for the chosen region with only what is set', () => {
    const query = readHouseholdQuery(new URLSearchParams('povertyStatus=poor,exited&q=1506&page=2'));
    expect(toApiQuery(query, '150602101')).toEqual({
      regionCode: '150602101', q: '1506', povertyStatus: 'poor,exited', sort: 'householdNo', order: 'asc', page: 2, pageSize: 20,
    });
  });
});
