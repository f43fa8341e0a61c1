import { useQuery } from '@tanstack/react-query';
import { Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadFailed, PageLoading } from '../app/page-states.tsx';
import { ProcedureActions } from './procedure-actions.tsx';
import { ProcedureObjections } from './procedure-objections.tsx';
import { ProcedureTimeline } from './procedure-timeline.tsx';
import { procedureQuery } from './procedures.api.ts';
import { STATUS_COLORS, useProcedureLabels } from './procedure-labels.ts';
import './procedures.css';

/** One procedure: the household, where it stands, what the user may do, its objections and its timeline. */
export default function ProcedurePage() {
  const { t } = useTranslation();
  const labels = useProcedureLabels();
  const { id = '' } = useParams();
  const procedure = useQuery(procedureQuery(id));
  if (procedure.isPending) return <PageLoading />;
  if (procedure.isError) return <LoadFailed title={t('procedures.loadFailed')} error={procedure.error} onRetry={() => void procedure.refetch()} />;
  const p = procedure.data;
  return (
    <section className="page" aria-labelledby="procedure-title">
      <div className="page__header">
        <Typography.Title level={1} id="procedure-title" className="page__title">
          {labels.kind(p.kind)} · {p.headName} <Tag color={STATUS_COLORS[p.status]}>{labels.status(p.status)}</Tag>
        </Typography.Title>
      </div>
      <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }} className="procedure-card" items={[
        { key: 'household', label: t('procedures.columns.household'), children: <Link to={`/households/${p.householdId}`}>{p.householdNo}</Link> },
        { key: 'village', label: t('procedures.columns.village'), children: p.villageName ?? p.villageCode },
        { key: 'year', label: t('procedures.detail.year'), children: p.year },
        { key: 'opened', label: t('procedures.detail.opened'), children: `${p.openedOn} · ${p.openedByName}` },
        { key: 'step', label: t('procedures.columns.step'), children: labels.step(p.currentStep) || '—' },
        ...(p.outcomeReason ? [{ key: 'reason', label: t('procedures.detail.outcomeReason'), children: p.outcomeReason }] : []),
      ]} />
      <ProcedureActions procedure={p} />
      <ProcedureObjections procedure={p} />
      <Typography.Title level={2} className="page__title">{t('procedures.timeline.title')}</Typography.Title>
      <ProcedureTimeline steps={p.steps} />
    </section>
  );
}
