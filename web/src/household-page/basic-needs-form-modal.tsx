import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Col, Form, Input, Modal, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/api-client.ts';
import type { components } from '../api/schema.gen.ts';
import { useCodes } from '../codes/use-codes.ts';
import { useFieldLabel } from '../household-form/field-label.ts';
import { notAfterTodayRule } from '../household-form/form-rules.ts';
import { localToday } from '../household-form/id-number-check.ts';
import { refreshHousehold } from './household.queries.ts';
import { useModalSave } from './use-modal-save.ts';

type Items = components['schemas']['BasicNeedsItems'];
type Source = components['schemas']['BasicNeedsCheckInput']['source'];
type Item = keyof Items;

export const BASIC_NEEDS_ITEMS: readonly Item[] = ['food', 'clothing', 'compulsoryEducation', 'medicalInsurance', 'housingSafety', 'drinkingWaterSafety'];

interface CheckValues {
  checkedOn: string;
  source: Source;
  items: Partial<Items>;
  evidence: Partial<Record<Item, string>>;
}

/** Reads the form into the API's check: every item judged, evidence only where some was written. */
function toCheckInput(v: CheckValues): components['schemas']['BasicNeedsCheckInput'] {
  const items = {} as Items;
  for (const item of BASIC_NEEDS_ITEMS) {
    const result = v.items[item];
    if (!result) throw new RangeError(`no result for ${item}`);
    items[item] = result;
  }
  const evidence: Partial<Record<Item, string>> = {};
  for (const item of BASIC_NEEDS_ITEMS) {
    const text = v.evidence[item]?.trim();
    if (text) evidence[item] = text;
  }
  return { checkedOn: v.checkedOn, items, evidence, source: v.source };
}

export function BasicNeedsFormModal({ householdId, isOpen, onClose }: { householdId: number; isOpen: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const codes = useCodes();
  const f = useFieldLabel();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<CheckValues>();
  const save = useModalSave(form, {
    save: (values: CheckValues) => unwrap(api.POST('/api/v1/households/{householdId}/basic-needs-checks', { params: { path: { householdId } }, body: toCheckInput(values) })),
    onSaved: async () => {
      await refreshHousehold(queryClient, householdId);
      void message.success(t('householdPage.checks.saved'));
    },
    onClose,
  });
  const { general, close } = save;
  const results = codes.options('basicNeedsResult');
  return (
    <Modal open={isOpen} title={t('householdPage.checks.formTitle')} okText={t('common.save')} cancelText={t('common.cancel')}
      confirmLoading={save.isSaving} onOk={() => void form.submit()} onCancel={close} width={760} destroyOnHidden>
      <Form<CheckValues> form={form} name="basicNeedsCheck" layout="vertical" preserve={false}
        initialValues={{ checkedOn: localToday(), source: 'visit', items: {}, evidence: {} }}
        onFinish={save.submit}>
        <Row gutter={[16, 0]}>
          <Col xs={24} sm={12}>
            <Form.Item name="checkedOn" label={f('checkedOn')} rules={[{ required: true, message: t('householdForm.required', { field: f('checkedOn') }) }, notAfterTodayRule(t)]}>
              <Input type="date" max={localToday()} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="source" label={f('source')}>
              <Select options={codes.options('recordSource').filter((o) => o.value !== 'demo')} />
            </Form.Item>
          </Col>
        </Row>
        {BASIC_NEEDS_ITEMS.map((item) => (
          <Row gutter={[16, 0]} key={item} className="check-form__item">
            <Col xs={24} md={12}>
              <Form.Item name={['items', item]} label={codes.label('basicNeedsItem', item)}
                rules={[{ required: true, message: t('householdPage.checks.resultRequired') }]}>
                <Radio.Group options={results} optionType="button" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name={['evidence', item]} label={t('householdPage.checks.evidenceFor', { item: codes.label('basicNeedsItem', item) })}>
                <Input maxLength={500} placeholder={t('householdPage.checks.evidencePlaceholder')} />
              </Form.Item>
            </Col>
          </Row>
        ))}
      </Form>
      {general && <Alert type="error" showIcon role="alert" title={general} />}
    </Modal>
  );
}
