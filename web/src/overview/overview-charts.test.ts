import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../i18n/i18n.ts';
import { causesChartOption, incidenceChartOption, incomeChartOption, statusChartOption, typeChartOption } from './overview-charts.ts';
import { chartedRegions, type OverviewText } from './overview-data.ts';
import { countyOverview } from './overview-fixture.ts';

let t: TFunction;
const label = (list: string, code: string | null | undefined) => `${list}:${code ?? ''}`;
const zh = (): OverviewText => ({ t, language: 'zh-CN', label });

beforeAll(() => {
  t = initI18n('zh-CN').t;
});

/** The first series of an option, as the builders make it (one object, not an array of options). */
function series(option: ReturnType<typeof statusChartOption>, index = 0): Record<string, unknown> {
  const all = option.series;
  const one = Array.isArray(all) ? all[index] : all;
  expect(one).toBeDefined();
  return one as Record<string, unknown>;
}

function axisData(axis: unknown, index = 0): unknown {
  const one = Array.isArray(axis) ? axis[index] : axis;
  return (one as { data?: unknown }).data;
}

describe('chart options built from the overview', () => {
  it('draws statuses with households as a ring, in code-list order, coloured like the list tags', () => {
    const pie = series(statusChartOption(countyOverview().byStatus, zh()));
    expect(pie.type).toBe('pie');
    const data = pie.data as { name: string; value: number; itemStyle: { color: string } }[];
    expect(data.map((d) => d.name)).toEqual(['povertyStatus:notPoor', 'povertyStatus:poor', 'povertyStatus:exited', 'povertyStatus:relapsed']);
    expect(data.map((d) => d.value)).toEqual([277, 118, 2541, 64]);
    expect(data.find((d) => d.name === 'povertyStatus:poor')?.itemStyle.color).toBe('#f5222d');
  });

  it('labels household-type bars with grouped counts in the chosen language', () => {
    const option = typeChartOption(countyOverview().byType, zh());
    expect(axisData(option.xAxis)).toEqual(['householdType:general', 'householdType:dibao', 'householdType:extremePovertySupport']);
    const data = series(option).data as { value: number; label: { formatter: string } }[];
    expect(data[0]).toMatchObject({ value: 2180, label: { formatter: '2,180' } });
  });

  it('charts the incidence of child regions with households, as percentages, clickable only when drilling is possible', () => {
    const regions = chartedRegions(countyOverview().incidence.regions);
    expect(regions.map((r) => r.code)).toEqual(['150602010', '150602100', '150602101']);
    const option = incidenceChartOption(regions, zh(), true);
    // A region without a known name is shown by its code rather than left blank.
    expect(axisData(option.yAxis)).toEqual(['幸福街道', '泊尔江海子镇', '150602101']);
    const bars = series(option).data as { value: number; label: { formatter: string } }[];
    expect(bars.map((b) => b.value)).toEqual([6.99, 6.44, 5.75]);
    expect(bars.map((b) => b.label.formatter)).toEqual(['6.99%', '6.44%', '5.75%']);
    expect(series(option).cursor).toBe('pointer');
    expect(series(incidenceChartOption(regions, zh(), false)).cursor).toBe('default');
  });

  it('ranks causes by main cause and leaves out causes no household has', () => {
    const option = causesChartOption(countyOverview().causes.items, zh());
    expect(axisData(option.yAxis)).toEqual(['povertyCause:labour', 'povertyCause:illness', 'povertyCause:disability']);
    expect(series(option, 0).data).toEqual([1364, 1241, 395]);
    expect(series(option, 1).data).toEqual([1500, 1770, 752]);
    expect(series(option, 0).name).toBe('主要致贫原因');
  });

  it('marks the line on the edge between the buckets at or below it and those above', () => {
    const option = incomeChartOption(countyOverview().incomes, zh());
    expect(axisData(option.xAxis)).toEqual(['≤ 0.8 倍', '0.8–1 倍', '1–1.5 倍', '1.5–2 倍', '> 2 倍']);
    const colours = (series(option).data as { itemStyle: { color: string } }[]).map((d) => d.itemStyle.color);
    expect(colours.slice(0, 2).every((c) => c === colours[0])).toBe(true);
    expect(colours[2]).not.toBe(colours[0]);
    const line = series(option, 1) as { xAxisIndex: number; markLine: { data: { xAxis: number }[]; label: { formatter: string } } };
    expect(line.xAxisIndex).toBe(1);
    expect(line.markLine.data).toEqual([{ xAxis: 2 }]);
    expect(line.markLine.label.formatter).toBe('监测线 ¥6,000.00');
  });

  it('names the poverty line in years before 2021, and draws no line without a yardstick', () => {
    const incomes = { ...countyOverview().incomes, year: 2019, yardstick: { kind: 'povertyLine' as const, amount: 230_000, sourceYear: 2011 } };
    const line = series(incomeChartOption(incomes, zh()), 1) as { markLine: { label: { formatter: string } } };
    expect(line.markLine.label.formatter).toBe('贫困线 ¥2,300.00');
    const without = incomeChartOption({ ...incomes, yardstick: null }, zh());
    expect(Array.isArray(without.series) ? without.series.length : 1).toBe(1);
  });
});
