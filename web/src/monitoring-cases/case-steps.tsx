import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Space, Steps, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/use-language.ts';
import { useMediaQuery, WIDE_SCREEN_QUERY } from '../layout/use-media-query.ts';
import { useCaseLabels } from './case-labels.ts';
import { caseProblemMessage } from './case-problem.ts';
import { describeStepProgress } from './case-rules.ts';
import { actOnCaseStep, type MonitoringCase, refreshCases } from './monitoring-cases.api.ts';
import { localToday } from './local-date.ts';

interface ActionValues { on?: string; reason?: string }

/** The four steps in order: who decided each, when and how; the open one with its deadline, red when overdue. */
export function CaseStepProgress({ steps }: { steps: MonitoringCase['steps'] }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const isWide = useMediaQuery(WIDE_SCREEN_QUERY);
  return (
    <Steps
      className="case-steps"
      size="small"
      orientation={isWide ? 'horizontal' : 'vertical'}
      items={describeStepProgress(steps).map(({ step, status, record: s }) => ({
        key: step,
        status,
        title: labels.step(step),
        content: !s ? t('monitoringCases.steps.notReached') : s.decision ? (
          <div className="case-step" data-step={step}>
            <Tag color={s.decision === 'approved' ? 'green' : 'red'}>{t(`monitoringCases.timeline.decision.${s.decision}`)}</Tag>
            <div>{t('monitoringCases.steps.decided', { who: s.decidedByName ?? '', on: s.decidedOn ?? '' })}</div>
            {s.reason && <div className="case-muted">{s.reason}</div>}
          </div>
        ) : (
          <div className="case-step" data-step={step}>
            <div>{t('monitoringCases.steps.owner', { role: labels.role(s.ownerRole), due: s.dueOn })}</div>
            {s.overdue ? <Tag color="red">{t('monitoringCases.steps.overdue')}</Tag> : <Tag color="processing">{t('monitoringCases.steps.waiting')}</Tag>}
          </div>
        ),
      }))}
    />
  );
}

/** The current step with its deadline and, for its owner, the decision on it. */
export function CaseStepAction({ c }: { c: MonitoringCase }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const labels = useCaseLabels();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ActionValues>();
  const [error, setError] = useState<string>();
  const step = c.currentStep;
  const current = c.steps.find((s) => s.step === step && s.decision === null);
  const act = useMutation({
    mutationFn: ({ decision, reason, on }: { decision: 'approve' | 'reject'; reason: string | null; on: string | undefined }) => (
      actOnCaseStep(c.id, { step: step ?? 'verification', decision, reason, on: on || localToday() })),
    onSuccess: async () => {
      setError(undefined);
      form.resetFields();
      await refreshCases(queryClient);
    },
    onError: (e) => setError(caseProblemMessage(e, t, language)),
  });
  /** A rejection says why: asked for here rather than after a round trip. */
  const decide = (decision: 'approve' | 'reject') => {
    const v = form.getFieldsValue();
    const reason = v.reason?.trim() ? v.reason.trim() : null;
    if (decision === 'reject' && reason === null) {
      setError(t('monitoringCases.action.reasonRequired'));
      return;
    }
    act.mutate({ decision, reason, on: v.on });
  };
  if (!step || !current) return null;
  const canAct = c.allowedActions.steps.length > 0;
  return (
    <Card size="small" className="case-card" title={t('monitoringCases.action.title', { step: labels.step(step) })}>
      <p>
        {t('monitoringCases.action.due', { due: current.dueOn, role: labels.role(current.ownerRole) })}
        {current.overdue && <Tag color="red" className="case-overdue">{t('monitoringCases.steps.overdue')}</Tag>}
      </p>
      {error && <Alert type="error" showIcon title={error} className="case-alert" />}
      {canAct ? (
        <Form<ActionValues> form={form} name="case-step" layout="vertical" className="case-actions">
          <Form.Item name="on" label={t('monitoringCases.action.on')} extra={t('monitoringCases.action.dateDefaultsToday')}>
            <Input type="date" className="case-date" />
          </Form.Item>
          <Form.Item name="reason" label={t('monitoringCases.action.reason')}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
          <Space wrap>
            {c.allowedActions.steps.includes('approve') && (
              <Button type="primary" loading={act.isPending && act.variables.decision === 'approve'} onClick={() => decide('approve')}>{t('monitoringCases.action.approve')}</Button>
            )}
            {c.allowedActions.steps.includes('reject') && (
              <Button danger loading={act.isPending && act.variables.decision === 'reject'} onClick={() => decide('reject')}>{t('monitoringCases.action.reject')}</Button>
            )}
          </Space>
        </Form>
      ) : (
        <p className="case-muted">{t('monitoringCases.action.notYours', { role: labels.role(current.ownerRole) })}</p>
      )}
    </Card>
  );
}
