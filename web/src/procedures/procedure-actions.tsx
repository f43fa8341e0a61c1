import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../api/problem-message.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { actOnStep, noticeUrl, type Procedure, refreshProcedures } from './procedures.api.ts';
import { useProcedureLabels } from './procedure-labels.ts';

interface ActionValues { on?: string; reason?: string }

/** The current step with its deadline and the decisions the user may take on it. */
export function ProcedureActions({ procedure }: { procedure: Procedure }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const labels = useProcedureLabels();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ActionValues>();
  const [error, setError] = useState<string>();
  const step = procedure.currentStep;
  const current = procedure.steps.at(-1);
  const act = useMutation({
    mutationFn: (decision: 'approve' | 'reject') => {
      const v = form.getFieldsValue();
      return actOnStep(procedure.id, { step: step ?? 'application', decision, reason: v.reason?.trim() ? v.reason : null, ...(v.on ? { on: v.on } : {}) });
    },
    onSuccess: async () => {
      setError(undefined);
      form.resetFields();
      await refreshProcedures(queryClient);
    },
    onError: (e) => setError(problemMessage(e, t, language)),
  });
  if (procedure.status !== 'inProgress' || !step) return null;
  const isNotice = Boolean(procedure.noticeEndsOn);
  return (
    <Card className="procedure-card" title={t('procedures.current.title', { step: labels.step(step) })}>
      <p>{t('procedures.current.due', { due: procedure.stepDueOn ?? '', role: labels.role(current?.ownerRole) })}
        {procedure.isOverdue && <strong className="procedure-overdue">{t('procedures.overdue')}</strong>}</p>
      {isNotice && current?.noticeStartsOn && (
        <p>
          {t('procedures.current.notice', { from: current.noticeStartsOn, to: procedure.noticeEndsOn ?? '' })}{' '}
          <a href={noticeUrl('print', { villageCode: procedure.villageCode, step, startsOn: current.noticeStartsOn })} target="_blank" rel="noreferrer">{t('procedures.notices.print')}</a>
          {' · '}
          <a href={noticeUrl('export', { villageCode: procedure.villageCode, step, startsOn: current.noticeStartsOn })}>{t('procedures.notices.excel')}</a>
        </p>
      )}
      {error && <Alert type="error" showIcon message={error} className="procedure-alert" />}
      {procedure.allowedDecisions.length > 0 ? (
        <Form<ActionValues> form={form} name="step-action" layout="vertical" className="procedure-actions">
          <Form.Item name="on" label={t('procedures.current.on')} extra={t('procedures.dateDefaultsToday')}>
            <Input type="date" className="procedure-date" />
          </Form.Item>
          {procedure.allowedDecisions.includes('reject') && (
            <Form.Item name="reason" label={t('procedures.current.reason')}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          )}
          <Space>
            <Button type="primary" loading={act.isPending && act.variables === 'approve'} onClick={() => act.mutate('approve')}>
              {isNotice ? t('procedures.current.closeNotice') : step === 'announcement' ? t('procedures.current.announce') : t('procedures.current.approve')}
            </Button>
            {procedure.allowedDecisions.includes('reject') && (
              <Button danger loading={act.isPending && act.variables === 'reject'} onClick={() => act.mutate('reject')}>{t('procedures.current.reject')}</Button>
            )}
          </Space>
        </Form>
      ) : (
        <p className="procedure-muted">{t('procedures.current.notYours')}</p>
      )}
    </Card>
  );
}
