import { Tag } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import type { components } from '../api/schema.gen.ts';
import { formatDateTime } from '../format/date.ts';
import type { Language } from '../i18n/language.ts';
import type { HouseholdListQuery, HouseholdSortKey } from './household-query.ts';

export type HouseholdSummary = components['schemas']['HouseholdSummary'];

export const COLUMN_KEYS = [
  'householdNo', 'headName', 'village', 'householdType', 'povertyStatus', 'mainCause', 'memberCount', 'yearIdentified', 'yearExited', 'updatedAt',
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

/** Without these a row cannot be told apart, so they cannot be hidden. */
export const FIXED_COLUMNS: readonly ColumnKey[] = ['householdNo', 'headName'];
export const DEFAULT_HIDDEN_COLUMNS: readonly ColumnKey[] = ['yearExited', 'updatedAt'];

/** Statuses that need attention stand out; the others stay quiet. */
const STATUS_COLOR: Record<string, string> = { poor: 'red', relapsed: 'volcano', applicant: 'gold', exited: 'green', exitedNoPolicy: 'cyan' };

interface ColumnContext {
  t: TFunction;
  language: Language;
  label: (list: string, code: string | null | undefined) => string;
  query: HouseholdListQuery;
  /** Where a row leads: the household's page. */
  householdHref: (id: number) => string;
}

function sortable(key: HouseholdSortKey, query: HouseholdListQuery): Pick<ColumnType<HouseholdSummary>, 'sorter' | 'sortOrder' | 'sortDirections'> {
  return {
    sorter: true,
    sortDirections: ['ascend', 'descend'],
    sortOrder: query.sort === key ? (query.order === 'asc' ? 'ascend' : 'descend') : null,
  };
}

/** The list's columns in the user's language, sorting as the address says. */
export function householdColumns({ t, language, label, query, householdHref }: ColumnContext): (ColumnType<HouseholdSummary> & { key: ColumnKey })[] {
  return [
    { key: 'householdNo', dataIndex: 'householdNo', title: t('households.col.householdNo'), ...sortable('householdNo', query), width: 180 },
    { key: 'headName', dataIndex: 'headName', title: t('households.col.headName'), ...sortable('headName', query), width: 110, render: (v: string, h) => <Link to={householdHref(h.id)}>{v}</Link> },
    { key: 'village', dataIndex: 'villageName', title: t('households.col.village'), render: (_v, h) => h.villageName ?? h.villageCode, width: 150 },
    { key: 'householdType', dataIndex: 'householdType', title: t('households.col.householdType'), render: (v: string) => label('householdType', v), width: 130 },
    {
      key: 'povertyStatus', dataIndex: 'povertyStatus', title: t('households.col.povertyStatus'), width: 120,
      render: (v: string) => <Tag color={STATUS_COLOR[v] ?? 'default'}>{label('povertyStatus', v)}</Tag>,
    },
    { key: 'mainCause', dataIndex: 'mainCause', title: t('households.col.mainCause'), render: (v: string | null) => label('povertyCause', v) || t('common.none'), width: 130 },
    { key: 'memberCount', dataIndex: 'memberCount', title: t('households.col.memberCount'), align: 'right', width: 90, render: (v: number) => t('households.memberCountValue', { count: v }) },
    { key: 'yearIdentified', dataIndex: 'yearIdentified', title: t('households.col.yearIdentified'), ...sortable('yearIdentified', query), align: 'right', width: 110 },
    { key: 'yearExited', dataIndex: 'yearExited', title: t('households.col.yearExited'), align: 'right', width: 110 },
    { key: 'updatedAt', dataIndex: 'updatedAt', title: t('households.col.updatedAt'), ...sortable('updatedAt', query), render: (v: string) => formatDateTime(v, language), width: 180 },
  ];
}
