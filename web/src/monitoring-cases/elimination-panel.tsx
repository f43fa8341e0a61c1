import { riskEliminationKinds } from '@fupin/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReasonItem } from '../evaluations/decision-view.tsx';
import { useLanguage } from '../i18n/use-language.ts';
import { useCaseLabels } from './case-labels.ts';
import { caseProblemMessage, refusalDecisionOf } from './case-problem.ts';
import { sortReasonsForRefusal } from './case-rules.ts';
import { checkElimination, eliminateRisk, type MonitoringCase, refreshCases, type RiskEliminationDecision, type RiskEliminationInput } from './monitoring-cases.api.ts';
import '../evaluations/evaluations.css';
import { localToday } from './local-date.ts';

interface Values { kind: RiskEliminationInput['kind']; on?: string; reason?: string; rigidExpensesResolved?: boolean }

/** The policy's verdict on eliminating the risk: what stands in the way first, then what holds. */
export function EliminationDecision({ decision }: { decision: RiskEliminationDecision }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const refused = decision.outcome !== 'eliminable';
  return (
    <section className={`decision elimination-decision elimination-decision--${refused ? 'refused' : 'eliminable'}`}
      aria-label={t('monitoringCases.elimination.checkTitle')}>
      <Alert type={refused ? 'error' : 'success'} showIcon
        title={t(refused ? 'monitoringCases.elimination.refused' : 'monitoringCases.elimination.eliminable')}
        description={language === 'zh-CN' ? decision.text.zh : decision.text.en} />
      <ul className="decision__reasons elimination-decision__reasons">
        {sortReasonsForRefusal(decision.reasons).map((r, i) => <ReasonItem key={`${r.rule}-${i}`} reason={r} />)}
      </ul>
    </section>
  );
}

/**
 * Risk elimination: done (kind, date, who, why), or the form that checks the policy's conditions
 * and marks the risk eliminated; a refusal shows every condition with the failing ones first.
 */
export function EliminationPanel({ c }: { c: MonitoringCase }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const labels = useCaseLabels();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [decision, setDecision] = useState<RiskEliminationDecision>();
  const [error, setError] = useState<string>();
  const input = (): RiskEliminationInput => {
    const v = form.getFieldsValue();
    return { kind: v.kind, on: v.on || localToday(), reason: v.reason?.trim() ?? '', rigidExpensesResolved: v.rigidExpensesResolved === true };
  };
  const check = useMutation({
    mutationFn: () => checkElimination(c.id, input()),
    onSuccess: (d) => { setError(undefined); setDecision(d); },
    onError: (e) => setError(caseProblemMessage(e, t, language)),
  });
  const eliminate = useMutation({
    mutationFn: (body: RiskEliminationInput) => eliminateRisk(c.id, body),
    onSuccess: async () => {
      setError(undefined);
      setDecision(undefined);
      await refreshCases(queryClient);
    },
    onError: (e) => {
      const refusal = refusalDecisionOf(e);
      if (refusal) {
        setError(undefined);
        setDecision(refusal);
      } else {
        setError(caseProblemMessage(e, t, language));
      }
    },
  });
  const title = t('monitoringCases.elimination.title');
  if (c.elimination) {
    const e = c.elimination;
    return (
      <Card size="small" className="case-card" title={title}>
        <Alert type="success" showIcon title={t('monitoringCases.elimination.done', { on: e.on, kind: labels.eliminationKind(e.kind), who: e.byName, reason: e.reason })} />
      </Card>
    );
  }
  if (c.state !== 'included' && c.state !== 'assisting') {
    return c.closedOn ? null : <Card size="small" className="case-card" title={title}><p className="case-muted">{t('monitoringCases.elimination.notYet')}</p></Card>;
  }
  return (
    <Card size="small" className="case-card" title={title}>
      {error && <Alert type="error" showIcon title={error} className="case-alert" />}
      <Form<Values> form={form} name="elimination" layout="vertical" className="case-actions"
        initialValues={{ kind: 'byAssistance', on: localToday(), rigidExpensesResolved: false }}
        onFinish={() => eliminate.mutate(input())} onValuesChange={() => setDecision(undefined)}>
        <Form.Item name="kind" label={t('monitoringCases.elimination.kind')}>
          <Select className="case-select" options={riskEliminationKinds.items.map((k) => ({ value: k.code, label: labels.eliminationKind(k.code) }))} />
        </Form.Item>
        <Form.Item name="on" label={t('monitoringCases.elimination.on')}>
          <Input type="date" className="case-date" max={localToday()} />
        </Form.Item>
        <Form.Item name="rigidExpensesResolved" valuePropName="checked" label=" ">
          <Checkbox>{t('monitoringCases.elimination.rigidExpensesResolved')}</Checkbox>
        </Form.Item>
        <Form.Item name="reason" label={t('monitoringCases.elimination.reason')} className="case-actions__wide"
          rules={[{ required: c.allowedActions.eliminate, min: 2, whitespace: true, message: t('monitoringCases.elimination.reasonLength') }]}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Space wrap>
          <Button loading={check.isPending} onClick={() => check.mutate()}>{t('monitoringCases.elimination.check')}</Button>
          {c.allowedActions.eliminate && (
            <Button type="primary" danger htmlType="submit" loading={eliminate.isPending}>{t('monitoringCases.elimination.submit')}</Button>
          )}
        </Space>
      </Form>
      {decision && <EliminationDecision decision={decision} />}
    </Card>
  );
}
