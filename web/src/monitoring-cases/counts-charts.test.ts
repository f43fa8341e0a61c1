import { describe, expect, it } from 'vitest';
import { type CaseCounts, countsBarOption, countsTable, type CountKey, rowsOfCodes, stateStackOption, sumStatesByTownship } from './counts-charts.ts';

const zero: CaseCounts = { identified: 0, eliminated: 0, rejected: 0, open: 0, overdue: 0, noMeasure: 0 };
const names: Record<CountKey, string> = { identified: '识别', eliminated: '消除', rejected: '不予纳入', open: '在监测', overdue: '逾期', noMeasure: '无措施' };

describe('the inspector counts', () => {
  const byRisk = { other: { ...zero, identified: 3, open: 2 }, illness: { ...zero, overdue: 1 }, housing: zero };

  it('keep the order of the code list and leave out codes nobody counted', () => {
    const rows = rowsOfCodes(byRisk, ['illness', 'housing', 'other', 'disaster'], (c) => c.toUpperCase());
    expect(rows.map((r) => [r.key, r.label])).toEqual([['illness', 'ILLNESS'], ['other', 'OTHER']]);
  });

  it('draw identified, eliminated, open and overdue as bars, sideways when asked', () => {
    const rows = rowsOfCodes(byRisk, ['illness', 'other'], (c) => c);
    const option = countsBarOption(rows, names, true);
    expect(option.series).toEqual([
      expect.objectContaining({ name: '识别', data: [0, 3] }), expect.objectContaining({ name: '消除', data: [0, 0] }),
      expect.objectContaining({ name: '在监测', data: [0, 2] }), expect.objectContaining({ name: '逾期', data: [1, 0] }),
    ]);
    expect(option.yAxis).toMatchObject({ type: 'category', data: ['illness', 'other'] });
    expect(countsBarOption(rows, names, false).xAxis).toMatchObject({ type: 'category' });
  });

  it('give every count a column in the table, formatted, with the drill-down code kept', () => {
    const table = countsTable([{ key: 'v1', label: '甲村', counts: { ...zero, identified: 1200 }, drillCode: '150602101200' }], '村', names, (n) => n.toLocaleString('zh-CN'));
    expect(table.columns.map((c) => c.title)).toEqual(['村', '识别', '消除', '不予纳入', '在监测', '逾期', '无措施']);
    expect(table.rows[0]).toEqual({ key: 'v1', drillCode: '150602101200', cells: { label: '甲村', identified: '1,200', eliminated: '0', rejected: '0', open: '0', overdue: '0', noMeasure: '0' } });
  });
});

describe('open cases by township', () => {
  it('sum the villages of each township by state and stack them', () => {
    const tile = (alerted: number, assisting: number) => ({ counts: { casesByState: { alerted, verifying: 0, included: 0, assisting } } });
    const rows = sumStatesByTownship([{ code: 't1', name: '罕台镇', tiles: [tile(1, 2), { counts: null }, tile(3, 0)] }]);
    expect(rows).toEqual([{ key: 't1', label: '罕台镇', byState: { alerted: 4, verifying: 0, included: 0, assisting: 2 } }]);
    const option = stateStackOption(rows, (s) => s);
    expect(option.series).toEqual([
      expect.objectContaining({ name: 'alerted', stack: 'cases', data: [4] }), expect.objectContaining({ name: 'verifying', data: [0] }),
      expect.objectContaining({ name: 'included', data: [0] }), expect.objectContaining({ name: 'assisting', data: [2] }),
    ]);
  });
});
