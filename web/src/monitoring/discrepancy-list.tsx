import { discrepancyKinds } from '@fupin/core';
import { useQuery } from '@tanstack/react-query';
import { Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadFailed } from '../app/page-states.tsx';
import { useLanguage } from '../i18n/use-language.ts';
import { discrepanciesQuery, type Discrepancy, type DiscrepancyKind } from './monitoring.api.ts';
import { MonitoringExportButton } from './monitoring-export-button.tsx';
import { discrepancyExportFilters } from './monitoring-export-href.ts';

/** Members whose department record contradicts the registry, one cross-check at a time. */
export function DiscrepancyList({ regionCode }: { regionCode: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const lang = language === 'zh-CN' ? 'zh' : 'en';
  const [kind, setKind] = useState<DiscrepancyKind>('dibaoNotInRegistry');
  const list = useQuery(discrepanciesQuery(kind, regionCode));
  if (list.isError) return <LoadFailed title={t('monitoring.tabs.discrepancies')} error={list.error} />;
  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }}>
        <span>{t('monitoring.discrepancyKind')}</span>
        <Select value={kind} onChange={setKind} style={{ width: 360 }} options={discrepancyKinds.items.map((k) => ({ value: k.code, label: k[lang] }))} />
        <span>{t('monitoring.total', { count: list.data?.total ?? 0 })}</span>
        <MonitoringExportButton list="discrepancies" filters={discrepancyExportFilters(regionCode, kind)} />
      </Space>
      <Table rowKey={(d: Discrepancy) => `${d.memberId}-${d.eventDate}`} size="small" loading={list.isPending} dataSource={list.data?.items ?? []} pagination={{ pageSize: 20 }} columns={[
        { key: 'household', title: t('monitoring.discrepancyColumns.household'), render: (_: unknown, d: Discrepancy) => <Link to={`/households/${d.householdId}`}>{d.householdNo}</Link> },
        { key: 'member', title: t('monitoring.discrepancyColumns.member'), dataIndex: 'memberName' },
        { key: 'id', title: t('monitoring.discrepancyColumns.id'), dataIndex: 'idMasked' },
        { key: 'registry', title: t('monitoring.discrepancyColumns.registry'), dataIndex: 'registryValue' },
        { key: 'feed', title: t('monitoring.discrepancyColumns.feed'), dataIndex: 'feedValue' },
        { key: 'date', title: t('monitoring.discrepancyColumns.date'), dataIndex: 'eventDate' },
      ]} />
    </div>
  );
}
