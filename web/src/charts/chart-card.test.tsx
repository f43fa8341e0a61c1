import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../i18n/i18n.ts';
import { ChartCard } from './chart-card.tsx';
import type { NumbersTableData } from './numbers-table.ts';
import { NumbersTableView } from './numbers-table-view.tsx';

const data: NumbersTableData = {
  columns: [{ key: 'region', title: '区划' }, { key: 'incidence', title: '贫困发生率', isNumeric: true }],
  rows: [
    { key: 'a', drillCode: '150602101', cells: { region: '罕台镇', incidence: '5.18%' } },
    { key: 'b', cells: { region: '铜川镇', incidence: '5.32%' } },
  ],
};

function renderCard(onDrill = vi.fn(), options: { isLoading?: boolean; emptyText?: string } = {}) {
  render(
    <ChartCard title="各乡镇贫困发生率" height={300} isLoading={options.isLoading ?? false} emptyText={options.emptyText}
      chart={<div data-testid="chart" />}
      table={<NumbersTableView data={data} onDrill={onDrill} drillLabel={(name) => `查看${name}`} />} />,
  );
  return onDrill;
}

describe('a chart card', () => {
  beforeAll(() => {
    initI18n('zh-CN');
  });
  afterEach(cleanup);

  it('shows the chart first, and its numbers as a table on request', () => {
    renderCard();
    expect(screen.getByTestId('chart')).toBeTruthy();
    expect(screen.queryByText('铜川镇')).toBeNull();
    fireEvent.click(screen.getByText('表格'));
    expect(screen.queryByTestId('chart')).toBeNull();
    expect(screen.getByRole('columnheader', { name: '贫困发生率' })).toBeTruthy();
    expect(screen.getByText('5.32%')).toBeTruthy();
  });

  it('lets the table drill down where the chart would, and only there', () => {
    const onDrill = renderCard();
    fireEvent.click(screen.getByText('表格'));
    fireEvent.click(screen.getByRole('button', { name: '查看罕台镇' }));
    expect(onDrill).toHaveBeenCalledWith('150602101');
    expect(screen.queryByRole('button', { name: '查看铜川镇' })).toBeNull();
  });

  it('keeps its height while loading and when there is nothing to show', () => {
    renderCard(vi.fn(), { isLoading: true });
    const body = document.querySelector<HTMLElement>('.chart-card__body');
    expect(body?.style.height).toBe('300px');
    expect(screen.queryByTestId('chart')).toBeNull();
    cleanup();
    renderCard(vi.fn(), { emptyText: '该区划还没有登记农户' });
    expect(screen.getByText('该区划还没有登记农户')).toBeTruthy();
    expect(document.querySelector<HTMLElement>('.chart-card__body')?.style.height).toBe('300px');
  });
});
