import { useQuery } from '@tanstack/react-query';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoadFailed } from '../app/page-states.tsx';
import { formatFen } from '../format/money.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { ReportDownload } from '../programmes/report-download.tsx';
import { employmentReportQuery, type EmploymentReport } from './employment.api.ts';

type Row = EmploymentReport['total'];

/** Employment by village for the year, with an Excel download of the same figures. */
export function EmploymentReportTab({ regionCode, year }: { regionCode: string; year: number }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const report = useQuery(employmentReportQuery(regionCode, year));
  if (report.isError) return <LoadFailed title={t('programmes.loadFailed')} error={report.error} onRetry={() => void report.refetch()} />;
  const fen = (n: number) => formatFen(n, language);
  const rows = report.data ? [...report.data.villages, { ...report.data.total, villageName: t('programmes.total') }] : [];
  return (
    <>
      <div className="programme-toolbar"><ReportDownload path="/api/v1/employment/report" query={{ region: regionCode, year }} /></div>
      <Table<Row> rowKey={(r) => `${r.villageCode}-${r.villageName ?? ''}`} size="small" loading={report.isFetching} dataSource={rows} pagination={false} scroll={{ x: 'max-content' }}
        columns={[
          { key: 'village', title: t('programmes.village'), render: (_v, r) => r.villageName ?? r.villageCode },
          { key: 'lf', title: t('employment.report.labourForce'), dataIndex: 'labourForce', align: 'right' },
          { key: 'em', title: t('employment.report.employed'), dataIndex: 'employed', align: 'right' },
          { key: 'jobs', title: t('employment.report.jobs'), dataIndex: 'jobs', align: 'right' },
          { key: 'inc', title: t('employment.report.jobIncome'), align: 'right', render: (_v, r) => fen(r.jobIncome) },
          { key: 'posts', title: t('employment.report.posts'), dataIndex: 'publicWelfarePosts', align: 'right' },
          { key: 'ww', title: t('employment.report.assistanceWorkshopWorkers'), dataIndex: 'assistanceWorkshopWorkers', align: 'right' },
          { key: 'tr', title: t('employment.report.trainees'), dataIndex: 'trainees', align: 'right' },
          { key: 'ts', title: t('employment.report.trainingSubsidy'), align: 'right', render: (_v, r) => fen(r.trainingSubsidy) },
          { key: 'ws', title: t('employment.report.assistanceWorkshopSubsidy'), align: 'right', render: (_v, r) => fen(r.assistanceWorkshopSubsidy) },
        ]} />
    </>
  );
}
