import { Card, Empty, List, Tabs, Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCodes } from '../codes/use-codes.ts';
import { formatDateTime } from '../format/date.ts';
import { useLanguage } from '../i18n/use-language.ts';
import type { Overview, RecentChange } from './overview-data.ts';

const ENTITY_KEYS = {
  household: 'overview.entity.household', member: 'overview.entity.member', income: 'overview.entity.income', basicNeedsCheck: 'overview.entity.basicNeedsCheck',
} as const;
const ACTION_KEYS = { create: 'overview.action.create', update: 'overview.action.update', moveOut: 'overview.action.moveOut', delete: 'overview.action.delete' } as const;

function lookup<K extends string, V>(map: Readonly<Record<K, V>>, key: string): V | undefined {
  return Object.hasOwn(map, key) ? map[key as K] : undefined;
}

/** "修改了家庭成员" / "Member: changed"; a kind the app does not know yet is shown as its code. */
export function describeChange(change: Pick<RecentChange, 'entityType' | 'action'>, t: TFunction): string {
  const entity = lookup(ENTITY_KEYS, change.entityType);
  const action = lookup(ACTION_KEYS, change.action);
  return t('overview.changeWhat', { entity: entity ? t(entity) : change.entityType, action: action ? t(action) : change.action });
}

/** Who changed what and when, and who was newly registered; each entry leads to the household. */
export function RecentActivity({ data, height }: { data: Overview | undefined; height: number }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const codes = useCodes();
  const changes = (
    <List
      className="recent-list"
      dataSource={data?.recentChanges ?? []}
      loading={!data}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('overview.noRecentChanges')} /> }}
      renderItem={(c) => (
        <List.Item key={c.seq}>
          <div className="recent-item">
            <Link to={`/households/${c.householdId}`}>{c.householdNo ?? t('overview.household')}</Link>
            <span className="recent-item__what">{describeChange(c, t)}</span>
            <span className="recent-item__meta">{c.actorName} · {formatDateTime(c.changedAt, language)} · {codes.label('recordSource', c.source)}</span>
          </div>
        </List.Item>
      )}
    />
  );
  const households = (
    <List
      className="recent-list"
      dataSource={data?.recentHouseholds ?? []}
      loading={!data}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('overview.noRecentHouseholds')} /> }}
      renderItem={(h) => (
        <List.Item key={h.id}>
          <div className="recent-item">
            <span><Link to={`/households/${h.id}`}>{h.headName}</Link> <Tag>{codes.label('povertyStatus', h.povertyStatus)}</Tag></span>
            <span className="recent-item__what">{h.householdNo} · {h.villageName ?? h.villageCode} · {t('overview.peopleValue', { n: h.memberCount })}</span>
            <span className="recent-item__meta">{formatDateTime(h.createdAt, language)}</span>
          </div>
        </List.Item>
      )}
    />
  );
  return (
    <Card size="small" className="chart-card recent-card" title={<h2 className="chart-card__title">{t('overview.recent')}</h2>}>
      <Tabs
        size="small"
        items={[
          { key: 'changes', label: t('overview.recentChanges'), children: <div className="recent-card__body" style={{ height: height - 46 }}>{changes}</div> },
          { key: 'households', label: t('overview.recentHouseholds'), children: <div className="recent-card__body" style={{ height: height - 46 }}>{households}</div> },
        ]}
      />
    </Card>
  );
}
