import { useQuery } from '@tanstack/react-query';
import { Alert, Select, Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed } from '../app/page-states.tsx';
import { useCodes } from '../codes/use-codes.ts';
import { formatFen } from '../format/money.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { ReportDownload } from '../programmes/report-download.tsx';
import { useChosenRegion } from '../regions/use-region-param.ts';
import { LoanActionModal, type LoanAction } from './loan-action-modal.tsx';
import { LoanDetailDrawer } from './loan-detail-drawer.tsx';
import { useLoanColumns } from './loan-columns.tsx';
import { microloanReportQuery, microloansQuery, REPORT_PATH, type Microloan } from './microloans.api.ts';
import { ProgrammeNav } from '../programmes/programme-nav.tsx';
import '../programmes/programmes.css';

const percent = (bp: number | null) => (bp === null ? '—' : `${(bp / 100).toFixed(2)}%`);

/** Microloans of the region: the portfolio's rates, each loan's standing, and the steps from approval to repayment. */
export default function MicroloansPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const codes = useCodes();
  const { regionCode } = useChosenRegion();
  const [status, setStatus] = useState<string>();
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [action, setAction] = useState<{ loan: Microloan; kind: LoanAction } | null>(null);
  const loans = useQuery(microloansQuery(regionCode, status, overdueOnly));
  const report = useQuery(microloanReportQuery(regionCode));
  const columns = useLoanColumns({ onDetail: (l) => setOpenId(l.id), onAction: (loan, kind) => setAction({ loan, kind }), showHousehold: true });
  const fen = (n: number) => formatFen(n, language);
  const r = report.data?.total;
  return (
    <section className="page" aria-labelledby="microloans-title">
      <ProgrammeNav />
      <div className="page__header">
        <Typography.Title level={1} id="microloans-title" className="page__title">{t('microloans.title')}</Typography.Title>
      </div>
      {r && report.data && (
        <Alert className="programme-summary microloans__summary" type={r.overdueLoans > 0 ? 'warning' : 'info'} showIcon
          message={t('microloans.summary', {
            asOf: report.data.asOf, loans: r.loans, outstanding: fen(r.outstandingPrincipal), overdueLoans: r.overdueLoans,
            overdueRate: percent(r.overdueRate.basisPoints), recoveryRate: percent(r.recoveryRate.basisPoints), subsidy: fen(r.interestSubsidy),
          })} />
      )}
      <div className="programme-toolbar">
        <Select allowClear placeholder={t('microloans.allStatuses')} value={status} onChange={setStatus} options={codes.options('microloanStatus')} className="microloans__status" />
        <label><Switch checked={overdueOnly} onChange={setOverdueOnly} /> {t('microloans.overdueOnly')}</label>
        <ReportDownload path={REPORT_PATH} query={{ region: regionCode }} />
      </div>
      {loans.isError ? (
        <LoadFailed title={t('programmes.loadFailed')} error={loans.error} onRetry={() => void loans.refetch()} />
      ) : (
        <Table<Microloan> rowKey="id" size="middle" loading={loans.isFetching} dataSource={loans.data ?? []} scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('programmes.empty') }} pagination={{ pageSize: 50 }}
          columns={columns} />
      )}
      <LoanDetailDrawer loanId={openId} onClose={() => setOpenId(null)} />
      <LoanActionModal loan={action?.loan ?? null} action={action?.kind ?? 'repay'} onClose={() => setAction(null)} />
    </section>
  );
}
