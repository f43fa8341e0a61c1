import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, InputNumber, Modal, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../api/problem-message.ts';
import { ApiProblem } from '../api/problem.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { POLICY_KEY, setPolicyValue, type PolicyInForceItem } from './policy.api.ts';
import { fromFormValue, toFormValue } from './policy-format.ts';

interface FormValues { value?: string | number | boolean; validFrom: number; validTo?: number | null; source: string }

/** Sets the region's own value of one parameter from a year on; the server checks kind and overlaps. */
export function PolicyEditModal({ item, regionCode, regionName, year, onClose }: {
  item: PolicyInForceItem | null; regionCode: string; regionName: string; year: number; onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<FormValues>();
  const save = useMutation({
    mutationFn: (values: FormValues) => {
      if (!item) throw new Error('no parameter');
      return setPolicyValue({
        regionCode, parameter: item.key, validFrom: values.validFrom, validTo: values.validTo ?? null,
        value: fromFormValue(item.kind, values.value), source: values.source,
      });
    },
    onSuccess: async () => {
      void message.success(t('policy.form.saved'));
      await queryClient.invalidateQueries({ queryKey: POLICY_KEY });
      onClose();
    },
    onError: (error) => {
      const field = error instanceof ApiProblem ? error.problem.field?.split('.')[0] : undefined;
      const known = field === 'value' || field === 'validFrom' || field === 'validTo' || field === 'source' ? field : undefined;
      if (known) form.setFields([{ name: known, errors: [problemMessage(error, t, language)] }]);
      else void message.error(problemMessage(error, t, language));
    },
  });
  if (!item) return null;
  const own = item.origin?.regionCode === regionCode && item.origin.layer === 'stored';
  const initial: FormValues = { value: toFormValue(item.kind, item.value), validFrom: own && item.validFrom !== null ? item.validFrom : year, validTo: own ? item.validTo : null, source: own ? item.source ?? '' : '' };
  const valueInput = item.kind === 'boolean' ? <Switch />
    : item.kind === 'table' ? <Input.TextArea rows={8} className="policy-edit__json" />
      : <InputNumber className="policy-edit__number" min={0} step={item.kind === 'rate' ? 0.1 : 1} />;
  const valueLabel = item.kind === 'money' ? t('policy.form.valueYuan') : item.kind === 'rate' ? t('policy.form.valuePercent') : item.kind === 'table' ? t('policy.form.valueTable') : t('policy.form.value');
  return (
    <Modal open title={t('policy.form.title', { region: regionName, parameter: language === 'zh-CN' ? item.zh : item.en })} okText={t('policy.form.save')}
      confirmLoading={save.isPending} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      <Alert type="info" showIcon className="policy-edit__note" message={t('policy.form.replaceNote')} />
      <Form<FormValues> form={form} layout="vertical" initialValues={initial} onFinish={(values) => save.mutate(values)}>
        <Form.Item name="value" label={valueLabel} valuePropName={item.kind === 'boolean' ? 'checked' : 'value'}>{valueInput}</Form.Item>
        <Form.Item name="validFrom" label={t('policy.form.validFrom')} rules={[{ required: true }]}><InputNumber min={2000} max={2100} /></Form.Item>
        <Form.Item name="validTo" label={t('policy.form.validTo')}><InputNumber min={2000} max={2100} /></Form.Item>
        <Form.Item name="source" label={t('policy.form.source')} rules={[{ required: true, whitespace: true, message: t('policy.form.sourceRequired') }]}><Input maxLength={500} /></Form.Item>
      </Form>
    </Modal>
  );
}
