import { useQuery } from '@tanstack/react-query';
import { Drawer, Empty, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoadFailed } from '../app/page-states.tsx';
import { formatDate } from '../format/date.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { policyHistoryQuery, type PolicyInForceItem, type PolicyVersion } from './policy.api.ts';
import { formatPolicyValue } from './policy-format.ts';

/** Every version this region set for one parameter, the replaced ones included. */
export function PolicyHistoryDrawer({ item, regionCode, onClose }: { item: PolicyInForceItem | null; regionCode: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const history = useQuery({ ...policyHistoryQuery(regionCode, item?.key ?? ''), enabled: item !== null });
  const words = { yes: t('policy.yes'), no: t('policy.no'), none: t('policy.none') };
  const columns = [
    { key: 'value', title: t('policy.historyColumns.value'), render: (_: unknown, v: PolicyVersion) => formatPolicyValue(item?.kind ?? '', v.value, language, words) },
    { key: 'period', title: t('policy.historyColumns.period'), render: (_: unknown, v: PolicyVersion) => (v.validTo === null ? t('policy.openEnded', { from: v.validFrom }) : `${v.validFrom}–${v.validTo}`) },
    { key: 'source', title: t('policy.historyColumns.source'), dataIndex: 'source' },
    { key: 'recorded', title: t('policy.historyColumns.recorded'), render: (_: unknown, v: PolicyVersion) => `${v.recordedByName} · ${formatDate(v.recordedAt.slice(0, 10), language)}` },
    { key: 'state', title: t('policy.historyColumns.state'), render: (_: unknown, v: PolicyVersion) => (v.supersededAt ? <Tag>{t('policy.superseded', { by: v.supersededByName ?? '' })}</Tag> : <Tag color="green">{t('policy.current')}</Tag>) },
  ];
  return (
    <Drawer open={item !== null} onClose={onClose} size="large" title={item ? t('policy.historyTitle', { parameter: language === 'zh-CN' ? item.zh : item.en }) : ''}>
      {history.isError ? <LoadFailed title={t('policy.loadFailed')} error={history.error} />
        : history.data && history.data.length === 0 ? <Empty description={t('policy.noHistory')} />
          : <Table<PolicyVersion> rowKey="id" size="small" loading={history.isPending} columns={columns} dataSource={history.data ?? []} pagination={false} />}
    </Drawer>
  );
}
