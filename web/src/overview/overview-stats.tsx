import { Card, Col, Row, Skeleton, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/use-language.ts';
import type { Overview } from './overview-data.ts';
import { formatCount, formatPercent } from './overview-format.ts';

/** The four figures a county official looks at first; each card keeps its size while loading. */
export function OverviewStats({ totals }: { totals: Overview['totals'] | undefined }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const stats = [
    { key: 'households', title: t('overview.households'), value: totals && formatCount(totals.households, language), hint: null },
    { key: 'people', title: t('overview.people'), value: totals && formatCount(totals.people, language), hint: null },
    { key: 'poor', title: t('overview.poorHouseholds'), value: totals && formatCount(totals.poorHouseholds, language), hint: totals && t('overview.poorPeopleHint', { n: formatCount(totals.poorPeople, language) }) },
    { key: 'incidence', title: t('overview.incidence'), value: totals && formatPercent(totals.incidence, language), hint: t('overview.incidenceHint') },
  ];
  return (
    <Row gutter={[16, 16]} className="overview-stats">
      {stats.map((s) => (
        <Col key={s.key} xs={12} lg={6}>
          <Card size="small" className="overview-stat" data-stat={s.key}>
            {s.value === undefined
              ? <Skeleton active title={{ width: '60%' }} paragraph={{ rows: 1, width: '40%' }} />
              : <Statistic title={s.title} value={s.value} />}
            <div className="overview-stat__hint">{s.value === undefined ? '' : s.hint}</div>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
