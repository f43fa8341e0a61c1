import type { ChartOption } from '../charts/echarts-setup.ts';
import type { NumbersTableData } from '../charts/numbers-table.ts';

/** The six counts the inspector asks for, per region, type, risk or village. */
export interface CaseCounts { identified: number; eliminated: number; rejected: number; open: number; overdue: number; noMeasure: number }
export type CountKey = keyof CaseCounts;
export const COUNT_KEYS: readonly CountKey[] = ['identified', 'eliminated', 'rejected', 'open', 'overdue', 'noMeasure'];
/** The counts a chart draws: the flow (identified, eliminated) and what is open now (open, overdue). */
export const CHART_KEYS: readonly CountKey[] = ['identified', 'eliminated', 'open', 'overdue'];

export const COUNT_COLORS: Readonly<Record<CountKey, string>> = {
  identified: '#1677ff', eliminated: '#52c41a', rejected: '#bfbfbf', open: '#fa8c16', overdue: '#f5222d', noMeasure: '#d4380d',
};

export interface CountsRow { key: string; label: string; counts: CaseCounts; drillCode?: string }

/** Rows of a `by…` object in the order of a code list, with the codes nobody counted left out. */
export function rowsOfCodes(byCode: Readonly<Record<string, CaseCounts>>, codes: readonly string[], label: (code: string) => string): CountsRow[] {
  return codes.flatMap((c) => {
    const counts = byCode[c];
    return counts && COUNT_KEYS.some((k) => counts[k] > 0) ? [{ key: c, label: label(c), counts }] : [];
  });
}

/** Grouped bars, one group per row; horizontal when the labels are long (risks, villages). */
export function countsBarOption(rows: readonly CountsRow[], names: Readonly<Record<CountKey, string>>, horizontal: boolean): ChartOption {
  const category = { type: 'category' as const, data: rows.map((r) => r.label), axisLabel: { interval: 0, width: horizontal ? 112 : 72, overflow: 'break' as const } };
  const value = { type: 'value' as const, minInterval: 1 };
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 32, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    ...(horizontal ? { yAxis: { ...category, inverse: true }, xAxis: value } : { xAxis: category, yAxis: value }),
    series: CHART_KEYS.map((k) => ({
      type: 'bar' as const, name: names[k], barMaxWidth: 24, itemStyle: { color: COUNT_COLORS[k] }, data: rows.map((r) => r.counts[k]),
    })),
  };
}

/** The same numbers as a table, every count a column; a row can lead to the filtered list. */
export function countsTable(rows: readonly CountsRow[], firstTitle: string, names: Readonly<Record<CountKey, string>>, format: (n: number) => string): NumbersTableData {
  return {
    columns: [{ key: 'label', title: firstTitle }, ...COUNT_KEYS.map((k) => ({ key: k, title: names[k], isNumeric: true }))],
    rows: rows.map((r) => ({
      key: r.key,
      drillCode: r.drillCode,
      cells: { label: r.label, ...Object.fromEntries(COUNT_KEYS.map((k) => [k, format(r.counts[k])])) },
    })),
  };
}

export const OPEN_STATES = ['alerted', 'verifying', 'included', 'assisting'] as const;
export type OpenState = (typeof OPEN_STATES)[number];
const STATE_CHART_COLORS: Readonly<Record<OpenState, string>> = { alerted: '#faad14', verifying: '#1677ff', included: '#fa8c16', assisting: '#13c2c2' };

export interface StateRow { key: string; label: string; byState: Readonly<Record<OpenState, number>> }

/** Sums the open cases of villages by state, one row per township. */
export function sumStatesByTownship(groups: readonly { code: string; name: string; tiles: readonly { counts: { casesByState: Readonly<Record<OpenState, number>> } | null }[] }[]): StateRow[] {
  return groups.map((g) => {
    const byState = { alerted: 0, verifying: 0, included: 0, assisting: 0 };
    for (const tile of g.tiles) for (const s of OPEN_STATES) byState[s] += tile.counts?.casesByState[s] ?? 0;
    return { key: g.code, label: g.name, byState };
  });
}

/** Open cases per row stacked by state: where cases wait for verification, a decision or help. */
export function stateStackOption(rows: readonly StateRow[], stateName: (s: OpenState) => string): ChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 32, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.label), axisLabel: { interval: 0, width: 112, overflow: 'truncate' } },
    xAxis: { type: 'value', minInterval: 1 },
    series: OPEN_STATES.map((s) => ({
      type: 'bar' as const, stack: 'cases', name: stateName(s), barMaxWidth: 24, itemStyle: { color: STATE_CHART_COLORS[s] }, data: rows.map((r) => r.byState[s]),
    })),
  };
}
