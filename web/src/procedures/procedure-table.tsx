import { Table, Tag } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type ProcedureSummary } from './procedures.api.ts';
import { STATUS_COLORS, useProcedureLabels } from './procedure-labels.ts';

/** Procedures as a table: household, village, procedure, step with its deadline (overdue in red), status. */
export function ProcedureTable({ items, loading, pagination, empty }: {
  items: readonly ProcedureSummary[]; loading: boolean; pagination?: TableProps<ProcedureSummary>['pagination']; empty: string;
}) {
  const { t } = useTranslation();
  const labels = useProcedureLabels();
  return (
    <Table<ProcedureSummary>
      rowKey="id"
      size="middle"
      dataSource={[...items]}
      loading={loading}
      pagination={pagination ?? false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: empty }}
      rowClassName={(p) => (p.isOverdue ? 'procedure-row--overdue' : '')}
      columns={[
        { key: 'household', title: t('procedures.columns.household'), render: (_v, p) => <Link to={`/procedures/${p.id}`}>{p.headName}<span className="procedure-muted"> · {p.householdNo}</span></Link> },
        { key: 'village', title: t('procedures.columns.village'), render: (_v, p) => p.villageName ?? p.villageCode },
        { key: 'kind', title: t('procedures.columns.kind'), render: (_v, p) => labels.kind(p.kind) },
        { key: 'step', title: t('procedures.columns.step'), render: (_v, p) => labels.step(p.currentStep) || '—' },
        { key: 'due', title: t('procedures.columns.due'), render: (_v, p) => (p.stepDueOn ? (
          <span>{p.stepDueOn}{p.isOverdue && <Tag color="red" className="procedure-overdue">{t('procedures.overdue')}</Tag>}</span>
        ) : '—') },
        { key: 'notice', title: t('procedures.columns.noticeEnds'), render: (_v, p) => p.noticeEndsOn ?? '—' },
        { key: 'status', title: t('procedures.columns.status'), render: (_v, p) => <Tag color={STATUS_COLORS[p.status]}>{labels.status(p.status)}</Tag> },
      ]}
    />
  );
}
