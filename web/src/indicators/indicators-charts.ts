import type { ChartOption } from '../charts/echarts-setup.ts';
import { formatRate } from '../policy/policy-format.ts';

/** Incidence of each child region as horizontal bars, in per cent. */
export function incidenceChart(rows: { name: string; incidence: number }[]): ChartOption {
  return {
    grid: { left: 8, right: 64, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value', axisLabel: { formatter: '{value} %' } },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.name), axisLabel: { interval: 0 } },
    series: [{ type: 'bar', barMaxWidth: 24, data: rows.map((r) => ({ value: Number((r.incidence * 100).toFixed(3)), label: { show: true, position: 'right', formatter: formatRate(r.incidence) } })) }],
  };
}

/** Each indicator's share of M0, in per cent. */
export function contributionChart(rows: { label: string; contribution: number }[]): ChartOption {
  return {
    grid: { left: 8, right: 64, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value} %' } },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.label), axisLabel: { interval: 0 } },
    series: [{ type: 'bar', barMaxWidth: 24, data: rows.map((r) => ({ value: Number((r.contribution * 100).toFixed(2)), label: { show: true, position: 'right', formatter: formatRate(r.contribution) } })) }],
  };
}
