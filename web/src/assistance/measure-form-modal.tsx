import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Col, Form, Input, Modal, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCodes } from '../codes/use-codes.ts';
import { yuanRule } from '../household-form/form-rules.ts';
import { useModalSave } from '../household-page/use-modal-save.ts';
import { recordMeasure, refreshAssistance } from './assistance.api.ts';
import { type MeasureFormValues, toMeasureInput } from './measure-form-values.ts';

export interface MeasureMember { id: number; name: string }

const today = () => new Date().toISOString().slice(0, 10);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Records one measure for a household: type, member, date or period, money or kind, source, provider. */
export function MeasureFormModal({ householdId, members, open, initialType, onClose }: {
  householdId: number; members: readonly MeasureMember[]; open: boolean; initialType?: string | undefined; onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const codes = useCodes();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<MeasureFormValues>();
  const kind = Form.useWatch('form', form) ?? 'money';
  const save = useModalSave(form, {
    save: (values: MeasureFormValues) => recordMeasure(householdId, toMeasureInput(values)),
    onSaved: async () => {
      await refreshAssistance(queryClient, householdId);
      void message.success(t('assistance.measure.saved'));
    },
    onClose,
  });
  const required = (field: string) => ({ required: true, message: t('assistance.required', { field }) });
  const dateRule = { pattern: DATE, message: t('assistance.dateFormat') };

  return (
    <Modal open={open} title={t('assistance.measure.formTitle')} okText={t('common.save')} cancelText={t('common.cancel')}
      confirmLoading={save.isSaving} onOk={() => void form.submit()} onCancel={save.close} width={720} destroyOnHidden>
      <Form<MeasureFormValues> form={form} name="measure" layout="vertical" preserve={false}
        initialValues={{ measureType: initialType, startDate: today(), form: 'money', status: 'inProgress' }} onFinish={save.submit}>
        {save.general && <Alert type="error" showIcon message={save.general} className="form-alert" />}
        <Row gutter={[16, 0]}>
          <Col xs={24} sm={12}>
            <Form.Item name="measureType" label={t('assistance.measure.type')} rules={[required(t('assistance.measure.type'))]}>
              <Select showSearch optionFilterProp="label" options={codes.options('measureType')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="memberId" label={t('assistance.measure.member')} extra={t('assistance.measure.memberHint')}>
              <Select allowClear options={members.map((m) => ({ value: m.id, label: m.name }))} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="startDate" label={t('assistance.measure.startDate')} rules={[required(t('assistance.measure.startDate')), dateRule]}>
              <Input type="date" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="endDate" label={t('assistance.measure.endDate')} rules={[dateRule]}>
              <Input type="date" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="status" label={t('assistance.measure.status')}>
              <Select options={codes.options('measureStatus')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="form" label={t('assistance.measure.form')}>
              <Radio.Group optionType="button" options={[{ value: 'money', label: t('assistance.measure.money') }, { value: 'kind', label: t('assistance.measure.kind') }]} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            {kind === 'money' ? (
              <Form.Item name="amountYuan" label={t('assistance.measure.amount')} rules={[yuanRule(t)]}>
                <Input inputMode="decimal" placeholder="0.00" autoComplete="off" />
              </Form.Item>
            ) : (
              <Form.Item name="inKind" label={t('assistance.measure.inKind')} rules={[required(t('assistance.measure.inKind'))]}>
                <Input maxLength={200} />
              </Form.Item>
            )}
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="fundingSource" label={t('assistance.measure.fundingSource')}>
              <Select allowClear options={codes.options('measureFundingSource')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="providerKind" label={t('assistance.measure.providerKind')}>
              <Select allowClear options={codes.options('measureProviderKind')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="providerName" label={t('assistance.measure.providerName')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="outcome" label={t('assistance.measure.outcome')}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
