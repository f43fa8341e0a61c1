import { type DiscoveryChannel, discoveryChannels, monitoringCaseTypes, riskTypes } from '@fupin/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Checkbox, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { showProblemOnForm } from '../household-form/show-problem.ts';
import { useLanguage } from '../i18n/use-language.ts';
import type { MonitoringAlert } from '../monitoring/monitoring.api.ts';
import { caseProblemMessage, openCaseIdOf } from './case-problem.ts';
import { canUseGreenChannel } from './case-rules.ts';
import { householdPickQuery, openCase, refreshCases } from './monitoring-cases.api.ts';
import { type OpenCaseValues, risksOfAlerts, suggestCaseType, toOpenCaseBody } from './open-case-values.ts';
import { localToday } from './local-date.ts';

/**
 * Opens a case: from alerts of one household (department alert), or for a household someone
 * reported or a cadre found (self-report, cadre screening). The new case's page opens after.
 */
export function OpenCaseModal({ open, alerts, regionCode, onClose }: {
  open: boolean; alerts: readonly MonitoringAlert[]; regionCode: string; onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<OpenCaseValues>();
  const [q, setQ] = useState('');
  const [general, setGeneral] = useState<{ text: string; caseId?: string | undefined }>();
  const fromAlerts = alerts.length > 0;
  const lang = language === 'zh-CN' ? 'zh' : 'en';
  const households = useQuery({ ...householdPickQuery(regionCode, q), enabled: open && !fromAlerts });
  const risks = Form.useWatch('risks', form) ?? [];
  const first = alerts[0];
  const alertRisks = risksOfAlerts(alerts);
  const save = useMutation({
    mutationFn: (values: OpenCaseValues) => openCase(toOpenCaseBody(values, alerts.map((a) => a.id))),
    onSuccess: async (opened) => {
      await refreshCases(queryClient);
      void message.success(t('monitoringCases.open.opened', { caseNo: opened.caseNo }));
      onClose();
      void navigate(`/monitoring/cases/${opened.id}`);
    },
    onError: (error) => {
      const placed = showProblemOnForm(form, error, t, language);
      setGeneral(placed.general ? { text: caseProblemMessage(error, t, language), caseId: openCaseIdOf(error) } : undefined);
    },
  });
  const close = () => {
    setGeneral(undefined);
    onClose();
  };
  const required = (field: string) => ({ required: true, message: t('monitoringCases.open.required', { field }) });
  const channels: readonly DiscoveryChannel[] = fromAlerts ? ['departmentAlert'] : discoveryChannels.codes.filter((c) => c !== 'departmentAlert');

  return (
    <Modal open={open} title={t(fromAlerts ? 'monitoringCases.open.title' : 'monitoringCases.open.titleForHousehold')}
      okText={t('monitoringCases.open.submit')} cancelText={t('common.cancel')} confirmLoading={save.isPending}
      onOk={() => void form.submit()} onCancel={close} destroyOnHidden>
      <Form<OpenCaseValues> form={form} name="open-case" layout="vertical" preserve={false} onFinish={(v) => save.mutate(v)}
        initialValues={{
          channel: fromAlerts ? 'departmentAlert' : 'cadreScreening',
          risks: alertRisks,
          type: suggestCaseType(first?.povertyStatus, alertRisks),
          discoveredOn: localToday(),
          greenChannel: false,
        }}>
        {general && (
          <Alert type="error" showIcon className="form-alert" title={general.text}
            description={general.caseId ? <Link to={`/monitoring/cases/${general.caseId}`} onClick={close}>{t('monitoringCases.inbox.inCase')}</Link> : undefined} />
        )}
        {first && <p>{t('monitoringCases.open.fromAlerts', { household: `${first.headName} · ${first.householdNo}`, count: alerts.length })}</p>}
        {!fromAlerts && (
          <Form.Item name="householdId" label={t('monitoringCases.open.household')} rules={[required(t('monitoringCases.open.household'))]}>
            <Select showSearch filterOption={false} onSearch={setQ} loading={households.isFetching} placeholder={t('monitoringCases.open.householdPlaceholder')}
              options={(households.data?.items ?? []).map((h) => ({ value: h.id, label: `${h.headName} · ${h.householdNo} · ${h.villageName ?? ''}` }))} />
          </Form.Item>
        )}
        <Form.Item name="channel" label={t('monitoringCases.open.channel')} rules={[required(t('monitoringCases.open.channel'))]}>
          <Select disabled={fromAlerts} options={channels.map((c) => ({ value: c, label: discoveryChannels.label(c, lang) }))} />
        </Form.Item>
        <Form.Item name="type" label={t('monitoringCases.open.type')} rules={[required(t('monitoringCases.open.type'))]}>
          <Select options={monitoringCaseTypes.items.map((c) => ({ value: c.code, label: c[lang] }))} />
        </Form.Item>
        <Form.Item name="risks" label={t('monitoringCases.open.risks')}
          rules={[required(t('monitoringCases.open.risks')), { type: 'array', max: 5, message: t('monitoringCases.open.tooManyRisks') }]}>
          <Select mode="multiple" maxCount={5} options={riskTypes.items.map((r) => ({ value: r.code, label: r[lang] }))} />
        </Form.Item>
        <Form.Item name="triggerNote" label={t('monitoringCases.open.triggerNote')} extra={fromAlerts ? undefined : t('monitoringCases.open.triggerNoteHelp')}
          rules={[...(fromAlerts ? [] : [required(t('monitoringCases.open.triggerNote'))]), { min: 2, whitespace: true, message: t('monitoringCases.open.noteLength') }]}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
        <Form.Item name="discoveredOn" label={t('monitoringCases.open.discoveredOn')}>
          <Input type="date" max={localToday()} />
        </Form.Item>
        <Form.Item name="greenChannel" valuePropName="checked" extra={t('monitoringCases.open.greenChannelHelp')}>
          <Checkbox disabled={!canUseGreenChannel(risks)}>{t('monitoringCases.open.greenChannel')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
