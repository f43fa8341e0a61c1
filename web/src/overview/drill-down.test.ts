import { describe, expect, it } from 'vitest';
import { canDrillDownFrom, drillDownTarget } from './drill-down.ts';
import { readYear, yearChoices } from './overview-query.ts';

describe('drilling down from a bar', () => {
  it('goes from the county into a township and from a township into a village', () => {
    expect(drillDownTarget('150602', '150602101', '150602')).toBe('150602101');
    expect(drillDownTarget('150602101', '150602101201', '150602')).toBe('150602101201');
  });

  it('ends at a village, whose only bar is itself', () => {
    expect(canDrillDownFrom('150602101201')).toBe(false);
    expect(drillDownTarget('150602101201', '150602101201', '150602')).toBeUndefined();
  });

  it('never leads outside the region shown or the user\'s own scope', () => {
    expect(drillDownTarget('150602', '150603001', '150602')).toBeUndefined();
    expect(drillDownTarget('150602', '150602', '150602')).toBeUndefined();
    // A township officer never lands in another township, even from a hand-edited link.
    expect(drillDownTarget('150602', '150602102', '150602101')).toBeUndefined();
    expect(drillDownTarget('150602', undefined, '150602')).toBeUndefined();
  });
});

describe('the income year in the address', () => {
  it('accepts a year from 2013 to this year, and nothing else', () => {
    const read = (year: string) => readYear(new URLSearchParams({ year }), 2026);
    expect(read('2020')).toBe(2020);
    expect(read('2013')).toBe(2013);
    expect(read('2012')).toBeUndefined();
    expect(read('2027')).toBeUndefined();
    expect(read('20x0')).toBeUndefined();
    expect(readYear(new URLSearchParams(), 2026)).toBeUndefined();
  });

  it('offers the years newest first', () => {
    const years = yearChoices(2026);
    expect(years[0]).toBe(2026);
    expect(years.at(-1)).toBe(2013);
    expect(years).toHaveLength(14);
  });
});
