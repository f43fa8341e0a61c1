import { useQuery } from '@tanstack/react-query';
import { Card, Select, Skeleton, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed } from '../app/page-states.tsx';
import { formatFen } from '../format/money.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { yearOptions } from '../policy/policy-page.tsx';
import { DecisionView, OutcomeTag } from './decision-view.tsx';
import { householdEvaluationQuery, type HouseholdEvaluation } from './evaluations.api.ts';
import './evaluations.css';

type Benefit = HouseholdEvaluation['entitlements']['benefits'][number];

/** The household page's evaluation tab: exit eligibility with its reasons and the year's entitlements, in plain words. */
export default function HouseholdEvaluationTab({ householdId }: { householdId: number }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const evaluation = useQuery(householdEvaluationQuery(householdId, year));
  const columns = [
    { key: 'benefit', title: t('evaluations.entitlements'), render: (_: unknown, b: Benefit) => `${t(`evaluations.benefit.${b.benefit}`)}${b.memberName ? ` · ${b.memberName}` : ''}` },
    { key: 'amount', title: '¥', align: 'right' as const, render: (_: unknown, b: Benefit) => formatFen(b.amount, language) },
    { key: 'why', title: '', render: (_: unknown, b: Benefit) => (language === 'zh-CN' ? b.reason.text.zh : b.reason.text.en) },
  ];
  let body: React.ReactNode;
  if (evaluation.isPending) body = <Skeleton active paragraph={{ rows: 8 }} />;
  else if (evaluation.isError) body = <LoadFailed title={t('evaluations.loadFailed')} error={evaluation.error} onRetry={() => void evaluation.refetch()} />;
  else {
    const e = evaluation.data;
    body = (
      <div className="evaluation">
        <Card size="small"><DecisionView decision={e.exit} title={t('evaluations.exit')} /></Card>
        <Card size="small" title={<h3 className="decision__title">{t('evaluations.entitlements')} <OutcomeTag outcome={e.entitlements.outcome} /></h3>}>
          <p className="decision__summary">{language === 'zh-CN' ? e.entitlements.text.zh : e.entitlements.text.en}</p>
          {e.entitlements.benefits.length > 0 && (
            <Table<Benefit> rowKey={(b) => `${b.benefit}-${b.memberId ?? ''}`} size="small" pagination={false} columns={columns} dataSource={e.entitlements.benefits}
              summary={() => <Table.Summary.Row><Table.Summary.Cell index={0}>{t('evaluations.total', { amount: formatFen(e.entitlements.totalAmount, language) })}</Table.Summary.Cell></Table.Summary.Row>} />
          )}
        </Card>
        <p className="evaluation__version">{t('evaluations.defaults', { version: e.defaultsVersion })}</p>
      </div>
    );
  }
  return (
    <div className="household-tab">
      <div className="household-tab__toolbar">
        <label className="evaluation__year">
          <span>{t('evaluations.year')}</span>
          <Select<number> aria-label={t('evaluations.year')} value={year} onChange={setYear} options={yearOptions()} className="evaluation__year-select" />
        </label>
      </div>
      {body}
    </div>
  );
}
