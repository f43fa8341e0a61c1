import { Checkbox, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import type { FormInstance, FormRule } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCodes } from '../codes/use-codes.ts';
import { type FieldKey, useFieldLabel } from './field-label.ts';
import { idNumberRules, notAfterTodayRule, requiredRule, yuanRule } from './form-rules.ts';
import { localToday } from './id-number-check.ts';
import { IdNumberFacts } from './id-number-facts.tsx';

const FLAGS = ['hasMedicalInsurance', 'hasPensionInsurance', 'hasCommercialInsurance', 'receivesDibao', 'receivesExtremePovertySupport', 'isOrphan', 'isDeceased'] as const;


export interface MemberFieldsProps {
  form: FormInstance;
  /** Where the member sits in the form: [] for a member form, ['members', 2] in a household's list. */
  path: (string | number)[];
  /** The same, relative to an enclosing Form.List ([2]), or the path itself outside one. */
  itemPath: (string | number)[];
  relationRule: FormRule;
  /** On edit the ID number on file is kept unless a new one is typed. */
  isIdOptional?: boolean;
  idPlaceholder?: string;
  extraIdRules?: FormRule[];
}

/** One member's fields: the ones every member needs first, the rest behind "more". */
export function MemberFields({ form, path, itemPath, relationRule, isIdOptional = false, idPlaceholder, extraIdRules = [] }: MemberFieldsProps) {
  const { t } = useTranslation();
  const f = useFieldLabel();
  const codes = useCodes();
  const [showMore, setShowMore] = useState(false);
  const name = (key: string) => [...itemPath, key];
  const id = (key: string) => ['member', ...path, key].join('-');
  // Yes, no, or cleared = not recorded (the aid rules then say what they assumed).
  const yesNo = (key: 'isBoarding' | 'studiesOutOfRegion') => (
    <Form.Item name={name(key)} label={f(key)} htmlFor={id(key)}>
      <Select id={id(key)} allowClear placeholder={t('householdForm.notRecorded')}
        options={[{ value: true, label: t('common.yes') }, { value: false, label: t('common.no') }]} />
    </Form.Item>
  );
  const select = (key: FieldKey, list: string, rules: FormRule[] = [], allowClear = false) => (
    <Form.Item name={name(key)} label={f(key)} rules={rules} htmlFor={id(key)}>
      <Select id={id(key)} options={codes.options(list)} allowClear={allowClear} placeholder={t('householdForm.choose')} />
    </Form.Item>
  );

  return (
    <div className="member-fields">
      <Row gutter={[16, 0]}>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item name={name('name')} label={f('name')} htmlFor={id('name')} rules={[{ required: true, whitespace: true, message: t('householdForm.required', { field: f('name') }) }]}>
            <Input id={id('name')} maxLength={50} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={8}>
          <Form.Item name={name('idNumber')} label={f('idNumber')} htmlFor={id('idNumber')} validateTrigger={['onChange', 'onBlur']}
            rules={[...idNumberRules(t, !isIdOptional), ...extraIdRules]} extra={<IdNumberFacts form={form} path={[...path, 'idNumber']} />}>
            <Input id={id('idNumber')} maxLength={22} autoComplete="off" inputMode="text" className="mono" placeholder={idPlaceholder ?? t('householdForm.id.placeholder')} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={5}>{select('relationToHead', 'relationToHead', [requiredRule(t, f('relationToHead')), relationRule])}</Col>
        <Col xs={24} sm={12} lg={5}>{select('laborCapacity', 'laborCapacity', [requiredRule(t, f('laborCapacity'))])}</Col>
        <Col xs={24} sm={12} lg={6}>{select('healthStatus', 'healthStatus')}</Col>
        <Col xs={24} sm={12} lg={6}>{select('schoolStatus', 'schoolStatus')}</Col>
        <Col xs={24} sm={12} lg={6}>{select('employmentKind', 'employmentKind')}</Col>
        <Col xs={24} sm={12} lg={6} className="member-fields__more">
          <button type="button" className="link-button" aria-expanded={showMore} onClick={() => setShowMore((s) => !s)}>
            {showMore ? t('householdForm.lessMemberFields') : t('householdForm.moreMemberFields')}
          </button>
        </Col>
      </Row>
      {/* Hidden, not removed: the values stay in the form either way. */}
      <div hidden={!showMore}>
      <Row gutter={[16, 0]}>
        <Col xs={24} sm={12} lg={6}>{select('ethnicity', 'ethnicity')}</Col>
        <Col xs={24} sm={12} lg={6}>{select('education', 'educationLevel', [], true)}</Col>
        <Col xs={12} sm={6} lg={3}>
          <Form.Item name={name('schoolGrade')} label={f('schoolGrade')} htmlFor={id('schoolGrade')}>
            <InputNumber id={id('schoolGrade')} min={1} max={12} precision={0} className="full-width" />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6} lg={3}>{select('disabilityGrade', 'disabilityGrade')}</Col>
        <Col xs={12} sm={6} lg={4}>{yesNo('isBoarding')}</Col>
        <Col xs={12} sm={6} lg={4}>
          <Form.Item name={name('universityEntryYear')} label={f('universityEntryYear')} htmlFor={id('universityEntryYear')}>
            <InputNumber id={id('universityEntryYear')} min={1950} max={2100} precision={0} className="full-width" />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6} lg={4}>{yesNo('studiesOutOfRegion')}</Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item name={name('employmentPlace')} label={f('employmentPlace')} htmlFor={id('employmentPlace')}>
            <Input id={id('employmentPlace')} maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6} lg={3}>
          <Form.Item name={name('employedMonths')} label={f('employedMonths')} htmlFor={id('employedMonths')}>
            <InputNumber id={id('employedMonths')} min={0} max={12} precision={0} className="full-width" />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6} lg={5}>
          <Form.Item name={name('employmentIncome')} label={t('householdForm.inYuan', { field: f('employmentIncome') })} htmlFor={id('employmentIncome')} rules={[yuanRule(t)]}>
            <Input id={id('employmentIncome')} inputMode="decimal" placeholder="0.00" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={5}>
          <Form.Item name={name('phone')} label={f('phone')} htmlFor={id('phone')} rules={[{ pattern: /^[0-9+\- ]{5,20}$/, message: t('householdForm.phoneInvalid') }]}>
            <Input id={id('phone')} inputMode="tel" maxLength={20} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={5}>
          <Form.Item name={name('movedInOn')} label={f('movedInOn')} htmlFor={id('movedInOn')} rules={[notAfterTodayRule(t)]} normalize={(v: string) => v || null}>
            <Input id={id('movedInOn')} type="date" max={localToday()} />
          </Form.Item>
        </Col>
        <Col span={24} className="member-fields__flags">
          {FLAGS.map((key) => (
            <Form.Item key={key} name={name(key)} valuePropName="checked" noStyle>
              <Checkbox>{f(key)}</Checkbox>
            </Form.Item>
          ))}
        </Col>
      </Row>
      </div>
    </div>
  );
}
