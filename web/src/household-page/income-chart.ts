import type { ChartOption } from '../charts/echarts-setup.ts';
import type { NumbersTableData } from '../charts/numbers-table.ts';

export interface IncomePoint {
  year: number;
  /** Per-capita net income, fen. */
  perCapita: number;
  /** That year's poverty line or monitoring threshold, fen; null when none applies. */
  yardstick: number | null;
}

export interface IncomeChartText {
  perCapita: string;
  yardstick: string;
  year: string;
  /** The unit of the value axis (yuan). */
  unit: string;
  money: (fen: number) => string;
  none: string;
}

/** Two bars a year: the household's per-capita net income beside that year's line, in yuan. */
export function incomeChartOption(points: readonly IncomePoint[], text: IncomeChartText): ChartOption {
  const yuan = (fen: number | null) => (fen === null ? null : fen / 100);
  return {
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value) => (typeof value === 'number' ? text.money(Math.round(value * 100)) : text.none),
    },
    xAxis: { type: 'category', data: points.map((p) => String(p.year)) },
    yAxis: { type: 'value', name: text.unit },
    series: [
      { type: 'bar', name: text.perCapita, data: points.map((p) => yuan(p.perCapita)), itemStyle: { color: '#1677ff' }, barMaxWidth: 36 },
      { type: 'bar', name: text.yardstick, data: points.map((p) => yuan(p.yardstick)), itemStyle: { color: '#ff7875' }, barMaxWidth: 36 },
    ],
  };
}

/** The chart's numbers as a table. */
export function incomeChartTable(points: readonly IncomePoint[], text: IncomeChartText): NumbersTableData {
  return {
    columns: [
      { key: 'year', title: text.year },
      { key: 'perCapita', title: text.perCapita, isNumeric: true },
      { key: 'yardstick', title: text.yardstick, isNumeric: true },
    ],
    rows: points.map((p) => ({
      key: String(p.year),
      cells: { year: String(p.year), perCapita: text.money(p.perCapita), yardstick: p.yardstick === null ? text.none : text.money(p.yardstick) },
    })),
  };
}
