import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import type { EChartProps } from './echart.tsx';

// The chart library is the largest part of the app: it loads only for pages that draw charts.
const loadEChart = () => import('./echart.tsx');
const EChart = lazy(loadEChart);

/** Starts loading the chart library while the page fetches its data, rather than after. */
export function preloadCharts(): void {
  loadEChart().catch(() => undefined); // a failed load shows when a chart renders (error boundary)
}

/** A chart that holds its height while the library loads, so the page does not jump. */
export function LazyEChart(props: EChartProps) {
  return (
    <Suspense fallback={<Skeleton.Node active className="chart-skeleton" style={{ height: props.height }} />}>
      <EChart {...props} />
    </Suspense>
  );
}
