import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Table, Tag } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartCard } from '../charts/chart-card.tsx';
import { LazyEChart } from '../charts/lazy-echart.tsx';
import { NumbersTableView } from '../charts/numbers-table-view.tsx';
import { LoadFailed } from '../app/page-states.tsx';
import { useCodes } from '../codes/use-codes.ts';
import { formatFen } from '../format/money.ts';
import { useFieldLabel } from '../household-form/field-label.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { type Household, type Income, incomesQuery } from './household.queries.ts';
import { incomeChartOption, incomeChartTable, type IncomeChartText } from './income-chart.ts';
import { IncomeFormModal, type IncomeFormTarget } from './income-form-modal.tsx';
import { usePermission } from './use-permission.ts';

const CHART_HEIGHT = 240;

/** The household's income year by year, against that year's line: chart, table, and a form to record a year. */
export default function IncomesTab({ household }: { household: Household }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const codes = useCodes();
  const f = useFieldLabel();
  const canWrite = usePermission('registry:write');
  const incomes = useQuery(incomesQuery(household.id));
  const [target, setTarget] = useState<IncomeFormTarget | null>(null);
  const money = (fen: number) => formatFen(fen, language);

  const text: IncomeChartText = { perCapita: f('netIncomePerCapita'), yardstick: t('householdPage.incomes.yardstick'), year: f('year'), unit: t('householdPage.incomes.unit'), money, none: t('common.none') };
  const points = useMemo(() => [...(incomes.data ?? [])].sort((a, b) => a.year - b.year)
    .map((i) => ({ year: i.year, perCapita: i.netIncomePerCapita, yardstick: i.yardstick?.amount ?? null })), [incomes.data]);

  if (incomes.isError) return <LoadFailed title={t('householdPage.incomes.loadFailed')} error={incomes.error} onRetry={() => void incomes.refetch()} />;
  const columns: ColumnType<Income>[] = [
    { key: 'year', dataIndex: 'year', title: f('year'), width: 80 },
    { key: 'householdSize', dataIndex: 'householdSize', title: f('householdSize'), align: 'right', width: 80 },
    ...(['wageIncome', 'businessIncome', 'businessCosts', 'propertyIncome', 'transferIncome', 'netIncome', 'netIncomePerCapita'] as const)
      .map((key): ColumnType<Income> => ({ key, title: f(key), align: 'right', render: (_v, i) => money(i[key]), width: 130 })),
    {
      key: 'yardstick', title: t('householdPage.incomes.yardstick'), width: 200,
      render: (_v, i) => (i.yardstick ? t('householdPage.incomes.yardstickValue', { amount: money(i.yardstick.amount), kind: t(`householdPage.incomes.kind.${i.yardstick.kind}`) }) : t('common.none')),
    },
    {
      key: 'isAboveYardstick', title: t('householdPage.incomes.against'), width: 110,
      render: (_v, i) => (i.isAboveYardstick === null ? t('common.none')
        : i.isAboveYardstick ? <Tag color="green">{t('householdPage.incomes.above')}</Tag> : <Tag color="red">{t('householdPage.incomes.below')}</Tag>),
    },
    { key: 'source', title: f('source'), render: (_v, i) => codes.label('recordSource', i.source), width: 110 },
    ...(canWrite ? [{
      key: 'actions', title: t('householdPage.actions'), width: 100,
      render: (_v: unknown, i: Income) => (
        <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setTarget({ income: i })}
          aria-label={t('householdPage.incomes.editYear', { year: i.year })}>{t('householdPage.change')}</Button>
      ),
    }] : []),
  ];

  return (
    <div className="household-tab">
      {canWrite && (
        <div className="household-tab__toolbar">
          <Button icon={<PlusOutlined />} onClick={() => setTarget({})}>{t('householdPage.incomes.record')}</Button>
        </div>
      )}
      <ChartCard
        title={t('householdPage.incomes.chartTitle')}
        height={CHART_HEIGHT}
        isLoading={incomes.isPending}
        emptyText={points.length === 0 ? t('householdPage.incomes.none') : undefined}
        chart={<LazyEChart option={incomeChartOption(points, text)} height={CHART_HEIGHT} label={t('householdPage.incomes.chartLabel')} />}
        table={<NumbersTableView data={incomeChartTable(points, text)} />}
      />
      <Table<Income> className="household-tab__table" rowKey="year" size="middle" columns={columns} dataSource={incomes.data ?? []}
        loading={incomes.isPending} pagination={false} scroll={{ x: 'max-content' }}
        locale={{ emptyText: incomes.isPending ? <div className="list-placeholder" /> : t('householdPage.incomes.none') }} />
      <IncomeFormModal household={household} incomes={incomes.data ?? []} target={target} onClose={() => setTarget(null)} />
    </div>
  );
}
