import { describe, expect, it } from 'vitest';
import { readCaseListParams, writeCaseListParam } from './case-filters.ts';

describe('the case list filters in the address', () => {
  it('are read with their codes checked, unknown ones dropped', () => {
    expect(readCaseListParams(new URLSearchParams('view=mine&state=included&flag=noMeasure&riskType=fire&open=true&page=3'))).toEqual({
      view: 'mine', state: 'included', flag: 'noMeasure', type: undefined, riskType: undefined, channel: undefined, openOnly: true, page: 3,
    });
    expect(readCaseListParams(new URLSearchParams('page=-2&view=other'))).toMatchObject({ view: 'all', page: 1, openOnly: false });
  });

  it('go back to the first page when a filter changes, and keep the region', () => {
    const next = writeCaseListParam(new URLSearchParams('region=150602101200&page=4&state=alerted'), 'flag', 'stepOverdue');
    expect(next.toString()).toBe('region=150602101200&state=alerted&flag=stepOverdue');
    expect(writeCaseListParam(next, 'state', undefined).toString()).toBe('region=150602101200&flag=stepOverdue');
    expect(writeCaseListParam(next, 'page', '2').get('page')).toBe('2');
  });
});
