import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Space, Table, Typography } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { api, unwrap } from '../api/api-client.ts';
import { LoadFailed } from '../app/page-states.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { useCodes } from '../codes/use-codes.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { useMediaQuery, WIDE_SCREEN_QUERY } from '../layout/use-media-query.ts';
import { regionQuery } from '../regions/regions.queries.ts';
import { REGION_PARAM, useChosenRegion } from '../regions/use-region-param.ts';
import { HouseholdCards } from './household-cards.tsx';
import { type ColumnKey, householdColumns, type HouseholdSummary } from './household-columns.tsx';
import { HouseholdFilterForm } from './household-filters.tsx';
import { hasFilters, type HouseholdFilters, type HouseholdListQuery, PAGE_SIZES, readHouseholdQuery, SORT_KEYS, toApiQuery, writeHouseholdQuery } from './household-query.ts';
import { ColumnChooser, useHiddenColumns } from './column-chooser.tsx';
import { HouseholdExportButton } from '../household-export/export-button.tsx';

export default function HouseholdListPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const codes = useCodes();
  const isWide = useMediaQuery(WIDE_SCREEN_QUERY);
  const [params, setParams] = useSearchParams();
  const { regionCode } = useChosenRegion();
  const region = useQuery(regionQuery(regionCode));
  const query = useMemo(() => readHouseholdQuery(params), [params]);
  const filters = useMemo<HouseholdFilters>(() => ({
    q: query.q, idTail: query.idTail, povertyStatus: query.povertyStatus, householdType: query.householdType,
    mainCause: query.mainCause, yearIdentified: query.yearIdentified, yearExited: query.yearExited,
  }), [query.q, query.idTail, query.povertyStatus, query.householdType, query.mainCause, query.yearIdentified, query.yearExited]);
  const [hidden, setHidden] = useHiddenColumns();
  const navigate = useNavigate();
  const canRegister = useCurrentUser().permissions.includes('registry:write');

  const apiQuery = toApiQuery(query, regionCode);
  // The previous page stays visible while the next loads: no empty flash, no jump.
  const list = useQuery({
    queryKey: ['households', 'list', apiQuery],
    queryFn: () => unwrap(api.GET('/api/v1/households', { params: { query: apiQuery } })),
    placeholderData: keepPreviousData,
  });

  const update = (change: Partial<HouseholdListQuery>) => setParams((previous) => writeHouseholdQuery(previous, { ...readHouseholdQuery(previous), ...change }));
  const householdHref = (id: number) => `/households/${id}?${REGION_PARAM}=${regionCode}`;
  const allColumns = householdColumns({ t, language, label: codes.label, query, householdHref });
  const titles = Object.fromEntries(allColumns.map((c) => [c.key, String(c.title)])) as Record<ColumnKey, string>;
  const columns = allColumns.filter((c) => !hidden.includes(c.key));

  const regionName = region.data?.name ?? regionCode;
  const empty = list.isPending ? <div className="list-placeholder" /> : hasFilters(filters) ? (
    <Empty description={t('households.emptyFiltered')}>
      <Button onClick={() => update({ q: undefined, idTail: undefined, povertyStatus: [], householdType: [], mainCause: [], yearIdentified: undefined, yearExited: undefined, page: 1 })}>
        {t('households.clearFilters')}
      </Button>
    </Empty>
  ) : <Empty description={t('households.emptyRegion', { region: regionName })} />;

  const page = list.data;
  const pagination = {
    current: query.page,
    pageSize: query.pageSize,
    total: page?.total ?? 0,
    onChange: (p: number, size: number) => update({ page: size === query.pageSize ? p : 1, pageSize: size }),
  };

  return (
    <section className="page" aria-labelledby="households-title">
      <div className="page__header">
        <Typography.Title level={1} id="households-title" className="page__title">{t('households.title')}</Typography.Title>
        <Space wrap>
          {canRegister && <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(`/households/new?${REGION_PARAM}=${regionCode}`)}>{t('householdForm.newTitle')}</Button>}
          <HouseholdExportButton query={query} regionCode={regionCode} />
          {isWide && <ColumnChooser titles={titles} hidden={hidden} onChange={setHidden} />}
        </Space>
      </div>
      <HouseholdFilterForm filters={filters} isCompact={!isWide} onApply={(f) => update({ ...f, page: 1 })} />
      {list.isError && !page ? (
        <LoadFailed title={t('households.loadFailed')} error={list.error} onRetry={() => void list.refetch()} />
      ) : isWide ? (
        <Table<HouseholdSummary>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={page?.items ?? []}
          loading={list.isFetching}
          locale={{ emptyText: empty }}
          scroll={{ x: 'max-content' }}
          pagination={{ ...pagination, pageSizeOptions: PAGE_SIZES.map(String), showSizeChanger: true, showTotal: (total) => t('households.total', { total }) }}
          onChange={(_p, _f, sorter, extra) => {
            if (extra.action !== 'sort') return;
            const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<HouseholdSummary> | undefined;
            const key = SORT_KEYS.find((k) => k === s?.columnKey);
            update(key && s?.order ? { sort: key, order: s.order === 'ascend' ? 'asc' : 'desc', page: 1 } : { sort: 'householdNo', order: 'asc', page: 1 });
          }}
        />
      ) : (
        <HouseholdCards items={page?.items ?? []} loading={list.isFetching} pagination={pagination} empty={empty} householdHref={householdHref} />
      )}
    </section>
  );
}
