import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadFailed } from '../app/page-states.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { useCodes } from '../codes/use-codes.ts';
import { formatFen } from '../format/money.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { ReportDownload } from '../programmes/report-download.tsx';
import { YearSelect } from '../programmes/year-select.tsx';
import { useChosenRegion } from '../regions/use-region-param.ts';
import { AidPaymentModal, type PaymentTarget } from './aid-payment-modal.tsx';
import { STUDENTS_PATH, studentAidQuery, type StudentAid } from './education-aid.api.ts';
import { ProgrammeNav } from '../programmes/programme-nav.tsx';
import '../programmes/programmes.css';

/** Every student of a registered household with the aid the policy entitles them to; by default those who should receive it and do not. */
export default function EducationAidPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const codes = useCodes();
  const user = useCurrentUser();
  const { regionCode } = useChosenRegion();
  const [year, setYear] = useState(new Date().getFullYear());
  const [missingOnly, setMissingOnly] = useState(true);
  const [target, setTarget] = useState<PaymentTarget | null>(null);
  const students = useQuery(studentAidQuery(regionCode, year, missingOnly));
  const canPay = user.permissions.includes('assistance:write');
  const fen = (n: number) => formatFen(n, language);
  const s = students.data?.summary;
  return (
    <section className="page" aria-labelledby="education-aid-title">
      <ProgrammeNav />
      <div className="page__header">
        <Typography.Title level={1} id="education-aid-title" className="page__title">{t('educationAid.title')}</Typography.Title>
      </div>
      <div className="programme-toolbar">
        <YearSelect value={year} onChange={setYear} />
        <label><Switch checked={missingOnly} onChange={setMissingOnly} className="education-aid__missing-only" /> {t('educationAid.missingOnly')}</label>
        <ReportDownload path={STUDENTS_PATH} query={{ region: regionCode, year, missingOnly: missingOnly ? 'true' : 'false' }} />
      </div>
      {s && (
        <Alert className="programme-summary" type={s.studentsMissingAid > 0 ? 'warning' : 'success'} showIcon
          message={t('educationAid.summary', { year, students: s.students, entitledStudents: s.entitledStudents, missingStudents: s.studentsMissingAid, missingAmount: fen(s.missingAmount) })} />
      )}
      {students.isError ? (
        <LoadFailed title={t('programmes.loadFailed')} error={students.error} onRetry={() => void students.refetch()} />
      ) : (
        <Table<StudentAid>
          rowKey="memberId" size="middle" loading={students.isFetching} dataSource={students.data?.students ?? []} scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('programmes.empty') }} pagination={{ pageSize: 50 }} className="education-aid__students"
          columns={[
            { key: 'student', title: t('educationAid.student'), render: (_v, r) => <Link to={`/households/${r.householdId}`}>{r.memberName}</Link> },
            { key: 'householdNo', title: t('programmes.householdNo'), dataIndex: 'householdNo' },
            { key: 'id', title: t('programmes.idNumber'), dataIndex: 'idMasked' },
            { key: 'status', title: t('educationAid.schoolStatus'), render: (_v, r) => `${codes.label('schoolStatus', r.schoolStatus)}${r.schoolGrade ? ` · ${r.schoolGrade}` : ''}` },
            {
              key: 'items', title: t('educationAid.item'),
              render: (_v, r) => (r.entitlements.length === 0 ? t('educationAid.none') : r.entitlements.map((e) => (
                <div key={e.item} title={e.explanation[language === 'zh-CN' ? 'zh' : 'en']}>
                  {codes.label('educationAidItem', e.item)}：{fen(e.amount)}
                  {e.missing > 0 && canPay && (
                    <Button size="small" type="link" onClick={() => setTarget({ student: r, item: e.item, missing: e.missing })}>{t('educationAid.pay')}</Button>
                  )}
                </div>
              ))),
            },
            { key: 'entitled', title: t('educationAid.entitled'), align: 'right', render: (_v, r) => fen(r.entitled) },
            { key: 'paid', title: t('educationAid.paid'), align: 'right', render: (_v, r) => fen(r.paid) },
            { key: 'missing', title: t('educationAid.missing'), align: 'right', render: (_v, r) => (r.missing > 0 ? <Typography.Text type="danger">{fen(r.missing)}</Typography.Text> : fen(0)) },
          ]}
        />
      )}
      <AidPaymentModal target={target} year={year} onClose={() => setTarget(null)} />
    </section>
  );
}
