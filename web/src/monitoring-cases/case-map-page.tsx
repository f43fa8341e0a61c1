import { useQuery } from '@tanstack/react-query';
import { Card, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ChartCard } from '../charts/chart-card.tsx';
import { LazyEChart } from '../charts/lazy-echart.tsx';
import { NumbersTableView } from '../charts/numbers-table-view.tsx';
import { LoadFailed, PageLoading } from '../app/page-states.tsx';
import { REGION_PARAM, useChosenRegion } from '../regions/use-region-param.ts';
import { useCaseLabels } from './case-labels.ts';
import { OPEN_STATES, stateStackOption, sumStatesByTownship } from './counts-charts.ts';
import { villagesQuery } from './monitoring-cases.api.ts';
import { MonitoringNav } from './monitoring-nav.tsx';
import { useScopeVillages } from './use-scope-villages.ts';
import { VillageTileMap } from './village-tile-map.tsx';
import { groupVillageTiles, type TileMetric } from './village-tiles.ts';
import './monitoring-cases.css';

/** Where a tile leads: alerts to the village's inbox, cases to its list of open cases. */
function villageLink(metric: TileMetric, villageCode: string): string {
  return metric === 'alertsOpen' || metric === 'alertsUnattached'
    ? `/monitoring?${REGION_PARAM}=${villageCode}`
    : `/monitoring/cases?${REGION_PARAM}=${villageCode}&open=true`;
}

/** 分布图: alerts and cases by village on a schematic map (no coordinates are kept), and open cases by township. */
export default function CaseMapPage() {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const navigate = useNavigate();
  const { regionCode } = useChosenRegion();
  const [metric, setMetric] = useState<TileMetric>('alertsUnattached');
  const aggregates = useQuery(villagesQuery(regionCode));
  const scope = useScopeVillages(regionCode);
  const groups = groupVillageTiles(scope.villages, aggregates.data ?? [], scope.townshipNames, metric);
  const rows = sumStatesByTownship(groups).filter((r) => OPEN_STATES.some((s) => r.byState[s] > 0));
  const chartHeight = Math.max(240, rows.length * 36 + 64);
  return (
    <section className="page monitoring-cases" aria-labelledby="map-title">
      <div className="page__header monitoring-cases__header">
        <Typography.Title level={1} id="map-title" className="page__title">{t('monitoringCases.map.title')}</Typography.Title>
        <MonitoringNav />
      </div>
      {aggregates.isError ? <LoadFailed title={t('monitoringCases.map.title')} error={aggregates.error} onRetry={() => void aggregates.refetch()} /> : (
        <>
          <Card size="small" className="case-card">
            <p className="case-muted">{t('monitoringCases.map.hint')}</p>
            {aggregates.isPending || scope.isLoading ? <PageLoading /> : groups.length === 0 ? <p>{t('monitoringCases.map.empty')}</p> : (
              <VillageTileMap groups={groups} metric={metric} onMetricChange={setMetric} onOpen={(code) => void navigate(villageLink(metric, code))} />
            )}
          </Card>
          <ChartCard title={t('monitoringCases.map.byTownship')} height={chartHeight} isLoading={aggregates.isPending}
            emptyText={rows.length > 0 ? undefined : t('monitoringCases.counts.empty')}
            chart={<LazyEChart option={stateStackOption(rows, (s) => labels.state(s))} height={chartHeight} label={t('monitoringCases.map.byTownship')} />}
            table={<NumbersTableView data={{
              columns: [{ key: 'label', title: t('monitoringCases.map.townshipColumn') }, ...OPEN_STATES.map((s) => ({ key: s, title: labels.state(s), isNumeric: true }))],
              rows: rows.map((r) => ({ key: r.key, cells: { label: r.label, ...Object.fromEntries(OPEN_STATES.map((s) => [s, String(r.byState[s])])) } })),
            }} />} />
        </>
      )}
    </section>
  );
}
