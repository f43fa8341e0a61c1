import { monitoringCaseTypes, riskTypes } from '@fupin/core';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Input, Row, Space, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LoadFailed } from '../app/page-states.tsx';
import { ChartCard } from '../charts/chart-card.tsx';
import { LazyEChart } from '../charts/lazy-echart.tsx';
import { NumbersTableView } from '../charts/numbers-table-view.tsx';
import { useLanguage } from '../i18n/use-language.ts';
import { REGION_PARAM, useChosenRegion } from '../regions/use-region-param.ts';
import { useCaseLabels } from './case-labels.ts';
import { COUNT_KEYS, type CountKey, countsBarOption, countsTable, type CountsRow, rowsOfCodes } from './counts-charts.ts';
import { countsQuery } from './monitoring-cases.api.ts';
import { MonitoringNav } from './monitoring-nav.tsx';
import './monitoring-cases.css';
import { localToday } from './local-date.ts';

const startOfYear = () => `${localToday().slice(0, 4)}-01-01`;

/** 统计: what an inspector asks for — identified, eliminated, open, overdue — in all, by type, by risk and by village. */
export default function CaseCountsPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const labels = useCaseLabels();
  const navigate = useNavigate();
  const { regionCode } = useChosenRegion();
  const [from, setFrom] = useState(startOfYear);
  const [to, setTo] = useState(localToday);
  const counts = useQuery(countsQuery(regionCode, from, to));
  const names: Record<CountKey, string> = {
    identified: t('monitoringCases.counts.names.identified'), eliminated: t('monitoringCases.counts.names.eliminated'),
    rejected: t('monitoringCases.counts.names.rejected'), open: t('monitoringCases.counts.names.open'),
    overdue: t('monitoringCases.counts.names.overdue'), noMeasure: t('monitoringCases.counts.names.noMeasure'),
  };
  const format = (n: number) => n.toLocaleString(language);
  const data = counts.data;
  const byType = data ? rowsOfCodes(data.byType, monitoringCaseTypes.codes, labels.type) : [];
  const byRisk = data ? rowsOfCodes(data.byRisk, riskTypes.codes, labels.risk) : [];
  const byVillage: CountsRow[] = (data?.byVillage ?? []).map((v) => ({ key: v.villageCode, label: v.villageName ?? v.villageCode, counts: v, drillCode: v.villageCode }));
  const card = (title: string, rows: CountsRow[], column: string, horizontal: boolean) => {
    const height = horizontal ? Math.max(240, rows.length * 44 + 48) : 300;
    return (
      <ChartCard title={title} height={height} isLoading={counts.isPending} emptyText={rows.length === 0 ? t('monitoringCases.counts.empty') : undefined}
        chart={<LazyEChart option={countsBarOption(rows, names, horizontal)} height={height} label={title} />}
        table={<NumbersTableView data={countsTable(rows, column, names, format)} />} />
    );
  };
  return (
    <section className="page monitoring-cases" aria-labelledby="counts-title">
      <div className="page__header monitoring-cases__header">
        <Typography.Title level={1} id="counts-title" className="page__title">{t('monitoringCases.counts.title')}</Typography.Title>
        <MonitoringNav />
      </div>
      <Space wrap className="monitoring-cases__toolbar">
        <label>{t('monitoringCases.counts.from')} <Input type="date" value={from} max={to} onChange={(e) => e.target.value && setFrom(e.target.value)} className="case-date" /></label>
        <label>{t('monitoringCases.counts.to')} <Input type="date" value={to} min={from} max={localToday()} onChange={(e) => e.target.value && setTo(e.target.value)} className="case-date" /></label>
      </Space>
      {counts.isError ? <LoadFailed title={t('monitoringCases.counts.title')} error={counts.error} onRetry={() => void counts.refetch()} /> : (
        <>
          <p className="case-muted">{t('monitoringCases.counts.period', { from: data?.from ?? from, to: data?.to ?? to })}</p>
          <Row gutter={[12, 12]} className="case-counts__totals">
            {COUNT_KEYS.map((k) => (
              <Col key={k} xs={12} sm={8} lg={4}>
                <Card size="small"><Statistic title={names[k]} value={data ? data.totals[k] : '—'} loading={counts.isPending}
                  valueStyle={k === 'overdue' || k === 'noMeasure' ? { color: data && data.totals[k] > 0 ? '#cf1322' : undefined } : undefined} /></Card>
              </Col>
            ))}
          </Row>
          <Row gutter={[12, 12]}>
            <Col xs={24} lg={12}>{card(t('monitoringCases.counts.byType'), byType, t('monitoringCases.counts.typeColumn'), false)}</Col>
            <Col xs={24} lg={12}>{card(t('monitoringCases.counts.byRisk'), byRisk, t('monitoringCases.counts.riskColumn'), true)}</Col>
            <Col xs={24}>
              <Card size="small" title={<h2 className="chart-card__title">{t('monitoringCases.counts.byVillage')}</h2>}>
                <NumbersTableView data={countsTable(byVillage, t('monitoringCases.counts.villageColumn'), names, format)}
                  onDrill={(code) => void navigate(`/monitoring/cases?${REGION_PARAM}=${code}`)}
                  drillLabel={(name) => t('monitoringCases.counts.drill', { name })} />
              </Card>
            </Col>
          </Row>
        </>
      )}
    </section>
  );
}
