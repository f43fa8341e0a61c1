import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Space, Table, Tag, Timeline } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MeasureFormModal } from '../assistance/measure-form-modal.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { useCodes } from '../codes/use-codes.ts';
import { formatDateTime } from '../format/date.ts';
import { formatFen } from '../format/money.ts';
import type { Household } from '../household-page/household.queries.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { describeReason } from '../monitoring/reason-text.ts';
import { useCaseLabels } from './case-labels.ts';
import { type CaseMeasure, type MonitoringCase, refreshCases } from './monitoring-cases.api.ts';

/** What brought the case: the department alerts with their reasons and data, or what was reported. */
export function CaseTriggers({ c }: { c: MonitoringCase }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const labels = useCaseLabels();
  return (
    <Card size="small" className="case-card" title={t('monitoringCases.alerts.title')}>
      {c.triggerNote && <p className="case-trigger-note">{c.triggerNote}</p>}
      {c.alerts.length === 0 ? (!c.triggerNote && <p className="case-muted">{t('monitoringCases.alerts.none')}</p>) : (
        <ul className="case-alerts">
          {c.alerts.map((a) => (
            <li key={a.id}>
              <Tag color="red">{labels.risk(a.riskType)}</Tag>
              <span className="case-muted">{formatDateTime(a.raisedAt, language)}</span>
              <ul className="monitoring-reasons">{a.reasons.map((r, i) => <li key={i}>{describeReason(r, language)}</li>)}</ul>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** The measures recorded for the household since the case was discovered, with the way to record one. */
export function CaseMeasures({ c, household }: { c: MonitoringCase; household: Household | undefined }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const codes = useCodes();
  const queryClient = useQueryClient();
  const canWrite = useCurrentUser().permissions.includes('assistance:write');
  const [adding, setAdding] = useState(false);
  const isOpen = c.closedOn === null;
  return (
    <Card size="small" className="case-card" title={t('monitoringCases.measures.title')}
      extra={(
        <Space wrap>
          <Link to={`/households/${c.householdId}?tab=assistance`}>{t('monitoringCases.measures.plan')}</Link>
          {canWrite && isOpen && household && <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>{t('monitoringCases.measures.add')}</Button>}
        </Space>
      )}>
      {c.measures.length === 0 ? (
        <p className={c.flags.includes('noMeasure') ? 'case-warning' : 'case-muted'}>
          {t('monitoringCases.measures.none')}{c.measureDueOn && isOpen ? `；${t('monitoringCases.measures.due', { due: c.measureDueOn })}` : ''}
        </p>
      ) : (
        <Table<CaseMeasure> rowKey="id" size="small" pagination={false} dataSource={c.measures} scroll={{ x: 'max-content' }} columns={[
          { key: 'type', title: t('monitoringCases.measures.type'), render: (_v, m) => codes.label('measureType', m.measureType) },
          { key: 'period', title: t('monitoringCases.measures.period'), render: (_v, m) => (m.endDate ? `${m.startDate} – ${m.endDate}` : m.startDate) },
          { key: 'amount', title: t('monitoringCases.measures.amount'), align: 'right', render: (_v, m) => (m.amount === null ? '' : formatFen(m.amount, language)) },
          { key: 'status', title: t('monitoringCases.measures.status'), render: (_v, m) => codes.label('measureStatus', m.status) },
        ]} />
      )}
      {household && (
        <MeasureFormModal householdId={household.id} members={household.members.map((m) => ({ id: m.id, name: m.name }))} open={adding}
          onClose={() => { setAdding(false); void refreshCases(queryClient); }} />
      )}
    </Card>
  );
}

const KIND_COLORS: Readonly<Record<string, string>> = { alertRaised: 'orange', rejected: 'red', riskEliminated: 'green', included: 'green', measure: 'blue' };
type TimelineEntry = MonitoringCase['timeline'][number];

/** What an entry's detail code or text says, in words: a channel, a risk, a measure type, or a reason as written. */
function useEntryDetail() {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const codes = useCodes();
  return (e: TimelineEntry): string | null => {
    if (!e.detail) return null;
    if (e.kind === 'opened') return `${labels.channel(e.detail)}${e.decision === 'greenChannel' ? ` · ${t('monitoringCases.page.greenChannel')}` : ''}`;
    if (e.kind === 'alertRaised') return labels.risk(e.detail);
    if (e.kind === 'measure') return codes.label('measureType', e.detail);
    return e.detail;
  };
}

/** Everything that happened to the case, oldest first: who, when, what and why. */
export function CaseTimeline({ entries }: { entries: MonitoringCase['timeline'] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const labels = useCaseLabels();
  const detailOf = useEntryDetail();
  if (entries.length === 0) return <p className="case-muted">{t('monitoringCases.timeline.empty')}</p>;
  const decisionTag = (e: TimelineEntry) => {
    if (e.decision === 'approved' || e.decision === 'rejected') {
      return <Tag className="case-timeline__decision" color={e.decision === 'approved' ? 'green' : 'red'}>{t(`monitoringCases.timeline.decision.${e.decision}`)}</Tag>;
    }
    if (e.kind === 'riskEliminated' && e.decision) return <Tag className="case-timeline__decision" color="green">{labels.eliminationKind(e.decision)}</Tag>;
    return null;
  };
  return (
    <Timeline className="case-timeline" items={entries.map((e, i) => {
      const detail = detailOf(e);
      return {
        key: `${e.on}-${i}`,
        color: e.decision === 'rejected' ? 'red' : KIND_COLORS[e.kind] ?? 'blue',
        content: (
          <div className="case-timeline__entry" data-kind={e.kind}>
            <strong>{t(`monitoringCases.timeline.kinds.${e.kind}`)}</strong>
            {e.step && <> · {labels.step(e.step)}</>}
            {decisionTag(e)}
            <div className="case-muted">{e.at ? formatDateTime(e.at, language) : e.on}{e.byName ? ` · ${e.byName}` : ''}</div>
            {detail && <div className="case-timeline__detail">{detail}</div>}
          </div>
        ),
      };
    })} />
  );
}
