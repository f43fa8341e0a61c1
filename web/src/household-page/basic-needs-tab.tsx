import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Skeleton, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed } from '../app/page-states.tsx';
import { useCodes } from '../codes/use-codes.ts';
import { formatDate } from '../format/date.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { BASIC_NEEDS_ITEMS, BasicNeedsFormModal } from './basic-needs-form-modal.tsx';
import { type BasicNeedsCheck, basicNeedsChecksQuery } from './household.queries.ts';
import { usePermission } from './use-permission.ts';

const RESULT_COLOR: Readonly<Record<string, string>> = { pass: 'green', fail: 'red', notApplicable: 'default' };

function CheckCard({ check }: { check: BasicNeedsCheck }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const codes = useCodes();
  return (
    <Card size="small" className="check-card"
      title={<h3 className="check-card__title">{t('householdPage.checks.checkedOn', { date: formatDate(check.checkedOn, language) })}</h3>}
      extra={<Tag color={check.isSecured ? 'green' : 'red'}>{check.isSecured ? t('householdPage.checks.secured') : t('householdPage.checks.notSecured')}</Tag>}>
      <dl className="check-card__items">
        {BASIC_NEEDS_ITEMS.map((item) => (
          <div key={item} className="check-card__item">
            <dt>{codes.label('basicNeedsItem', item)}</dt>
            <dd>
              <Tag color={RESULT_COLOR[check.items[item]] ?? 'default'}>{codes.label('basicNeedsResult', check.items[item])}</Tag>
              {check.evidence[item] && <span className="check-card__evidence">{check.evidence[item]}</span>}
            </dd>
          </div>
        ))}
      </dl>
      <p className="check-card__source">{t('householdPage.checks.source', { source: codes.label('recordSource', check.source) })}</p>
    </Card>
  );
}

/** The household's basic-needs checks (两不愁三保障 and safe water), newest first, and a form for a new one. */
export default function BasicNeedsTab({ householdId }: { householdId: number }) {
  const { t } = useTranslation();
  const canWrite = usePermission('registry:write');
  const checks = useQuery(basicNeedsChecksQuery(householdId));
  const [isOpen, setOpen] = useState(false);
  let body: React.ReactNode;
  if (checks.isPending) body = <Skeleton active paragraph={{ rows: 6 }} />;
  else if (checks.isError) body = <LoadFailed title={t('householdPage.checks.loadFailed')} error={checks.error} onRetry={() => void checks.refetch()} />;
  else if (checks.data.length === 0) body = <Empty description={t('householdPage.checks.none')} />;
  else body = <div className="check-list">{checks.data.map((c) => <CheckCard key={c.id} check={c} />)}</div>;
  return (
    <div className="household-tab">
      {canWrite && (
        <div className="household-tab__toolbar">
          <Button icon={<PlusOutlined />} onClick={() => setOpen(true)}>{t('householdPage.checks.record')}</Button>
        </div>
      )}
      {body}
      <BasicNeedsFormModal householdId={householdId} isOpen={isOpen} onClose={() => setOpen(false)} />
    </div>
  );
}
