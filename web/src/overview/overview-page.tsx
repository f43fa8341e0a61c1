import { useQuery } from '@tanstack/react-query';
import { Col, Row, Select, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadFailed } from '../app/page-states.tsx';
import { preloadCharts } from '../charts/lazy-echart.tsx';
import { useCodes } from '../codes/use-codes.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { regionQuery } from '../regions/regions.queries.ts';
import { useChosenRegion } from '../regions/use-region-param.ts';
import { CausesCard, IncidenceCard, IncomeCard, StatusCard, TypeCard, CHART_HEIGHT } from './overview-cards.tsx';
import type { OverviewText } from './overview-data.ts';
import { overviewQuery, readYear, YEAR_PARAM, yearChoices } from './overview-query.ts';
import { OverviewStats } from './overview-stats.tsx';
import { RecentActivity } from './recent-activity.tsx';
import './overview.css';

/**
 * The home page: the chosen region's households by status and type, incidence by the regions
 * one level down (clicking drills down and moves the region tree with it), causes, incomes
 * against the line, and recent activity. Region and income year live in the address.
 */
export default function OverviewPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const codes = useCodes();
  const { regionCode, scopeCode, chooseRegion } = useChosenRegion();
  const [params, setParams] = useSearchParams();
  const currentYear = new Date().getFullYear();
  const year = readYear(params, currentYear);
  const overview = useQuery(overviewQuery(regionCode, year));
  const region = useQuery(regionQuery(regionCode));
  const text = useMemo<OverviewText>(() => ({ t, language, label: codes.label }), [t, language, codes.label]);
  const data = overview.data;
  useEffect(preloadCharts, []);

  const chooseYear = (next: number) => setParams((previous) => {
    const updated = new URLSearchParams(previous);
    updated.set(YEAR_PARAM, String(next));
    return updated;
  });

  const title = region.data ? t('overview.title', { region: region.data.name }) : t('overview.titleFallback');
  return (
    <section className="page overview" aria-labelledby="overview-title">
      <div className="page__header">
        <Typography.Title level={1} id="overview-title" className="page__title">{title}</Typography.Title>
        <label className="overview__year">
          <span>{t('overview.year')}</span>
          <Select<number>
            aria-label={t('overview.year')}
            className="overview__year-select"
            value={year ?? data?.incomes.year ?? undefined}
            onChange={chooseYear}
            options={yearChoices(currentYear).map((y) => ({ value: y, label: String(y) }))}
          />
        </label>
      </div>
      {overview.isError && !data ? (
        <LoadFailed title={t('overview.loadFailed')} error={overview.error} onRetry={() => void overview.refetch()} />
      ) : (
        <div className={overview.isPlaceholderData ? 'overview__body overview__body--stale' : 'overview__body'} aria-busy={overview.isFetching}>
          <OverviewStats totals={data?.totals} />
          <Row gutter={[16, 16]} className="overview__charts">
            <Col xs={24} lg={12}><StatusCard data={data} text={text} /></Col>
            <Col xs={24} lg={12}><TypeCard data={data} text={text} /></Col>
            <Col xs={24} xl={12}>
              <IncidenceCard data={data} text={text} regionCode={regionCode} scopeCode={scopeCode} onDrill={chooseRegion} />
            </Col>
            <Col xs={24} xl={12}><CausesCard data={data} text={text} /></Col>
            <Col xs={24} xl={12}><IncomeCard data={data} text={text} /></Col>
            <Col xs={24} xl={12}><RecentActivity data={data} height={CHART_HEIGHT + 28} /></Col>
          </Row>
        </div>
      )}
    </section>
  );
}
