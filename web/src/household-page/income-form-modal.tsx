import { nationalIncomeYardstick } from '@fupin/core';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/api-client.ts';
import { useCodes } from '../codes/use-codes.ts';
import { type FieldKey, useFieldLabel } from '../household-form/field-label.ts';
import { yuanRule } from '../household-form/form-rules.ts';
import { type Household, type Income, refreshHousehold } from './household.queries.ts';
import { useModalSave } from './use-modal-save.ts';
import { EXPENSE_ITEMS, emptyIncome, INCOME_ITEMS, type IncomeFormValues, incomeToFormValues, toIncomeInput, TRANSFER_ITEM_KEYS } from './income-form-values.ts';
import { IncomePreview } from './income-preview.tsx';

/** The server takes incomes from 2013 (the first year of the roll) to this year. */
const FIRST_INCOME_YEAR = 2013;

export interface IncomeFormTarget {
  income?: Income;
}

/** Records (or corrects) a year's income in yuan; the per-capita figure is shown before saving. */
export function IncomeFormModal({ household, incomes, target, onClose }: { household: Household; incomes: readonly Income[]; target: IncomeFormTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const codes = useCodes();
  const f = useFieldLabel();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<IncomeFormValues>();
  const thisYear = new Date().getFullYear();
  const years = useMemo(() => Array.from({ length: thisYear - FIRST_INCOME_YEAR + 1 }, (_v, i) => thisYear - i), [thisYear]);
  const year = Form.useWatch('year', form);
  const isReplacing = incomes.some((i) => i.year === year);

  const save = useModalSave(form, {
    save: (values: IncomeFormValues) => unwrap(api.PUT('/api/v1/households/{householdId}/incomes/{year}', {
      params: { path: { householdId: household.id, year: values.year ?? thisYear } }, body: toIncomeInput(values),
    })),
    onSaved: async (saved) => {
      await refreshHousehold(queryClient, household.id);
      void message.success(t('householdPage.incomes.saved', { year: saved.year }));
    },
    onClose,
  });
  const { general, close } = save;
  const amount = (name: (string | number)[], key: FieldKey) => (
    <Col xs={24} sm={12} md={8} key={name.join('.')}>
      <Form.Item name={name} label={t('householdForm.inYuan', { field: f(key) })} rules={[yuanRule(t)]}>
        <Input inputMode="decimal" placeholder="0.00" autoComplete="off" />
      </Form.Item>
    </Col>
  );

  return (
    <Modal open={target !== null} title={t('householdPage.incomes.formTitle')} okText={t('common.save')} cancelText={t('common.cancel')}
      confirmLoading={save.isSaving} onOk={() => void form.submit()} onCancel={close} width={880} destroyOnHidden>
      <Form<IncomeFormValues> form={form} name="income" layout="vertical" preserve={false}
        initialValues={target?.income ? incomeToFormValues(target.income) : emptyIncome(thisYear, household.memberCount)}
        onValuesChange={(changed: Partial<IncomeFormValues>) => {
          // Choosing a year already recorded brings its figures in to correct them.
          const recorded = changed.year === undefined ? undefined : incomes.find((i) => i.year === changed.year);
          if (recorded) form.setFieldsValue(incomeToFormValues(recorded));
        }}
        onFinish={save.submit}>
        <Row gutter={[16, 0]}>
          <Col xs={12} sm={8}>
            <Form.Item name="year" label={f('year')} rules={[{ required: true, message: t('householdForm.required', { field: f('year') }) }]}
              extra={isReplacing ? t('householdPage.incomes.replaces') : undefined}>
              <Select options={years.map((y) => ({ value: y, label: String(y) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="householdSize" label={f('householdSize')} rules={[{ required: true, message: t('householdForm.required', { field: f('householdSize') }) }]}>
              <InputNumber min={1} max={50} precision={0} className="full-width" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="source" label={f('source')}>
              <Select options={codes.options('recordSource').filter((o) => o.value !== 'demo')} />
            </Form.Item>
          </Col>
        </Row>
        <fieldset className="form-section form-section--plain">
          <legend className="form-section__title">{t('householdPage.incomes.items')}</legend>
          <Row gutter={[16, 0]}>{INCOME_ITEMS.map((key) => amount([key], key))}</Row>
        </fieldset>
        <fieldset className="form-section form-section--plain">
          <legend className="form-section__title">{f('transferIncome')}</legend>
          <Row gutter={[16, 0]}>{TRANSFER_ITEM_KEYS.map((key) => amount(['transferItems', key], key))}</Row>
        </fieldset>
        <fieldset className="form-section form-section--plain">
          <legend className="form-section__title">{t('householdPage.incomes.expenses')}</legend>
          <Row gutter={[16, 0]}>{EXPENSE_ITEMS.map((key) => amount([key], key))}</Row>
        </fieldset>
        <IncomePreview form={form} yardstickOf={nationalIncomeYardstick} />
      </Form>
      {general && <Alert type="error" showIcon role="alert" title={general} />}
    </Modal>
  );
}
