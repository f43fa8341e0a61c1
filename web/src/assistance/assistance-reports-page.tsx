import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/api-client.ts';
import { ChartCard } from '../charts/chart-card.tsx';
import { LazyEChart } from '../charts/lazy-echart.tsx';
import { NumbersTableView } from '../charts/numbers-table-view.tsx';
import { useCodes } from '../codes/use-codes.ts';
import { formatFen } from '../format/money.ts';
import { labelKey } from '../i18n/language.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { useChosenRegion } from '../regions/use-region-param.ts';
import { AssistanceNav } from './assistance-nav.tsx';
import { type BarPoint, barChartOption } from './report-charts.ts';
import './assistance.css';

type Report = 'coverage' | 'cadre-activity' | 'money';

/** A report route answers JSON or a workbook; asked for JSON, anything else is an error. */
function asJson<T extends object>(data: T | string): T {
  if (typeof data === 'string') throw new Error('expected the report as JSON');
  return data;
}
const CHART_HEIGHT = 260;

/** Coverage by cause and village, cadre activity, and money per type and household — each downloadable as Excel. */
export default function AssistanceReportsPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const codes = useCodes();
  const { regionCode } = useChosenRegion();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const query = { regionCode, year };
  const coverage = useQuery({ queryKey: ['assistanceReports', 'coverage', query], queryFn: async () => asJson(await unwrap(api.GET('/api/v1/assistance-reports/coverage', { params: { query } }))) });
  const activity = useQuery({ queryKey: ['assistanceReports', 'activity', query], queryFn: async () => asJson(await unwrap(api.GET('/api/v1/assistance-reports/cadre-activity', { params: { query } }))) });
  const money = useQuery({ queryKey: ['assistanceReports', 'money', query], queryFn: async () => asJson(await unwrap(api.GET('/api/v1/assistance-reports/money', { params: { query } }))) });
  const href = (report: Report) => `/api/v1/assistance-reports/${report}?regionCode=${regionCode}&year=${year}&format=xlsx&lang=${labelKey(language)}`;
  const download = (report: Report) => <Button icon={<DownloadOutlined />} href={href(report)} download>{t('assistance.reports.download')}</Button>;
  const yuan = (fen: number) => formatFen(fen, language);
  const rate = (a: number, n: number) => (n === 0 ? '' : `${Math.round((a / n) * 1000) / 10}%`);

  const causePoints = (coverage.data?.byCause ?? []).map((c) => ({ label: codes.label('povertyCause', c.cause), value: c.households, second: c.answered }));
  const moneyPoints = (money.data?.byType ?? []).map((m) => ({ label: codes.label('measureType', m.measureType), value: m.amount / 100 }));
  const tableOf = (points: readonly BarPoint[], first: string, second?: string) => ({
    columns: [{ key: 'label', title: '' }, { key: 'value', title: first, isNumeric: true }, ...(second ? [{ key: 'second', title: second, isNumeric: true }] : [])],
    rows: points.map((p) => ({ key: p.label, cells: { label: p.label, value: String(p.value), second: String(p.second ?? '') } })),
  });

  return (
    <section className="page assistance-reports" aria-labelledby="reports-title">
      <AssistanceNav />
      <Typography.Title level={3} id="reports-title">{t('assistance.reports.title')}</Typography.Title>
      <Space className="assistance-reports__toolbar">
        <span>{t('assistance.reports.year')}</span>
        <Select value={year} onChange={setYear} options={Array.from({ length: thisYear - 2013 + 1 }, (_v, i) => thisYear - i).map((y) => ({ value: y, label: String(y) }))} />
      </Space>

      <Card className="assistance-reports__card" title={t('assistance.reports.coverage')} extra={download('coverage')}>
        <ChartCard title={t('assistance.reports.chartCoverage')} height={CHART_HEIGHT} isLoading={coverage.isPending}
          emptyText={causePoints.length === 0 ? t('assistance.reports.none') : undefined}
          chart={<LazyEChart option={barChartOption(causePoints, { first: t('assistance.reports.households'), second: t('assistance.reports.answered') })} height={CHART_HEIGHT} label={t('assistance.reports.chartCoverage')} />}
          table={<NumbersTableView data={tableOf(causePoints, t('assistance.reports.households'), t('assistance.reports.answered'))} />} />
        <Table rowKey={(r) => `${r.villageCode}-${r.cause}`} size="small" loading={coverage.isPending} dataSource={coverage.data?.rows ?? []} pagination={{ pageSize: 20 }} scroll={{ x: 'max-content' }} columns={[
          { key: 'village', title: t('assistance.reports.village'), render: (_v, r) => r.villageName ?? r.villageCode },
          { key: 'cause', title: t('assistance.reports.cause'), render: (_v, r) => codes.label('povertyCause', r.cause) },
          { key: 'households', title: t('assistance.reports.households'), dataIndex: 'households', align: 'right' },
          { key: 'answered', title: t('assistance.reports.answered'), dataIndex: 'answered', align: 'right' },
          { key: 'rate', title: t('assistance.reports.rate'), align: 'right', render: (_v, r) => rate(r.answered, r.households) },
        ]} />
      </Card>

      <Card className="assistance-reports__card" title={t('assistance.reports.activity')} extra={download('cadre-activity')}>
        <Table rowKey="cadreId" size="small" loading={activity.isPending} dataSource={activity.data?.rows ?? []} scroll={{ x: 'max-content' }} columns={[
          { key: 'name', title: t('assistance.reports.cadre'), dataIndex: 'name' },
          { key: 'unit', title: t('assistance.reports.unit'), dataIndex: 'unit' },
          { key: 'load', title: t('assistance.reports.load'), dataIndex: 'load', align: 'right' },
          ...Array.from({ length: 12 }, (_v, i) => ({ key: `m${i}`, title: `${i + 1}`, align: 'right' as const, render: (_x: unknown, r: { visitsByMonth: number[] }) => r.visitsByMonth[i] ?? 0 })),
          { key: 'visits', title: t('assistance.reports.visits'), dataIndex: 'visits', align: 'right' },
          { key: 'overdue', title: t('assistance.reports.overdue'), dataIndex: 'overdueHouseholds', align: 'right' },
        ]} />
      </Card>

      <Card className="assistance-reports__card" title={t('assistance.reports.money')} extra={download('money')}>
        <Typography.Paragraph strong>{t('assistance.reports.total', { amount: yuan(money.data?.total ?? 0) })}</Typography.Paragraph>
        <ChartCard title={t('assistance.reports.chartMoney')} height={CHART_HEIGHT} isLoading={money.isPending}
          emptyText={moneyPoints.length === 0 ? t('assistance.reports.none') : undefined}
          chart={<LazyEChart option={barChartOption(moneyPoints, { first: t('assistance.reports.amount') })} height={CHART_HEIGHT} label={t('assistance.reports.chartMoney')} />}
          table={<NumbersTableView data={tableOf(moneyPoints, t('assistance.reports.amount'))} />} />
        <Table rowKey="measureType" size="small" dataSource={money.data?.byType ?? []} pagination={false} columns={[
          { key: 'type', title: t('assistance.reports.measureType'), render: (_v, r) => codes.label('measureType', r.measureType) },
          { key: 'measures', title: t('assistance.reports.measures'), dataIndex: 'measures', align: 'right' },
          { key: 'households', title: t('assistance.reports.households'), dataIndex: 'households', align: 'right' },
          { key: 'amount', title: t('assistance.reports.amount'), align: 'right', render: (_v, r) => yuan(r.amount) },
        ]} />
        <Table rowKey="householdId" size="small" dataSource={money.data?.byHousehold ?? []} pagination={{ pageSize: 20 }} scroll={{ x: 'max-content' }} columns={[
          { key: 'no', title: t('assistance.reports.householdNo'), dataIndex: 'householdNo' },
          { key: 'head', title: t('assistance.reports.head'), dataIndex: 'headName' },
          { key: 'village', title: t('assistance.reports.village'), render: (_v, r) => r.villageName ?? r.villageCode },
          { key: 'measures', title: t('assistance.reports.measures'), dataIndex: 'measures', align: 'right' },
          { key: 'amount', title: t('assistance.reports.amount'), align: 'right', render: (_v, r) => yuan(r.amount) },
        ]} />
      </Card>
    </section>
  );
}
