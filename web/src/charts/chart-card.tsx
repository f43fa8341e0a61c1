import { Card, Empty, Segmented, Skeleton } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './charts.css';

export type ChartView = 'chart' | 'table';

export interface ChartCardProps {
  title: string;
  /** Height of the body in every state (loading, empty, chart, table), so nothing below moves. */
  height: number;
  isLoading: boolean;
  /** When set, the card says this instead of drawing an empty chart. */
  emptyText?: string | undefined;
  chart: ReactNode;
  /** The same numbers as a table: readable by screen readers, and copyable. */
  table: ReactNode;
  /** A line under the chart; cards that have one keep its space while loading. */
  footer?: ReactNode;
  initialView?: ChartView;
}

/** A titled chart with a switch to its numbers as a table. */
export function ChartCard({ title, height, isLoading, emptyText, chart, table, footer, initialView = 'chart' }: ChartCardProps) {
  const { t } = useTranslation();
  const [view, setView] = useState<ChartView>(initialView);
  const body = isLoading ? <Skeleton active paragraph={{ rows: Math.max(2, Math.floor(height / 48)) }} title={false} />
    : emptyText !== undefined ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} className="chart-card__empty" />
      : view === 'chart' ? chart : table;
  return (
    <Card
      className="chart-card"
      size="small"
      title={<h2 className="chart-card__title">{title}</h2>}
      extra={(
        <Segmented<ChartView>
          size="small"
          aria-label={t('charts.view', { title })}
          value={view}
          onChange={setView}
          options={[{ value: 'chart', label: t('charts.chart') }, { value: 'table', label: t('charts.table') }]}
        />
      )}
    >
      <div className={view === 'table' && !isLoading ? 'chart-card__body chart-card__body--table' : 'chart-card__body'} style={{ height }}>
        {body}
      </div>
      {footer !== undefined && <div className="chart-card__footer">{footer}</div>}
    </Card>
  );
}
