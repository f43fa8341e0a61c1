import { Table, Tag } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCaseLabels } from './case-labels.ts';
import { FLAG_COLORS, isCaseOverdue, STATE_COLORS } from './case-rules.ts';
import type { MonitoringCaseSummary } from './monitoring-cases.api.ts';

type CaseRow = MonitoringCaseSummary;

/** Cases as a table: household, village, type, risks, state, the current step with its deadline (overdue in red), flags. */
export function CaseTable({ items, loading, pagination, empty, showWaitingFor = false }: {
  items: readonly CaseRow[]; loading: boolean; pagination?: TableProps<CaseRow>['pagination']; empty: string; showWaitingFor?: boolean;
}) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  return (
    <Table<CaseRow>
      rowKey="id"
      size="middle"
      className="case-table"
      dataSource={[...items]}
      loading={loading}
      pagination={pagination ?? false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: empty }}
      rowClassName={(c) => (isCaseOverdue(c.flags) ? 'case-row--overdue' : '')}
      columns={[
        {
          key: 'case', title: t('monitoringCases.columns.case'),
          render: (_v, c) => <Link to={`/monitoring/cases/${c.id}`}>{c.headName}<span className="case-muted"> · {c.caseNo}</span></Link>,
        },
        { key: 'village', title: t('monitoringCases.columns.village'), render: (_v, c) => c.villageName ?? c.villageCode },
        ...(showWaitingFor ? [{
          key: 'waitingFor', title: t('monitoringCases.columns.waitingFor'),
          render: (_v: unknown, c: CaseRow) => (c.waitingFor === 'measure' ? t('monitoringCases.waitingFor.measure') : labels.step(c.waitingFor)),
        }] : []),
        { key: 'type', title: t('monitoringCases.columns.type'), render: (_v, c) => labels.type(c.type) },
        { key: 'risks', title: t('monitoringCases.columns.risks'), render: (_v, c) => c.risks.map((r) => labels.risk(r)).join('、') },
        {
          key: 'state', title: t('monitoringCases.columns.state'),
          render: (_v, c) => (
            <span>
              <Tag color={STATE_COLORS[c.state] ?? 'default'}>{labels.state(c.state)}</Tag>
              {c.greenChannel && <Tag color="green">{t('monitoringCases.page.greenChannel')}</Tag>}
            </span>
          ),
        },
        { key: 'step', title: t('monitoringCases.columns.step'), render: (_v, c) => labels.step(c.currentStep) || '—' },
        {
          key: 'due', title: t('monitoringCases.columns.due'),
          render: (_v, c) => c.currentStepDueOn ?? (c.state === 'included' ? c.measureDueOn : null) ?? '—',
        },
        {
          key: 'flags', title: t('monitoringCases.columns.flags'),
          render: (_v, c) => c.flags.map((f) => <Tag key={f} color={FLAG_COLORS[f] ?? 'default'}>{labels.flag(f)}</Tag>),
        },
        { key: 'discoveredOn', title: t('monitoringCases.columns.discoveredOn'), render: (_v, c) => c.discoveredOn },
        { key: 'channel', title: t('monitoringCases.columns.channel'), render: (_v, c) => labels.channel(c.channel) },
        { key: 'measures', title: t('monitoringCases.columns.measures'), align: 'right', render: (_v, c) => c.measureCount },
      ]}
    />
  );
}
