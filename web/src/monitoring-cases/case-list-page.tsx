import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Segmented, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadFailed } from '../app/page-states.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { useChosenRegion } from '../regions/use-region-param.ts';
import { useCaseLabels } from './case-labels.ts';
import { FILTER_NAMES, filterCodes, type FilterName, readCaseListParams, writeCaseListParam } from './case-filters.ts';
import { isCaseOverdue } from './case-rules.ts';
import { CaseTable } from './case-table.tsx';
import { casesQuery, PAGE_SIZE, waitingForMeQuery } from './monitoring-cases.api.ts';
import { MonitoringNav } from './monitoring-nav.tsx';
import { OpenCaseModal } from './open-case-modal.tsx';
import './monitoring-cases.css';

const FILTER_LABEL = {
  state: 'monitoringCases.list.filters.state', flag: 'monitoringCases.list.filters.flag', type: 'monitoringCases.list.filters.type',
  riskType: 'monitoringCases.list.filters.risk', channel: 'monitoringCases.list.filters.channel',
} as const satisfies Record<FilterName, string>;

/** 监测对象: the cases waiting for the user, or every case of the region narrowed by state, flag, type, risk and channel. */
export default function CaseListPage() {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const user = useCurrentUser();
  const { regionCode } = useChosenRegion();
  const [params, setParams] = useSearchParams();
  const [opening, setOpening] = useState(false);
  const filters = readCaseListParams(params);
  const set = (name: FilterName | 'view' | 'open' | 'page', value: string | undefined) => setParams((p) => writeCaseListParam(p, name, value));
  const isMine = filters.view === 'mine';
  const mine = useQuery({ ...waitingForMeQuery(regionCode), enabled: isMine });
  const all = useQuery({
    ...casesQuery({
      region: regionCode, state: filters.state, flag: filters.flag, type: filters.type, riskType: filters.riskType, channel: filters.channel,
      ...(filters.openOnly ? { open: 'true' } : {}),
    }, (filters.page - 1) * PAGE_SIZE),
    enabled: !isMine,
  });
  const label = (name: FilterName, code: string) => (name === 'riskType' ? labels.risk(code) : labels[name](code));
  const current = isMine ? mine : all;
  const overdue = (mine.data ?? []).filter((c) => isCaseOverdue(c.flags)).length;
  return (
    <section className="page monitoring-cases" aria-labelledby="cases-title">
      <div className="page__header monitoring-cases__header">
        <Typography.Title level={1} id="cases-title" className="page__title">{t('monitoringCases.list.title')}</Typography.Title>
        <MonitoringNav />
      </div>
      <Space wrap className="monitoring-cases__toolbar">
        <Segmented value={filters.view} onChange={(v) => set('view', v === 'mine' ? 'mine' : undefined)}
          options={[{ value: 'mine', label: t('monitoringCases.list.mine') }, { value: 'all', label: t('monitoringCases.list.all') }]} />
        {user.permissions.includes('cases:write') && <Button onClick={() => setOpening(true)}>{t('monitoringCases.list.new')}</Button>}
      </Space>
      {!isMine && (
        <Space wrap className="monitoring-cases__toolbar">
          {FILTER_NAMES.map((name) => (
            <Select key={name} allowClear placeholder={t(FILTER_LABEL[name])} aria-label={t(FILTER_LABEL[name])} value={filters[name]}
              className="monitoring-cases__filter" popupMatchSelectWidth={false}
              onChange={(v: string | undefined) => set(name, v)}
              options={filterCodes(name).map((code) => ({ value: code, label: label(name, code) }))} />
          ))}
          <Checkbox checked={filters.openOnly} onChange={(e) => set('open', e.target.checked ? 'true' : undefined)}>{t('monitoringCases.list.filters.openOnly')}</Checkbox>
          <span>{t('monitoringCases.list.total', { count: all.data?.total ?? 0 })}</span>
        </Space>
      )}
      {isMine && overdue > 0 && <Alert type="error" showIcon className="monitoring-banner" title={t('monitoringCases.list.overdueAlert', { count: overdue })} />}
      {current.isError ? (
        <LoadFailed title={t('monitoringCases.list.title')} error={current.error} onRetry={() => void current.refetch()} />
      ) : isMine ? (
        <CaseTable items={mine.data ?? []} loading={mine.isFetching} empty={t('monitoringCases.list.mineEmpty')} showWaitingFor />
      ) : (
        <CaseTable items={all.data?.items ?? []} loading={all.isFetching} empty={t('monitoringCases.list.empty')}
          pagination={{ current: filters.page, pageSize: PAGE_SIZE, total: all.data?.total ?? 0, showSizeChanger: false, onChange: (p) => set('page', String(p)) }} />
      )}
      <OpenCaseModal open={opening} alerts={[]} regionCode={regionCode} onClose={() => setOpening(false)} />
    </section>
  );
}
