import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import type { EChartProps } from './echart.tsx';

// The chart library is the largest part of the app: it loads only when a chart is first drawn.
const EChart = lazy(() => import('./echart.tsx'));

/** A chart that holds its height while the library loads, so the page does not jump. */
export function LazyEChart(props: EChartProps) {
  return (
    <Suspense fallback={<Skeleton.Node active className="chart-skeleton" style={{ height: props.height }} />}>
      <EChart {...props} />
    </Suspense>
  );
}
