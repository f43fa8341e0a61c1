import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Popconfirm, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { problemMessage } from '../api/problem-message.ts';
import { LoadFailed } from '../app/page-states.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { useCodes } from '../codes/use-codes.ts';
import { formatFen } from '../format/money.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { ReportDownload } from '../programmes/report-download.tsx';
import { useChosenRegion } from '../regions/use-region-param.ts';
import { LoanActionModal, type LoanAction } from './loan-action-modal.tsx';
import { LoanDetailDrawer } from './loan-detail-drawer.tsx';
import { decideMicroloan, microloanReportQuery, microloansQuery, MICROLOANS_KEY, REPORT_PATH, type Microloan } from './microloans.api.ts';
import { ProgrammeNav } from '../programmes/programme-nav.tsx';
import '../programmes/programmes.css';

const percent = (bp: number | null) => (bp === null ? '—' : `${(bp / 100).toFixed(2)}%`);

/** Microloans of the region: the portfolio's rates, each loan's standing, and the steps from approval to repayment. */
export default function MicroloansPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const codes = useCodes();
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const { regionCode } = useChosenRegion();
  const [status, setStatus] = useState<string>();
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [action, setAction] = useState<{ loan: Microloan; kind: LoanAction } | null>(null);
  const loans = useQuery(microloansQuery(regionCode, status, overdueOnly));
  const report = useQuery(microloanReportQuery(regionCode));
  const canApprove = user.permissions.includes('microloans:approve');
  const canWrite = user.permissions.includes('assistance:write');
  const approve = useMutation({
    mutationFn: (loan: Microloan) => decideMicroloan(loan.id, true, ''),
    onSuccess: async () => { await queryClient.invalidateQueries({ queryKey: MICROLOANS_KEY }); void message.success(t('programmes.saved')); },
    onError: (error) => void message.error(problemMessage(error, t, language)),
  });
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
          columns={[
            { key: 'borrower', title: t('microloans.borrower'), render: (_v, l) => <Link to={`/households/${l.householdId}`}>{l.memberName}</Link> },
            { key: 'householdNo', title: t('programmes.householdNo'), dataIndex: 'householdNo' },
            { key: 'principal', title: t('microloans.principal'), align: 'right', render: (_v, l) => fen(l.principal) },
            { key: 'term', title: t('microloans.term'), dataIndex: 'termMonths' },
            { key: 'status', title: t('microloans.status'), render: (_v, l) => codes.label('microloanStatus', l.status) },
            { key: 'applied', title: t('microloans.appliedOn'), dataIndex: 'appliedOn' },
            { key: 'outstanding', title: t('microloans.outstanding'), align: 'right', render: (_v, l) => (l.standing ? fen(l.standing.outstandingPrincipal) : '—') },
            {
              key: 'standing', title: t('microloans.overdue'),
              render: (_v, l) => (l.standing === null ? '—' : l.standing.isOverdue
                ? <Tag color="red">{t('microloans.overdueDays', { days: l.standing.daysOverdue })}</Tag> : <Tag color="green">{t('microloans.current')}</Tag>),
            },
            {
              key: 'actions', title: t('programmes.actions'),
              render: (_v, l) => (
                <Space size={0} wrap>
                  <Button type="link" size="small" onClick={() => setOpenId(l.id)}>{t('microloans.detail')}</Button>
                  {canApprove && l.status === 'applied' && (
                    <Popconfirm title={t('microloans.approve')} onConfirm={() => approve.mutate(l)}>
                      <Button type="link" size="small">{t('microloans.approve')}</Button>
                    </Popconfirm>
                  )}
                  {canApprove && l.status === 'applied' && <Button type="link" size="small" danger onClick={() => setAction({ loan: l, kind: 'refuse' })}>{t('microloans.refuse')}</Button>}
                  {canApprove && l.status === 'approved' && <Button type="link" size="small" onClick={() => setAction({ loan: l, kind: 'disburse' })}>{t('microloans.disburse')}</Button>}
                  {canWrite && l.status === 'disbursed' && <Button type="link" size="small" onClick={() => setAction({ loan: l, kind: 'repay' })}>{t('microloans.repay')}</Button>}
                </Space>
              ),
            },
          ]} />
      )}
      <LoanDetailDrawer loanId={openId} onClose={() => setOpenId(null)} />
      <LoanActionModal loan={action?.loan ?? null} action={action?.kind ?? 'repay'} onClose={() => setAction(null)} />
    </section>
  );
}
