import { CheckCircleOutlined, ClockCircleOutlined, EditOutlined, FileAddOutlined, PhoneOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiProblem } from '../api/problem.ts';
import { LoadFailed, PageLoading } from '../app/page-states.tsx';
import { MeasureFormModal } from '../assistance/measure-form-modal.tsx';
import { VisitFormModal } from '../assistance/visit-form-modal.tsx';
import { useCodes } from '../codes/use-codes.ts';
import { householdQuery } from '../household-page/household.queries.ts';
import { CaseBadge } from '../monitoring-cases/case-badge.tsx';
import { describeDue, sortByUrgency } from './due-text.ts';
import { myHouseholdsQuery, type MyHousehold } from './my-households.api.ts';
import './my-households.css';

/** Loads the household's members before the measure form opens (a measure may go to a member). */
function MeasureForHousehold({ householdId, onClose }: { householdId: number; onClose: () => void }) {
  const household = useQuery(householdQuery(householdId));
  if (!household.data) return null;
  return <MeasureFormModal householdId={householdId} members={household.data.members.map((m) => ({ id: m.id, name: m.name }))} open onClose={onClose} />;
}

function HouseholdCard({ h, onVisit, onMeasure }: { h: MyHousehold; onVisit: () => void; onMeasure: () => void }) {
  const { t } = useTranslation();
  const codes = useCodes();
  const navigate = useNavigate();
  return (
    <Card className="my-household" data-household-no={h.householdNo}
      title={<Space wrap><span className="my-household__head">{h.headName}</span><Tag>{codes.label('povertyStatus', h.povertyStatus)}</Tag><CaseBadge openCase={h.openCase} openAlerts={h.openAlerts} villageCode={h.villageCode} /></Space>}
      extra={h.phone ? <a href={`tel:${h.phone}`} aria-label={t('myHouseholds.call', { name: h.headName })}><PhoneOutlined /></a> : undefined}>
      <Typography.Text type="secondary" className="my-household__meta">
        {h.villageName ?? h.villageCode} · {h.householdNo} · {t('myHouseholds.lastVisit', { date: h.lastVisitDate ?? t('myHouseholds.never') })}
      </Typography.Text>
      {h.dues.length === 0 ? (
        <p className="my-household__clear"><CheckCircleOutlined /> {t('myHouseholds.allDone')}</p>
      ) : (
        <ul className="my-household__dues" aria-label={t('myHouseholds.dues')}>
          {h.dues.map((d, i) => (
            <li key={`${d.kind}-${i}`} className={`due due--${d.kind}`}>
              <ClockCircleOutlined /> {describeDue(d, t, (c) => codes.label('povertyCause', c))}
            </li>
          ))}
        </ul>
      )}
      <div className="my-household__actions">
        <Button size="large" type="primary" icon={<EditOutlined />} onClick={onVisit}>{t('assistance.visit.add')}</Button>
        <Button size="large" icon={<FileAddOutlined />} onClick={onMeasure}>{t('assistance.measure.add')}</Button>
        <Button size="large" type="link" href={`/households/${h.householdId}?tab=assistance`}
          onClick={(e) => { e.preventDefault(); void navigate(`/households/${h.householdId}?tab=assistance`); }}>{t('myHouseholds.open')}</Button>
      </div>
    </Card>
  );
}

/** The paired cadre's own households with what is due on each; made for a phone in the village. */
export default function MyHouseholdsPage() {
  const { t } = useTranslation();
  const query = useQuery(myHouseholdsQuery);
  const [visitFor, setVisitFor] = useState<number | null>(null);
  const [measureFor, setMeasureFor] = useState<number | null>(null);

  if (query.isPending) return <PageLoading />;
  if (query.isError) {
    if (query.error instanceof ApiProblem && query.error.status === 404) {
      return <Empty className="my-households__unlinked" description={t('myHouseholds.notLinked')} />;
    }
    return <LoadFailed title={t('myHouseholds.loadFailed')} error={query.error} onRetry={() => void query.refetch()} />;
  }
  const households = sortByUrgency(query.data.households);
  const withDues = households.filter((h) => h.dues.length > 0).length;
  return (
    <section className="page my-households" aria-labelledby="my-households-title">
      <Typography.Title level={3} id="my-households-title">{t('myHouseholds.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('myHouseholds.summary', { name: query.data.cadreName, count: households.length, due: withDues })}
      </Typography.Paragraph>
      {households.length === 0 ? <Empty description={t('myHouseholds.none')} /> : (
        <div className="my-households__list">
          {households.map((h) => (
            <HouseholdCard key={h.householdId} h={h} onVisit={() => setVisitFor(h.householdId)} onMeasure={() => setMeasureFor(h.householdId)} />
          ))}
        </div>
      )}
      {visitFor && <VisitFormModal householdId={visitFor} open onClose={() => setVisitFor(null)} />}
      {measureFor && <MeasureForHousehold householdId={measureFor} onClose={() => setMeasureFor(null)} />}
    </section>
  );
}
