import { useQuery } from '@tanstack/react-query';
import { Button, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed } from '../app/page-states.tsx';
import { useCurrentUser } from '../auth/session.ts';
import type { Household } from '../household-page/household.queries.ts';
import { LoanActionModal, type LoanAction } from './loan-action-modal.tsx';
import { useLoanColumns } from './loan-columns.tsx';
import { LoanDetailDrawer } from './loan-detail-drawer.tsx';
import { MicroloanApplyModal, type Borrower } from './microloan-apply-modal.tsx';
import { householdMicroloansQuery, type Microloan } from './microloans.api.ts';
import '../programmes/programmes.css';

/** A household's microloans: each loan's status and standing today, its schedule, and the next step. */
export default function HouseholdMicroloansTab({ household }: { household: Household }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const loans = useQuery(householdMicroloansQuery(household.id));
  const [openId, setOpenId] = useState<string | null>(null);
  const [action, setAction] = useState<{ loan: Microloan; kind: LoanAction } | null>(null);
  const [memberId, setMemberId] = useState<number>();
  const [borrower, setBorrower] = useState<Borrower | null>(null);
  const columns = useLoanColumns({ onDetail: (l) => setOpenId(l.id), onAction: (loan, kind) => setAction({ loan, kind }), showHousehold: false });
  const adults = household.members.filter((m) => !m.isDeceased);
  const chosen = adults.find((m) => m.id === memberId);
  return (
    <>
      {user.permissions.includes('assistance:write') && (
        <Space className="programme-toolbar" wrap>
          <Select<number> aria-label={t('microloans.borrower')} placeholder={t('microloans.borrower')} value={memberId} onChange={setMemberId}
            options={adults.map((m) => ({ value: m.id, label: m.name }))} className="microloans__status" />
          <Button type="primary" disabled={!chosen}
            onClick={() => chosen && setBorrower({ householdId: household.id, memberId: chosen.id, memberName: chosen.name })}>{t('microloans.apply')}</Button>
        </Space>
      )}
      {loans.isError ? (
        <LoadFailed title={t('programmes.loadFailed')} error={loans.error} onRetry={() => void loans.refetch()} />
      ) : (
        <Table<Microloan> rowKey="id" size="middle" loading={loans.isFetching} dataSource={loans.data ?? []} scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('microloans.noneForHousehold') }} pagination={false} columns={columns} />
      )}
      <LoanDetailDrawer loanId={openId} onClose={() => setOpenId(null)} />
      <LoanActionModal loan={action?.loan ?? null} action={action?.kind ?? 'repay'} onClose={() => setAction(null)} />
      <MicroloanApplyModal borrower={borrower} onClose={() => setBorrower(null)} />
    </>
  );
}
