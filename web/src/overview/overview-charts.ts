import type { ChartOption } from '../charts/echarts-setup.ts';
import { formatFen } from '../format/money.ts';
import { formatCount, formatPercent, toPercentValue } from './overview-format.ts';
import {
  bucketLabel, type ChildRegion, type IncomeDistribution, isAtOrBelowYardstick, type Overview, type OverviewText, rankedCauses,
  regionName, STATUS_COLORS, yardstickName,
} from './overview-data.ts';

const BELOW_COLOR = '#fa541c';
const ABOVE_COLOR = '#1677ff';
const LINE_COLOR = '#cf1322';

/** Room for the axis labels inside the chart's box, whatever their length in either language. */
const GRID = { left: 8, right: 48, top: 16, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' } as const;

/** Every category named, wrapping onto a second line where the bars are narrow (phones, English). */
const WRAPPED_LABEL = { interval: 0, width: 64, overflow: 'break' } as const;

function households(text: OverviewText) {
  return (value: unknown) => text.t('overview.householdsValue', { n: formatCount(Number(value), text.language) });
}

/** Households by poverty status as a ring; statuses without households are left out. */
export function statusChartOption(byStatus: Overview['byStatus'], text: OverviewText): ChartOption {
  const data = byStatus.filter((s) => s.households > 0).map((s) => ({
    name: text.label('povertyStatus', s.povertyStatus),
    value: s.households,
    itemStyle: { color: STATUS_COLORS[s.povertyStatus] ?? '#bfbfbf' },
  }));
  return {
    tooltip: { trigger: 'item', valueFormatter: households(text) },
    series: [{
      type: 'pie', radius: ['36%', '60%'], center: ['50%', '50%'], cursor: 'default', data, avoidLabelOverlap: true,
      // Long status names wrap rather than run off a phone's screen.
      label: { formatter: '{b}\n{d}%', width: 84, overflow: 'break', alignTo: 'labelLine', edgeDistance: 8 },
    }],
  };
}

/** Households by type (general, dibao, extreme-poverty support) as bars. */
export function typeChartOption(byType: Overview['byType'], text: OverviewText): ChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: households(text) },
    grid: GRID,
    xAxis: { type: 'category', data: byType.map((b) => text.label('householdType', b.householdType)), axisLabel: WRAPPED_LABEL },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', name: text.t('overview.col.households'), cursor: 'default', barMaxWidth: 56, data: byType.map((b) => ({ value: b.households, label: { show: true, position: 'top', formatter: formatCount(b.households, text.language) } })) }],
  };
}

/** Poverty incidence of each child region, one bar each, in region-code order; bars drill down when clickable. */
export function incidenceChartOption(regions: readonly ChildRegion[], text: OverviewText, canDrillDown: boolean): ChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => `${String(v)}%` },
    grid: GRID,
    yAxis: { type: 'category', inverse: true, data: regions.map(regionName), axisLabel: { width: 112, overflow: 'truncate' } },
    xAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
    series: [{
      type: 'bar', name: text.t('overview.col.incidence'), cursor: canDrillDown ? 'pointer' : 'default', barMaxWidth: 28,
      data: regions.map((r) => ({ value: toPercentValue(r.incidence), label: { formatter: formatPercent(r.incidence, text.language) } })),
      itemStyle: { color: BELOW_COLOR }, label: { show: true, position: 'right' },
    }],
  };
}

/** Households by cause: as main cause, and as any cause; most frequent first. */
export function causesChartOption(items: Overview['causes']['items'], text: OverviewText): ChartOption {
  const ranked = rankedCauses(items);
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: households(text) },
    legend: { top: 0 },
    grid: { ...GRID, top: 32 },
    yAxis: { type: 'category', inverse: true, data: ranked.map((c) => text.label('povertyCause', c.povertyCause)), axisLabel: { interval: 0 } },
    xAxis: { type: 'value', minInterval: 1 },
    series: [
      { type: 'bar', name: text.t('overview.mainCause'), cursor: 'default', data: ranked.map((c) => c.mainCause) },
      { type: 'bar', name: text.t('overview.anyCause'), cursor: 'default', data: ranked.map((c) => c.anyCause) },
    ],
  };
}

/**
 * Households by per-capita net income relative to the year's line: the buckets at or below the
 * line in warning colour, and the line itself marked on the edge between the last of them and the
 * first above. A category axis can only mark a category's middle, so the line is drawn on a hidden
 * value axis spanning the same width (bucket i covers [i, i + 1] on it).
 */
export function incomeChartOption(incomes: IncomeDistribution, text: OverviewText): ChartOption {
  const { yardstick, buckets } = incomes;
  const below = yardstick ? buckets.filter((b) => isAtOrBelowYardstick(b, yardstick.amount)).length : 0;
  const series: ChartOption['series'] = [{
    type: 'bar', name: text.t('overview.col.households'), cursor: 'default', barCategoryGap: '12%',
    data: buckets.map((b, i) => ({
      value: b.households,
      itemStyle: { color: i < below ? BELOW_COLOR : ABOVE_COLOR },
      label: { show: true, position: 'top', formatter: formatCount(b.households, text.language) },
    })),
  }];
  if (yardstick) {
    series.push({
      type: 'bar', xAxisIndex: 1, data: [], silent: true, tooltip: { show: false },
      markLine: {
        silent: true, animation: false, symbol: 'none', lineStyle: { type: 'dashed', color: LINE_COLOR, width: 2 },
        label: { position: 'end', color: LINE_COLOR, formatter: `${yardstickName(yardstick.kind, text.t)} ${formatFen(yardstick.amount, text.language)}` },
        data: [{ xAxis: below }],
      },
    });
  }
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow', axis: 'x' }, valueFormatter: households(text) },
    grid: { ...GRID, top: 32 },
    xAxis: [
      { type: 'category', data: buckets.map((b) => bucketLabel(b.key, text.t)), axisLabel: WRAPPED_LABEL },
      { type: 'value', min: 0, max: Math.max(1, buckets.length), show: false },
    ],
    yAxis: { type: 'value', minInterval: 1 },
    series,
  };
}
