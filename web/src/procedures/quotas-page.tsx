import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../api/problem-message.ts';
import { LoadFailed } from '../app/page-states.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { useChosenRegion } from '../regions/use-region-param.ts';
import { ProceduresNav } from './procedures-nav.tsx';
import { quotasQuery, refreshProcedures, setVillageQuota, type VillageQuota } from './procedures.api.ts';
import { isCountyUser, useProcedureLabels } from './procedure-labels.ts';
import './procedures.css';

/** A county user sets a quota in place; others see it. */
function QuotaCell({ quota, canSet }: { quota: VillageQuota; canSet: boolean }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [value, setValue] = useState<number | null>(quota.quota);
  const save = useMutation({
    mutationFn: (n: number) => setVillageQuota(quota.villageCode, quota.year, n),
    onSuccess: async () => {
      await refreshProcedures(queryClient);
      void message.success(t('procedures.quotas.saved'));
    },
    onError: (e) => void message.error(problemMessage(e, t, language)),
  });
  if (!canSet) return <span>{quota.quota ?? '—'}</span>;
  return (
    <Space.Compact>
      <InputNumber aria-label={t('procedures.quotas.quotaOf', { village: quota.villageName })} min={0} max={100000} precision={0} value={value} onChange={setValue} />
      <Button disabled={value === null || value === quota.quota} loading={save.isPending} onClick={() => value !== null && save.mutate(value)}>{t('common.save')}</Button>
    </Space.Compact>
  );
}

/** Village quotas (规模分解) for a year: set by the county, used by identification. */
export default function QuotasPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const labels = useProcedureLabels();
  const { regionCode } = useChosenRegion();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const quotas = useQuery(quotasQuery(year, regionCode));
  const canSet = isCountyUser(user) && user.permissions.includes('policy:manage');
  return (
    <section className="page" aria-labelledby="quotas-title">
      <div className="page__header">
        <Typography.Title level={1} id="quotas-title" className="page__title">{t('procedures.quotas.title')}</Typography.Title>
        <ProceduresNav />
      </div>
      <Space className="procedure-toolbar">
        <Select aria-label={t('procedures.detail.year')} value={year} onChange={setYear} options={Array.from({ length: 6 }, (_v, i) => thisYear - i).map((y) => ({ value: y, label: String(y) }))} />
      </Space>
      {quotas.isError ? (
        <LoadFailed title={t('procedures.loadFailed')} error={quotas.error} onRetry={() => void quotas.refetch()} />
      ) : (
        <Table<VillageQuota>
          rowKey="villageCode" size="small" loading={quotas.isFetching} dataSource={quotas.data ?? []} scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          columns={[
            { key: 'village', title: t('procedures.columns.village'), render: (_v, q) => q.villageName },
            { key: 'quota', title: t('procedures.quotas.quota'), render: (_v, q) => <QuotaCell key={`${q.villageCode}/${q.year}/${q.quota ?? ''}`} quota={q} canSet={canSet} /> },
            { key: 'registered', title: t('procedures.quotas.registered'), dataIndex: 'registered' },
            { key: 'inProgress', title: labels.status('inProgress'), dataIndex: 'inProgress' },
            { key: 'rejected', title: labels.status('rejected'), dataIndex: 'rejected' },
            { key: 'remaining', title: t('procedures.quotas.remaining'), render: (_v, q) => (q.remaining === null ? '—' : q.isReached ? <Tag color="red">{t('procedures.quotas.reached')}</Tag> : q.remaining) },
          ]}
        />
      )}
    </section>
  );
}
