import { useQuery } from '@tanstack/react-query';
import { Descriptions, Drawer, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoadFailed, PageLoading } from '../app/page-states.tsx';
import { useCodes } from '../codes/use-codes.ts';
import { formatFen } from '../format/money.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { microloanQuery, type MicroloanDetail } from './microloans.api.ts';

type Instalment = MicroloanDetail['instalments'][number];

/** A loan with its repayment schedule (interest, subsidy, what the borrower pays) and repayments. */
export function LoanDetailDrawer({ loanId, onClose }: { loanId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const codes = useCodes();
  const loan = useQuery({ ...microloanQuery(loanId ?? ''), enabled: loanId !== null });
  const fen = (n: number) => formatFen(n, language);
  const d = loan.data;
  return (
    <Drawer open={loanId !== null} onClose={onClose} title={t('microloans.detail')} size="large">
      {loan.isPending && <PageLoading />}
      {loan.isError && <LoadFailed title={t('programmes.loadFailed')} error={loan.error} />}
      {d && (
        <>
          <Descriptions size="small" column={1} bordered items={[
            { key: 'b', label: t('microloans.borrower'), children: `${d.memberName}（${d.householdNo}）` },
            { key: 'p', label: t('microloans.principal'), children: `${fen(d.principal)} · ${d.termMonths} · ${(d.annualRateBasisPoints / 100).toFixed(2)}%` },
            { key: 's', label: t('microloans.status'), children: codes.label('microloanStatus', d.status) },
            { key: 'm', label: t('microloans.method'), children: codes.label('microloanRepaymentMethod', d.repaymentMethod) },
            { key: 'l', label: t('microloans.lender'), children: `${d.lender} · ${d.purpose}` },
            ...(d.decisionReason ? [{ key: 'r', label: t('microloans.decisionReason'), children: d.decisionReason }] : []),
            ...(d.standing ? [{ key: 'o', label: t('microloans.outstanding'), children: `${fen(d.standing.outstandingPrincipal)}${d.standing.isOverdue ? ` · ${t('microloans.overdueDays', { days: d.standing.daysOverdue })}` : ''}` }] : []),
          ]} />
          <h3>{t('microloans.schedule')}</h3>
          <Table<Instalment> rowKey="seq" size="small" pagination={false} dataSource={d.instalments} scroll={{ x: 'max-content' }}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={2}>{t('programmes.total')}</Table.Summary.Cell>
                <Table.Summary.Cell index={2} align="right">{fen(d.totals.principal)}</Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">{fen(d.totals.interest)}</Table.Summary.Cell>
                <Table.Summary.Cell index={4} align="right">{fen(d.totals.interestSubsidy)}</Table.Summary.Cell>
                <Table.Summary.Cell index={5} align="right">{fen(d.totals.principal + d.totals.borrowerInterest)}</Table.Summary.Cell>
              </Table.Summary.Row>
            )}
            columns={[
              { key: 'seq', title: t('microloans.seq'), dataIndex: 'seq' },
              { key: 'due', title: t('microloans.dueOn'), dataIndex: 'dueOn' },
              { key: 'p', title: t('microloans.principalDue'), align: 'right', render: (_v, i) => fen(i.principalDue) },
              { key: 'i', title: t('microloans.interestDue'), align: 'right', render: (_v, i) => fen(i.interestDue) },
              { key: 's', title: t('microloans.interestSubsidy'), align: 'right', render: (_v, i) => fen(i.interestSubsidy) },
              { key: 'b', title: t('microloans.borrowerDue'), align: 'right', render: (_v, i) => fen(i.borrowerDue) },
            ]} />
          <h3>{t('microloans.repayments')}</h3>
          <Table rowKey="id" size="small" pagination={false} dataSource={d.repayments} locale={{ emptyText: t('programmes.empty') }}
            columns={[
              { key: 'd', title: t('microloans.paidOn'), dataIndex: 'paidOn' },
              { key: 'p', title: t('microloans.principal'), align: 'right', render: (_v, r: MicroloanDetail['repayments'][number]) => fen(r.principal) },
              { key: 'i', title: t('microloans.interestDue'), align: 'right', render: (_v, r: MicroloanDetail['repayments'][number]) => fen(r.interest) },
            ]} />
        </>
      )}
    </Drawer>
  );
}
