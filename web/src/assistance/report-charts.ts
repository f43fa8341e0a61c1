import type { ChartOption } from '../charts/echarts-setup.ts';

export interface BarPoint { label: string; value: number; second?: number }

/** A plain bar chart (optionally two series side by side) for the report cards. */
export function barChartOption(points: readonly BarPoint[], names: { first: string; second?: string }): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { show: names.second !== undefined },
    grid: { left: 48, right: 16, top: 32, bottom: 56 },
    xAxis: { type: 'category', data: points.map((p) => p.label), axisLabel: { rotate: 30 } },
    yAxis: { type: 'value' },
    series: [
      { type: 'bar', name: names.first, data: points.map((p) => p.value) },
      ...(names.second !== undefined ? [{ type: 'bar' as const, name: names.second, data: points.map((p) => p.second ?? 0) }] : []),
    ],
  };
}
