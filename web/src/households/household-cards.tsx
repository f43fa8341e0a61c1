import { List, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCodes } from '../codes/use-codes.ts';
import type { HouseholdSummary } from './household-columns.tsx';

/** The list on a phone: one card per household with what a cadre checks at a glance. */
export function HouseholdCards({ items, loading, pagination, empty, householdHref }: {
  items: readonly HouseholdSummary[];
  loading: boolean;
  pagination: { current: number; pageSize: number; total: number; onChange: (page: number, pageSize: number) => void };
  empty: React.ReactNode;
  householdHref: (id: number) => string;
}) {
  const { t } = useTranslation();
  const codes = useCodes();
  return (
    <List
      className="household-cards"
      loading={loading}
      dataSource={[...items]}
      locale={{ emptyText: empty }}
      pagination={pagination.total > 0 ? { ...pagination, size: 'small', simple: true, align: 'center' } : false}
      renderItem={(h) => (
        <List.Item key={h.id} className="household-card">
          <div className="household-card__head">
            <Link to={householdHref(h.id)} className="household-card__link"><strong>{h.headName}</strong></Link>
            <Tag>{codes.label('povertyStatus', h.povertyStatus)}</Tag>
          </div>
          <div className="household-card__meta">
            <span>{t('households.col.householdNo')}：{h.householdNo}</span>
            <span>{h.villageName ?? h.villageCode} · {codes.label('householdType', h.householdType)} · {t('households.col.memberCount')} {h.memberCount}</span>
            {h.mainCause && <span>{t('households.col.mainCause')}：{codes.label('povertyCause', h.mainCause)}</span>}
          </div>
        </List.Item>
      )}
    />
  );
}
