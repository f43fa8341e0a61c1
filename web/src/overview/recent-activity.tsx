import { Card, Empty, Skeleton, Tabs, Tag } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
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

function RecentList<T>({ items, empty, render }: { items: readonly T[] | undefined; empty: string; render: (item: T) => { key: string; node: ReactNode } }) {
  if (!items) return <Skeleton active title={false} paragraph={{ rows: 6 }} />;
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
  return (
    <ul className="recent-list">
      {items.map((item) => {
        const { key, node } = render(item);
        return <li key={key} className="recent-item">{node}</li>;
      })}
    </ul>
  );
}

/** Who changed what and when, and who was newly registered; each entry leads to the household. */
export function RecentActivity({ data, height }: { data: Overview | undefined; height: number }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const codes = useCodes();
  const changes = (
    <RecentList items={data?.recentChanges} empty={t('overview.noRecentChanges')} render={(c) => ({
      key: String(c.seq),
      node: (
        <>
          <Link to={`/households/${c.householdId}`}>{c.householdNo ?? t('overview.household')}</Link>
          <span className="recent-item__what">{describeChange(c, t)}</span>
          <span className="recent-item__meta">{c.actorName} · {formatDateTime(c.changedAt, language)} · {codes.label('recordSource', c.source)}</span>
        </>
      ),
    })} />
  );
  const households = (
    <RecentList items={data?.recentHouseholds} empty={t('overview.noRecentHouseholds')} render={(h) => ({
      key: String(h.id),
      node: (
        <>
          <span><Link to={`/households/${h.id}`}>{h.headName}</Link> <Tag>{codes.label('povertyStatus', h.povertyStatus)}</Tag></span>
          <span className="recent-item__what">{h.householdNo} · {h.villageName ?? h.villageCode} · {t('overview.peopleValue', { n: h.memberCount })}</span>
          <span className="recent-item__meta">{formatDateTime(h.createdAt, language)}</span>
        </>
      ),
    })} />
  );
  const body = (node: ReactNode) => <div className="recent-card__body" style={{ height: height - 46 }}>{node}</div>;
  return (
    <Card size="small" className="chart-card recent-card" title={<h2 className="chart-card__title">{t('overview.recent')}</h2>}>
      <Tabs
        size="small"
        items={[
          { key: 'changes', label: t('overview.recentChanges'), children: body(changes) },
          { key: 'households', label: t('overview.recentHouseholds'), children: body(households) },
        ]}
      />
    </Card>
  );
}
