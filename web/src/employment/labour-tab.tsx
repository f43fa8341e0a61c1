import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Radio, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadFailed } from '../app/page-states.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { useCodes } from '../codes/use-codes.ts';
import { formatFen } from '../format/money.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { labourQuery, type LabourMember } from './employment.api.ts';
import { MicroloanApplyModal, type Borrower } from '../microloans/microloan-apply-modal.tsx';
import { MemberRecordModal, type RecordTarget } from './member-record-modal.tsx';

/** The labour force with who worked in the year; from a row, record a job, a post or a training. */
export function LabourTab({ regionCode, year }: { regionCode: string; year: number }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const codes = useCodes();
  const user = useCurrentUser();
  const [employed, setEmployed] = useState<'all' | 'yes' | 'no'>('all');
  const [page, setPage] = useState(1);
  const [target, setTarget] = useState<RecordTarget | null>(null);
  const [borrower, setBorrower] = useState<Borrower | null>(null);
  const labour = useQuery(labourQuery(regionCode, year, employed, page));
  const canWrite = user.permissions.includes('assistance:write');
  const d = labour.data;
  if (labour.isError) return <LoadFailed title={t('programmes.loadFailed')} error={labour.error} onRetry={() => void labour.refetch()} />;
  return (
    <>
      {d && (
        <Alert className="programme-summary" type="info" showIcon message={t('employment.labour.summary', {
          asOf: d.asOf, labourForce: d.summary.labourForce, employed: d.summary.employed, notEmployed: d.summary.notEmployed, minAge: d.workingAge.minAge, maxAge: d.workingAge.maxAge,
        })} />
      )}
      <div className="programme-toolbar">
        <Radio.Group value={employed} onChange={(e) => { setEmployed(e.target.value as 'all' | 'yes' | 'no'); setPage(1); }} optionType="button"
          options={(['all', 'yes', 'no'] as const).map((k) => ({ value: k, label: t(`employment.labour.filter.${k}`) }))} />
      </div>
      <Table<LabourMember> rowKey="memberId" size="middle" loading={labour.isFetching} dataSource={d?.items ?? []} scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('programmes.empty') }} className="employment__labour"
        pagination={{ current: page, pageSize: 50, total: d?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { key: 'name', title: t('programmes.member'), render: (_v, m) => <Link to={`/households/${m.householdId}`}>{m.memberName}</Link> },
          { key: 'householdNo', title: t('programmes.householdNo'), dataIndex: 'householdNo' },
          { key: 'age', title: t('employment.labour.age'), dataIndex: 'age' },
          { key: 'capacity', title: t('employment.labour.capacity'), render: (_v, m) => codes.label('laborCapacity', m.laborCapacity) },
          { key: 'employed', title: t('employment.labour.employed'), render: (_v, m) => (m.isEmployed ? <Tag color="green">{t('programmes.yes')}</Tag> : <Tag>{t('programmes.no')}</Tag>) },
          { key: 'months', title: t('employment.labour.months'), dataIndex: 'months' },
          { key: 'income', title: t('employment.labour.income'), align: 'right', render: (_v, m) => formatFen(m.income, language) },
          ...(canWrite ? [{
            key: 'actions', title: t('programmes.actions'),
            render: (_v: unknown, m: LabourMember) => (
              <Space size={0} wrap>
                <Button type="link" size="small" onClick={() => setTarget({ memberId: m.memberId, memberName: m.memberName, kind: 'job' })}>{t('employment.labour.recordJob')}</Button>
                <Button type="link" size="small" onClick={() => setTarget({ memberId: m.memberId, memberName: m.memberName, kind: 'post' })}>{t('employment.labour.appointPost')}</Button>
                <Button type="link" size="small" onClick={() => setTarget({ memberId: m.memberId, memberName: m.memberName, kind: 'training' })}>{t('employment.labour.recordTraining')}</Button>
                <Button type="link" size="small" onClick={() => setBorrower({ householdId: m.householdId, memberId: m.memberId, memberName: m.memberName })}>{t('microloans.apply')}</Button>
              </Space>
            ),
          }] : []),
        ]} />
      <MemberRecordModal target={target} year={year} onClose={() => setTarget(null)} />
      <MicroloanApplyModal borrower={borrower} onClose={() => setBorrower(null)} />
    </>
  );
}
