import { Checkbox, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import type { FormInstance, FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useCodes } from '../codes/use-codes.ts';
import { checkOtherCauses, MAX_OTHER_CAUSES } from './cause-rules.ts';
import { type FieldKey, useFieldLabel } from './field-label.ts';
import { requiredRule } from './form-rules.ts';
import { HOUSEHOLD_FLAGS, LAND_FIELDS } from './household-form-values.ts';
import { VillagePicker } from './village-picker.tsx';

const FIRST_YEAR = 1949;

function yearRules(t: TFunction): FormRule[] {
  const thisYear = new Date().getFullYear();
  return [{ type: 'number', min: FIRST_YEAR, max: thisYear, message: t('householdForm.yearRange', { min: FIRST_YEAR, max: thisYear }) }];
}

function otherCausesRule(form: FormInstance, t: TFunction): FormRule {
  return {
    validator: async (_rule, others: string[] | undefined) => {
      const issue = checkOtherCauses(form.getFieldValue('mainCause'), others);
      if (issue) throw new Error(t(`householdForm.causes.${issue}`, { max: MAX_OTHER_CAUSES }));
    },
  };
}

function yearExitedRule(form: FormInstance, t: TFunction): FormRule {
  return {
    validator: async (_rule, exited: number | null | undefined) => {
      const identified: number | null | undefined = form.getFieldValue('yearIdentified');
      if (exited && identified && exited < identified) throw new Error(t('householdForm.exitBeforeIdentified'));
    },
  };
}

/** A household's own fields, in the three groups a cadre fills them in. */
export function HouseholdFields({ form, bankAccountOnFile }: { form: FormInstance; bankAccountOnFile?: string | null }) {
  const { t } = useTranslation();
  const f = useFieldLabel();
  const codes = useCodes();
  const mainCause = Form.useWatch<string | null | undefined>('mainCause', form);
  const col = { xs: 24, sm: 12, lg: 8 } as const;
  const text = (key: FieldKey, max: number, rules: FormRule[] = [], inputMode?: 'tel' | 'numeric') => (
    <Col {...col}><Form.Item name={key} label={f(key)} rules={rules}><Input maxLength={max} inputMode={inputMode} /></Form.Item></Col>
  );
  const select = (key: FieldKey, list: string, rules: FormRule[] = [], allowClear = false) => (
    <Col {...col}><Form.Item name={key} label={f(key)} rules={rules}>
      <Select options={codes.options(list)} allowClear={allowClear} placeholder={t('householdForm.choose')} />
    </Form.Item></Col>
  );
  const number = (key: FieldKey, options: { min: number; max: number; precision: number; rules?: FormRule[]; suffix?: string; dependencies?: string[]; lg?: number }) => (
    <Col xs={12} sm={12} lg={options.lg ?? 6}>
      <Form.Item name={key} label={f(key)} rules={options.rules} dependencies={options.dependencies}>
        <InputNumber min={options.min} max={options.max} precision={options.precision} className="full-width" suffix={options.suffix} />
      </Form.Item>
    </Col>
  );

  return (
    <>
      <fieldset className="form-section">
        <legend className="form-section__title">{t('householdForm.sections.basics')}</legend>
        <Row gutter={[16, 0]}>
          <Col {...col}>
            <Form.Item name="villageCode" label={f('villageCode')} rules={[requiredRule(t, f('villageCode'))]}>
              <VillagePicker />
            </Form.Item>
          </Col>
          {text('householdNo', 40, [requiredRule(t, f('householdNo')), { pattern: /^[0-9A-Za-z-]{1,40}$/, message: t('householdForm.householdNoInvalid') }], 'numeric')}
          {text('villageGroup', 50)}
          {text('address', 200)}
          {text('phone', 20, [{ pattern: /^[0-9+\- ]{5,20}$/, message: t('householdForm.phoneInvalid') }], 'tel')}
          <Col {...col}>
            <Form.Item name="bankAccount" label={f('bankAccount')} rules={[{ pattern: /^[\d\s]{6,40}$/, message: t('householdForm.bankAccountInvalid') }]}
              extra={bankAccountOnFile ? t('householdForm.bankAccountOnFile', { masked: bankAccountOnFile }) : undefined}>
              <Input maxLength={40} inputMode="numeric" autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
      </fieldset>
      <fieldset className="form-section">
        <legend className="form-section__title">{t('householdForm.sections.standing')}</legend>
        <Row gutter={[16, 0]}>
          {select('householdType', 'householdType', [requiredRule(t, f('householdType'))])}
          {select('povertyStatus', 'povertyStatus', [requiredRule(t, f('povertyStatus'))])}
          {select('identificationStandard', 'identificationStandard')}
          {number('yearIdentified', { min: FIRST_YEAR, max: 2100, precision: 0, rules: yearRules(t), lg: 4 })}
          {number('yearExited', { min: FIRST_YEAR, max: 2100, precision: 0, rules: [...yearRules(t), yearExitedRule(form, t)], dependencies: ['yearIdentified'], lg: 4 })}
          {select('mainCause', 'povertyCause', [], true)}
          <Col xs={24} sm={12} lg={8}>
            <Form.Item name="otherCauses" label={f('otherCauses')} dependencies={['mainCause']} rules={[otherCausesRule(form, t)]}
              extra={t('householdForm.causes.hint', { max: MAX_OTHER_CAUSES })}>
              <Select mode="multiple" maxCount={MAX_OTHER_CAUSES} allowClear placeholder={t('householdForm.choose')}
                options={codes.options('povertyCause').map((o) => ({ ...o, disabled: o.value === mainCause }))} />
            </Form.Item>
          </Col>
        </Row>
      </fieldset>
      <fieldset className="form-section">
        <legend className="form-section__title">{t('householdForm.sections.conditions')}</legend>
        <Row gutter={[16, 0]}>
          {LAND_FIELDS.map((key) => <Fragment key={key}>{number(key, { min: 0, max: 100_000, precision: 2, suffix: t('householdForm.muUnit') })}</Fragment>)}
          {select('housingGrade', 'housingGrade', [], true)}
          {number('housingRenovatedYear', { min: FIRST_YEAR, max: 2100, precision: 0, rules: yearRules(t) })}
          {number('roadDistanceKm', { min: 0, max: 1000, precision: 1, suffix: t('householdForm.kmUnit') })}
          {select('relocationKind', 'relocationKind')}
          {text('relocationPlace', 200)}
          <Col span={24} className="form-section__flags">
            {HOUSEHOLD_FLAGS.map((key) => (
              <Form.Item key={key} name={key} valuePropName="checked" noStyle><Checkbox>{f(key)}</Checkbox></Form.Item>
            ))}
          </Col>
        </Row>
      </fieldset>
    </>
  );
}
