import { useQuery } from '@tanstack/react-query';
import { Card, Col, InputNumber, Row, Select, Statistic, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed } from '../app/page-states.tsx';
import { ChartCard } from '../charts/chart-card.tsx';
import { LazyEChart, preloadCharts } from '../charts/lazy-echart.tsx';
import { formatFen } from '../format/money.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { formatRate } from '../policy/policy-format.ts';
import { useChosenYear, yearOptions } from '../policy/policy-page.tsx';
import { PolicyNav } from '../policy/policy-nav.tsx';
import { useChosenRegion } from '../regions/use-region-param.ts';
import { indicatorsQuery, type Indicators } from './indicators.api.ts';
import { incidenceChart } from './indicators-charts.ts';
import { MultidimensionalCard } from './multidimensional-card.tsx';
import './indicators.css';

type ChildRow = Indicators['children'][number];

/** Incidence at every level below the chosen region, the FGT family against any line, and Alkire–Foster. */
export default function IndicatorsPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { regionCode, chooseRegion } = useChosenRegion();
  const [year, chooseYear] = useChosenYear();
  const [lineYuan, setLineYuan] = useState<number | null>(null);
  const line = lineYuan === null ? undefined : Math.round(lineYuan * 100);
  const data = useQuery(indicatorsQuery(regionCode, year, line));
  useEffect(preloadCharts, []);
  const d = data.data;
  const children = (d?.children ?? []).map((c) => ({ ...c, name: c.name ?? c.code }));
  return (
    <section className="page indicators-page" aria-labelledby="indicators-title">
      <PolicyNav />
      <div className="page__header">
        <Typography.Title level={1} id="indicators-title" className="page__title">{d ? t('indicators.title', { region: d.regionName ?? d.regionCode, year }) : t('indicators.titleFallback')}</Typography.Title>
        <Select<number> aria-label={t('indicators.year')} value={year} onChange={chooseYear} options={yearOptions()} className="policy-year" />
        <label className="indicators-line">
          <span>{t('indicators.line')}</span>
          <InputNumber aria-label={t('indicators.line')} min={1} value={lineYuan} onChange={setLineYuan} placeholder={d ? String(d.line.amount / 100) : ''} />
        </label>
      </div>
      {data.isError ? <LoadFailed title={t('indicators.loadFailed')} error={data.error} onRetry={() => void data.refetch()} /> : (
        <Row gutter={[12, 12]}>
          <Col xs={24} lg={8}>
            <Card size="small" loading={data.isPending}>
              <Statistic title={t('indicators.incidence')} value={d ? formatRate(d.incidence.incidence) : '—'} />
              {d && <p>{t('indicators.incidenceSummary', { people: d.incidence.people, poor: d.incidence.poorPeople })}</p>}
            </Card>
          </Col>
          <Col xs={24} lg={16}>
            <Card size="small" loading={data.isPending} title={<h2 className="chart-card__title">{t('indicators.fgt')}</h2>}>
              {d && (
                <>
                  <Row gutter={12}>
                    <Col xs={8}><Statistic title={t('indicators.p0')} value={formatRate(d.fgt.headcount)} /></Col>
                    <Col xs={8}><Statistic title={t('indicators.p1')} value={d.fgt.gap.toFixed(4)} /></Col>
                    <Col xs={8}><Statistic title={t('indicators.p2')} value={d.fgt.squaredGap.toFixed(4)} /></Col>
                  </Row>
                  <p className="indicators-note">{t('indicators.fgtPopulation', { population: d.fgt.population, poor: d.fgt.poorPopulation })} · {t('indicators.lineHint', { amount: formatFen(d.line.amount, language) })}</p>
                </>
              )}
            </Card>
          </Col>
          {children.length > 0 && (
            <Col xs={24}>
              <ChartCard title={t('indicators.incidenceByRegion')} height={Math.min(560, 48 + 28 * children.length)} isLoading={data.isPending}
                chart={<LazyEChart height={Math.min(560, 48 + 28 * children.length)} label={t('indicators.incidenceByRegion')} option={incidenceChart(children)} onItemClick={(i) => { const c = children[i]; if (c) chooseRegion(c.code); }} />}
                table={<Table<ChildRow> rowKey="code" size="small" pagination={false} dataSource={children} columns={[
                  { key: 'name', title: t('indicators.columns.region'), dataIndex: 'name' },
                  { key: 'people', title: t('indicators.columns.people'), dataIndex: 'people', align: 'right' },
                  { key: 'poor', title: t('indicators.columns.poorPeople'), dataIndex: 'poorPeople', align: 'right' },
                  { key: 'incidence', title: t('indicators.columns.incidence'), align: 'right', render: (_: unknown, c: ChildRow) => formatRate(c.incidence) },
                ]} />} />
            </Col>
          )}
          <Col xs={24}><MultidimensionalCard regionCode={regionCode} year={year} line={line} /></Col>
        </Row>
      )}
    </section>
  );
}
