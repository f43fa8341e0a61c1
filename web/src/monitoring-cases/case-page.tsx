import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadFailed, PageLoading } from '../app/page-states.tsx';
import { useCodes } from '../codes/use-codes.ts';
import { householdQuery } from '../household-page/household.queries.ts';
import { useCaseLabels } from './case-labels.ts';
import { CaseMeasures, CaseTimeline, CaseTriggers } from './case-details.tsx';
import { FLAG_COLORS, owedSteps, STATE_COLORS } from './case-rules.ts';
import { CaseStepAction, CaseStepProgress } from './case-steps.tsx';
import { EliminationPanel } from './elimination-panel.tsx';
import { caseQuery, type MonitoringCase } from './monitoring-cases.api.ts';
import { MonitoringNav } from './monitoring-nav.tsx';
import '../monitoring/monitoring.css';
import './monitoring-cases.css';

/** The green channel: help first, the paperwork still owed named step by step. */
function GreenChannelNote({ c }: { c: MonitoringCase }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  if (!c.greenChannel) return null;
  const owed = owedSteps(c.steps);
  return c.paperworkOwed
    ? <Alert type="warning" showIcon className="case-alert case-green-channel" title={t('monitoringCases.page.greenChannelOwed', { steps: owed.map((s) => labels.step(s)).join('、') })} />
    : <Alert type="success" showIcon className="case-alert case-green-channel" title={t('monitoringCases.page.greenChannelDone')} />;
}

/** One monitoring case: the household, what brought it, where it stands, its steps, measures, elimination and history. */
export default function CasePage() {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const codes = useCodes();
  const { id = '' } = useParams();
  const found = useQuery(caseQuery(id));
  const household = useQuery({ ...householdQuery(found.data?.householdId ?? 0), enabled: found.data !== undefined });
  if (found.isPending) return <PageLoading />;
  if (found.isError) return <LoadFailed title={t('monitoringCases.page.loadFailed')} error={found.error} onRetry={() => void found.refetch()} />;
  const c = found.data;
  const h = household.data;
  const optional = (key: string, label: string, value: string | null | undefined) => (value ? [{ key, label, children: value }] : []);
  return (
    <section className="page monitoring-cases case-page" aria-labelledby="case-title">
      <div className="page__header monitoring-cases__header">
        <Typography.Title level={1} id="case-title" className="page__title">
          {c.headName} · {c.caseNo}
        </Typography.Title>
        <MonitoringNav />
      </div>
      <Space wrap size={4} className="case-tags">
        <Tag color={STATE_COLORS[c.state] ?? 'default'} className="case-state">{labels.state(c.state)}</Tag>
        {c.greenChannel && <Tag color="green">{t('monitoringCases.page.greenChannel')}</Tag>}
        {c.flags.map((f) => <Tag key={f} color={FLAG_COLORS[f] ?? 'default'}>{labels.flag(f)}</Tag>)}
      </Space>
      <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }} className="case-card case-summary" items={[
        { key: 'household', label: t('monitoringCases.page.household'), children: <Link to={`/households/${c.householdId}`}>{c.householdNo}</Link> },
        { key: 'village', label: t('monitoringCases.page.village'), children: c.villageName ?? c.villageCode },
        ...(h ? [
          { key: 'status', label: t('monitoringCases.page.povertyStatus'), children: codes.label('povertyStatus', h.povertyStatus) },
          { key: 'members', label: t('monitoringCases.page.summary'), children: t('monitoringCases.page.members', { count: h.memberCount }) },
        ] : []),
        { key: 'type', label: t('monitoringCases.page.type'), children: labels.type(c.type) },
        { key: 'risks', label: t('monitoringCases.page.risks'), children: c.risks.map((r) => <Tag key={r} color="red">{labels.risk(r)}</Tag>) },
        { key: 'channel', label: t('monitoringCases.page.channel'), children: labels.channel(c.channel) },
        { key: 'discoveredOn', label: t('monitoringCases.page.discoveredOn'), children: c.discoveredOn },
        { key: 'openedBy', label: t('monitoringCases.page.openedBy'), children: `${c.openedByName} · ${c.openedAt.slice(0, 10)}` },
        ...(c.includedOn ? [] : optional('decisionDueOn', t('monitoringCases.page.decisionDueOn'), c.decisionDueOn)),
        ...optional('includedOn', t('monitoringCases.page.includedOn'), c.includedOn),
        ...optional('closedOn', t('monitoringCases.page.closedOn'), c.closedOn),
        ...optional('eliminationKind', t('monitoringCases.page.eliminationKind'), labels.eliminationKind(c.eliminationKind)),
        ...(c.previousCaseId ? [{ key: 'previous', label: t('monitoringCases.page.previousCase'), children: <Link to={`/monitoring/cases/${c.previousCaseId}`}>{t('monitoringCases.page.previousCase')}</Link> }] : []),
      ]} />
      {c.rejection && (
        <Alert type="error" showIcon className="case-alert" title={t('monitoringCases.page.rejected', { reason: c.rejection.reason, who: c.rejection.byName, on: c.rejection.on })} />
      )}
      <GreenChannelNote c={c} />
      <Typography.Title level={2} className="page__title case-section-title">{t('monitoringCases.steps.title')}</Typography.Title>
      <CaseStepProgress steps={c.steps} />
      <CaseStepAction c={c} />
      <div className="case-columns">
        <CaseTriggers c={c} />
        <CaseMeasures c={c} household={h} />
      </div>
      <EliminationPanel c={c} />
      <Typography.Title level={2} className="page__title case-section-title">{t('monitoringCases.timeline.title')}</Typography.Title>
      <CaseTimeline entries={c.timeline} />
    </section>
  );
}
