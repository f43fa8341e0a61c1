import { describe, expect, it } from 'vitest';
import { barChartOption } from './report-charts.ts';

describe('barChartOption', () => {
  it('draws one bar per point, and a second series when named', () => {
    const option = barChartOption([{ label: '因病', value: 3, second: 2 }], { first: '户数', second: '已有措施' });
    expect(option.series).toEqual([
      { type: 'bar', name: '户数', data: [3] },
      { type: 'bar', name: '已有措施', data: [2] },
    ]);
    expect(barChartOption([{ label: 'a', value: 1 }], { first: 'x' }).series).toHaveLength(1);
  });
});
