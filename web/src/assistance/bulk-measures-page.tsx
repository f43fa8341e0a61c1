import { measureTypeRule, measureTypes } from '@fupin/core';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Col, Form, Input, Radio, Row, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/api-client.ts';
import { useCodes } from '../codes/use-codes.ts';
import { yuanRule } from '../household-form/form-rules.ts';
import { showProblemOnForm } from '../household-form/show-problem.ts';
import { VillagePicker } from '../household-form/village-picker.tsx';
import { useLanguage } from '../i18n/use-language.ts';
import { AssistanceNav } from './assistance-nav.tsx';
import { type MeasureFormValues, toMeasureInput } from './measure-form-values.ts';
import './assistance.css';

type Values = MeasureFormValues & { villageCode?: string; householdIds?: number[] };

/** One household-level measure (a dividend, a water project…) for many households of a village at once. */
export default function BulkMeasuresPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const codes = useCodes();
  const [form] = Form.useForm<Values>();
  const villageCode = Form.useWatch('villageCode', form);
  const kind = Form.useWatch('form', form) ?? 'money';
  const selected = Form.useWatch('householdIds', form) ?? [];
  const [general, setGeneral] = useState<string>();
  const [saving, setSaving] = useState(false);
  const households = useQuery({
    queryKey: ['households', 'list', 'bulk', villageCode],
    queryFn: () => unwrap(api.GET('/api/v1/households', { params: { query: { regionCode: villageCode ?? '', pageSize: 200, povertyStatus: 'poor,exited,relapsed' } } })),
    enabled: Boolean(villageCode),
  });
  const submit = async (v: Values) => {
    setGeneral(undefined);
    setSaving(true);
    try {
      const { memberId: _memberId, ...measure } = toMeasureInput(v);
      const result = await unwrap(api.POST('/api/v1/measures/bulk', { body: { villageCode: v.villageCode ?? '', householdIds: v.householdIds ?? [], measure } }));
      void message.success(t('assistance.bulk.saved', { count: result.count }));
      form.setFieldValue('householdIds', []);
    } catch (error) {
      setGeneral(showProblemOnForm(form, error, t, language).general);
    } finally {
      setSaving(false);
    }
  };
  const required = (field: string) => [{ required: true, message: t('assistance.required', { field }) }];
  const all = (households.data?.items ?? []).map((h) => h.id);

  return (
    <section className="page assistance-bulk" aria-labelledby="bulk-title">
      <AssistanceNav />
      <Typography.Title level={3} id="bulk-title">{t('assistance.bulk.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('assistance.bulk.intro')}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)}
        initialValues={{ startDate: new Date().toISOString().slice(0, 10), form: 'money', status: 'inProgress', householdIds: [] }}>
        {general && <Alert type="error" showIcon message={general} className="form-alert" />}
        <Row gutter={[16, 0]}>
          <Col xs={24} md={10}>
            <Form.Item name="villageCode" label={t('assistance.bulk.village')} rules={required(t('assistance.bulk.village'))}><VillagePicker /></Form.Item>
            <Form.Item label={<Space>{t('assistance.bulk.households')}<span>{t('assistance.bulk.selected', { count: selected.length })}</span></Space>}>
              <Checkbox disabled={all.length === 0} checked={all.length > 0 && selected.length === all.length}
                onChange={(e) => form.setFieldValue('householdIds', e.target.checked ? all : [])}>{t('assistance.bulk.selectAll')}</Checkbox>
            </Form.Item>
            <Form.Item name="householdIds" rules={[{ type: 'array', min: 1, message: t('assistance.bulk.noHouseholds') }]} className="assistance-bulk__households">
              <Checkbox.Group options={(households.data?.items ?? []).map((h) => ({ value: h.id, label: `${h.headName} · ${h.householdNo}` }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item name="measureType" label={t('assistance.measure.type')} rules={required(t('assistance.measure.type'))}>
              <Select showSearch optionFilterProp="label" options={codes.options('measureType').filter((o) => measureTypes.has(o.value) && !measureTypeRule(o.value).isPerMember)} />
            </Form.Item>
            <Space wrap>
              <Form.Item name="startDate" label={t('assistance.measure.startDate')} rules={required(t('assistance.measure.startDate'))}><Input type="date" /></Form.Item>
              <Form.Item name="endDate" label={t('assistance.measure.endDate')}><Input type="date" /></Form.Item>
              <Form.Item name="status" label={t('assistance.measure.status')}><Select className="assistance-bulk__status" options={codes.options('measureStatus')} /></Form.Item>
            </Space>
            <Form.Item name="form" label={t('assistance.measure.form')}>
              <Radio.Group optionType="button" options={[{ value: 'money', label: t('assistance.measure.money') }, { value: 'kind', label: t('assistance.measure.kind') }]} />
            </Form.Item>
            {kind === 'money'
              ? <Form.Item name="amountYuan" label={t('assistance.measure.amount')} rules={[yuanRule(t)]}><Input inputMode="decimal" placeholder="0.00" /></Form.Item>
              : <Form.Item name="inKind" label={t('assistance.measure.inKind')} rules={required(t('assistance.measure.inKind'))}><Input maxLength={200} /></Form.Item>}
            <Space wrap>
              <Form.Item name="fundingSource" label={t('assistance.measure.fundingSource')}><Select allowClear className="assistance-bulk__select" options={codes.options('measureFundingSource')} /></Form.Item>
              <Form.Item name="providerKind" label={t('assistance.measure.providerKind')}><Select allowClear className="assistance-bulk__select" options={codes.options('measureProviderKind')} /></Form.Item>
              <Form.Item name="providerName" label={t('assistance.measure.providerName')}><Input maxLength={100} /></Form.Item>
            </Space>
            <Button type="primary" htmlType="submit" loading={saving} disabled={!villageCode}>{t('assistance.bulk.submit')}</Button>
          </Col>
        </Row>
      </Form>
    </section>
  );
}
