import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Space, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { problemMessage } from '../api/problem-message.ts';
import { useCurrentUser } from '../auth/session.ts';
import { useCodes } from '../codes/use-codes.ts';
import { formatFen } from '../format/money.ts';
import { useLanguage } from '../i18n/use-language.ts';
import type { LoanAction } from './loan-action-modal.tsx';
import { decideMicroloan, MICROLOANS_KEY, type Microloan } from './microloans.api.ts';

export interface LoanColumnHandlers {
  onDetail: (loan: Microloan) => void;
  onAction: (loan: Microloan, kind: LoanAction) => void;
  /** The region's list names the household; a household's own tab does not need to. */
  showHousehold: boolean;
}

/** The columns of a list of loans: standing today and the next step each user may take. */
export function useLoanColumns({ onDetail, onAction, showHousehold }: LoanColumnHandlers): ColumnsType<Microloan> {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const codes = useCodes();
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const canApprove = user.permissions.includes('microloans:approve');
  const canWrite = user.permissions.includes('assistance:write');
  const approve = useMutation({
    mutationFn: (loan: Microloan) => decideMicroloan(loan.id, true, ''),
    onSuccess: async () => { await queryClient.invalidateQueries({ queryKey: MICROLOANS_KEY }); void message.success(t('programmes.saved')); },
    onError: (error) => void message.error(problemMessage(error, t, language)),
  });
  const fen = (n: number) => formatFen(n, language);
  return [
    showHousehold
      ? { key: 'borrower', title: t('microloans.borrower'), render: (_v, l) => <Link to={`/households/${l.householdId}`}>{l.memberName}</Link> }
      : { key: 'borrower', title: t('microloans.borrower'), dataIndex: 'memberName' },
    ...(showHousehold ? [{ key: 'householdNo', title: t('programmes.householdNo'), dataIndex: 'householdNo' }] : []),
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
          <Button type="link" size="small" onClick={() => onDetail(l)}>{t('microloans.detail')}</Button>
          {canApprove && l.status === 'applied' && (
            <Popconfirm title={t('microloans.approve')} onConfirm={() => approve.mutate(l)}>
              <Button type="link" size="small">{t('microloans.approve')}</Button>
            </Popconfirm>
          )}
          {canApprove && l.status === 'applied' && <Button type="link" size="small" danger onClick={() => onAction(l, 'refuse')}>{t('microloans.refuse')}</Button>}
          {canApprove && l.status === 'approved' && <Button type="link" size="small" onClick={() => onAction(l, 'disburse')}>{t('microloans.disburse')}</Button>}
          {canWrite && l.status === 'disbursed' && <Button type="link" size="small" onClick={() => onAction(l, 'repay')}>{t('microloans.repay')}</Button>}
        </Space>
      ),
    },
  ];
}
