import type { ECElementEvent, ECharts } from 'echarts/core';
import { useEffect, useRef } from 'react';
import { type ChartOption, init } from './echarts-setup.ts';

export interface EChartProps {
  option: ChartOption;
  height: number;
  /** What the chart shows, for screen readers (the numbers are in the chart's table view). */
  label: string;
  /** Called with the index of the data item clicked (bars and slices). */
  onItemClick?: (dataIndex: number) => void;
}

/**
 * One ECharts instance bound to a div: created on mount, resized with its container (the side
 * panel and phone rotation change the width, not only the window), disposed on unmount.
 */
export default function EChart({ option, height, label, onItemClick }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const onClick = useRef(onItemClick);

  useEffect(() => {
    onClick.current = onItemClick;
  }, [onItemClick]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = init(element);
    chart.current = instance;
    instance.on('click', (event: ECElementEvent) => onClick.current?.(event.dataIndex));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // Replaced, not merged: a drilled-down chart has other categories than the one before.
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={container} className="echart" role="img" aria-label={label} style={{ height }} />;
}
