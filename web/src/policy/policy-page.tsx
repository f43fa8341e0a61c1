import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadFailed } from '../app/page-states.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { isWithinRegion } from '../regions/region-tree.ts';
import { useChosenRegion } from '../regions/use-region-param.ts';
import { policyInForceQuery, policyRegionOf, type PolicyInForceItem } from './policy.api.ts';
import { formatPolicyValue } from './policy-format.ts';
import { PolicyEditModal } from './policy-edit-modal.tsx';
import { PolicyHistoryDrawer } from './policy-history-drawer.tsx';
import { PolicyNav } from './policy-nav.tsx';
import './policy.css';

const GROUPS = ['standards', 'exit', 'identification', 'monitoring', 'education', 'socialAssistance', 'microloan', 'employment'] as const;
export const YEAR_PARAM = 'year';

export function useChosenYear(): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const current = new Date().getFullYear();
  const raw = Number(params.get(YEAR_PARAM));
  const year = Number.isInteger(raw) && raw >= 2013 && raw <= current ? raw : current;
  const choose = (next: number) => setParams((p) => { const n = new URLSearchParams(p); n.set(YEAR_PARAM, String(next)); return n; });
  return [year, choose];
}

export function yearOptions(): { value: number; label: string }[] {
  const current = new Date().getFullYear();
  return Array.from({ length: current - 2012 }, (_, i) => current - i).map((y) => ({ value: y, label: String(y) }));
}

/** The standards in force for a region and year: value, the region it comes from, its document, its history; editable where permitted. */
export default function PolicyPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const user = useCurrentUser();
  const { regionCode: chosen } = useChosenRegion();
  const regionCode = policyRegionOf(chosen);
  const [year, chooseYear] = useChosenYear();
  const values = useQuery(policyInForceQuery(regionCode, year));
  const [editing, setEditing] = useState<PolicyInForceItem | null>(null);
  const [viewing, setViewing] = useState<PolicyInForceItem | null>(null);
  const canEdit = user.permissions.includes('policy:manage') && isWithinRegion(user.regionCode, regionCode);
  const regionName = values.data?.regionName ?? regionCode;
  const words = { yes: t('policy.yes'), no: t('policy.no'), none: t('policy.none') };

  const originOf = (item: PolicyInForceItem) => {
    if (!item.origin) return <Tag>{t('policy.none')}</Tag>;
    const name = item.origin.regionCode === '' ? t('policy.national') : item.origin.regionName ?? item.origin.regionCode;
    const tag = item.origin.regionCode === regionCode ? <Tag color="blue">{t('policy.ownValue')}</Tag> : <Tag>{t('policy.inherited')}</Tag>;
    return <span className="policy-origin">{name} {tag}{item.origin.layer === 'default' && <Tag bordered={false}>{t('policy.shipped')}</Tag>}</span>;
  };
  const columns = [
    { key: 'parameter', title: t('policy.columns.parameter'), render: (_: unknown, i: PolicyInForceItem) => <span><strong>{language === 'zh-CN' ? i.zh : i.en}</strong><br /><code className="policy-key">{i.key}</code></span> },
    { key: 'value', title: t('policy.columns.value'), render: (_: unknown, i: PolicyInForceItem) => <span className="policy-value">{formatPolicyValue(i.kind, i.value, language, words)}</span> },
    { key: 'origin', title: t('policy.columns.origin'), render: (_: unknown, i: PolicyInForceItem) => originOf(i) },
    { key: 'period', title: t('policy.columns.period'), render: (_: unknown, i: PolicyInForceItem) => (i.validFrom === null ? '—' : i.validTo === null ? t('policy.openEnded', { from: i.validFrom }) : i.validFrom === i.validTo ? String(i.validFrom) : `${i.validFrom}–${i.validTo}`) },
    { key: 'source', title: t('policy.columns.source'), render: (_: unknown, i: PolicyInForceItem) => <span className="policy-source">{i.source ?? '—'}</span> },
    { key: 'actions', title: t('policy.columns.actions'), render: (_: unknown, i: PolicyInForceItem) => (
      <Space size="small">
        {canEdit && <Button size="small" aria-label={`${t('policy.edit')} ${i.zh}`} onClick={() => setEditing(i)}>{t('policy.edit')}</Button>}
        <Button size="small" type="link" aria-label={`${t('policy.history')} ${i.zh}`} onClick={() => setViewing(i)}>{t('policy.history')}</Button>
      </Space>
    ) },
  ];
  return (
    <section className="page policy-page" aria-labelledby="policy-title">
      <PolicyNav />
      <div className="page__header">
        <Typography.Title level={1} id="policy-title" className="page__title">{values.data ? t('policy.title', { region: regionName, year }) : t('policy.titleFallback')}</Typography.Title>
        <Select<number> aria-label={t('policy.year')} value={year} onChange={chooseYear} options={yearOptions()} className="policy-year" />
      </div>
      {chosen !== regionCode && <Alert type="info" showIcon message={t('policy.countyHint')} className="policy-hint" />}
      {values.isError ? <LoadFailed title={t('policy.loadFailed')} error={values.error} onRetry={() => void values.refetch()} /> : GROUPS.map((group) => {
        const rows = (values.data?.values ?? []).filter((v) => v.group === group);
        if (!values.isPending && rows.length === 0) return null;
        return (
          <section key={group} className="policy-group" aria-labelledby={`policy-group-${group}`}>
            <h2 id={`policy-group-${group}`} className="policy-group__title">{t(`policy.groups.${group}`)}</h2>
            <Table<PolicyInForceItem> rowKey="key" size="small" loading={values.isPending} columns={columns} dataSource={rows} pagination={false} scroll={{ x: 900 }} />
          </section>
        );
      })}
      <PolicyEditModal item={editing} regionCode={regionCode} regionName={regionName} year={year} onClose={() => setEditing(null)} />
      <PolicyHistoryDrawer item={viewing} regionCode={regionCode} onClose={() => setViewing(null)} />
    </section>
  );
}
