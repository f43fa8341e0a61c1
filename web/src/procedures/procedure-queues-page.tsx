import { useQuery } from '@tanstack/react-query';
import { Select, Space, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadFailed } from '../app/page-states.tsx';
import { useChosenRegion } from '../regions/use-region-param.ts';
import { ProcedureTable } from './procedure-table.tsx';
import { ProceduresNav } from './procedures-nav.tsx';
import { proceduresQuery } from './procedures.api.ts';
import { useProcedureLabels } from './procedure-labels.ts';
import './procedures.css';

const KINDS = ['identification', 'householdExit'] as const;
const STATUSES = ['inProgress', 'completed', 'rejected'] as const;
const PAGE_SIZE = 50;

/** The identification and exit queues of the chosen region, by status. */
export default function ProcedureQueuesPage() {
  const { t } = useTranslation();
  const labels = useProcedureLabels();
  const { regionCode } = useChosenRegion();
  const [params, setParams] = useSearchParams();
  const kind = KINDS.find((k) => k === params.get('kind')) ?? 'identification';
  const status = STATUSES.find((s) => s === params.get('status')) ?? 'inProgress';
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const list = useQuery(proceduresQuery({ kind, status, regionCode, page, pageSize: PAGE_SIZE }));
  const set = (key: string, value: string) => setParams((previous) => {
    const next = new URLSearchParams(previous);
    next.set(key, value);
    if (key !== 'page') next.delete('page');
    return next;
  });

  return (
    <section className="page" aria-labelledby="queues-title">
      <div className="page__header">
        <Typography.Title level={1} id="queues-title" className="page__title">{t('procedures.queues.title')}</Typography.Title>
        <ProceduresNav />
      </div>
      <Space className="procedure-toolbar" wrap>
        <Tabs activeKey={kind} onChange={(k) => set('kind', k)} items={KINDS.map((k) => ({ key: k, label: labels.kind(k) }))} />
        <Select aria-label={t('procedures.columns.status')} value={status} onChange={(s) => set('status', s)} className="procedure-status-select"
          options={STATUSES.map((s) => ({ value: s, label: labels.status(s) }))} />
      </Space>
      {list.isError && !list.data ? (
        <LoadFailed title={t('procedures.loadFailed')} error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <ProcedureTable items={list.data?.items ?? []} loading={list.isFetching} empty={t('procedures.queues.empty')}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, onChange: (p) => set('page', String(p)), showTotal: (total) => t('procedures.queues.total', { total }) }} />
      )}
    </section>
  );
}
