import { FilterOutlined } from '@ant-design/icons';
import { Badge, Button, Col, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCodes } from '../codes/use-codes.ts';
import { type HouseholdFilters, hasFilters, ID_TAIL } from './household-query.ts';

interface FilterValues {
  q?: string;
  idTail?: string;
  povertyStatus?: string[];
  householdType?: string[];
  mainCause?: string[];
  yearIdentified?: number | null;
  yearExited?: number | null;
}

function toFilters(values: FilterValues): HouseholdFilters {
  const idTail = values.idTail?.trim().toUpperCase();
  return {
    q: values.q?.trim() || undefined,
    idTail: idTail && ID_TAIL.test(idTail) ? idTail : undefined,
    povertyStatus: values.povertyStatus ?? [],
    householdType: values.householdType ?? [],
    mainCause: values.mainCause ?? [],
    yearIdentified: values.yearIdentified ?? undefined,
    yearExited: values.yearExited ?? undefined,
  };
}

const CODE_FILTERS = [
  { name: 'povertyStatus', list: 'povertyStatus' },
  { name: 'householdType', list: 'householdType' },
  { name: 'mainCause', list: 'povertyCause' },
] as const;

/**
 * The filters a village or county user narrows the roll with; code lists apply at once, text on
 * Enter. On a phone only the search box shows until the user opens the rest.
 */
export function HouseholdFilterForm({ filters, onApply, isCompact }: { filters: HouseholdFilters; onApply: (filters: HouseholdFilters) => void; isCompact: boolean }) {
  const { t } = useTranslation();
  const codes = useCodes();
  const [form] = Form.useForm<FilterValues>();
  const [isOpen, setOpen] = useState(false);
  const showAll = !isCompact || isOpen;
  const otherFilterCount = [filters.idTail, filters.yearIdentified, filters.yearExited].filter(Boolean).length
    + [filters.povertyStatus, filters.householdType, filters.mainCause].filter((l) => l.length > 0).length;

  // The back button changes the address: the form follows it.
  useEffect(() => {
    form.setFieldsValue({ ...filters, yearIdentified: filters.yearIdentified ?? null, yearExited: filters.yearExited ?? null });
  }, [filters, form]);

  const apply = () => onApply(toFilters(form.getFieldsValue()));
  const yearInput = (name: 'yearIdentified' | 'yearExited') => (
    <Form.Item name={name} label={t(`households.col.${name}`)}>
      <InputNumber min={1949} max={2100} precision={0} controls={false} className="filter-form__year" onPressEnter={() => void form.submit()} />
    </Form.Item>
  );

  return (
    <Form<FilterValues> form={form} name="householdFilters" layout="vertical" className="filter-form" onFinish={apply}
      aria-label={t('households.filters')}>
      <Row gutter={[16, 0]}>
        <Col xs={24} sm={12} xl={6}>
          <Form.Item name="q" label={t('households.q')}>
            <Input allowClear placeholder={t('households.qPlaceholder')} maxLength={40} />
          </Form.Item>
        </Col>
        {showAll && <>
        <Col xs={12} sm={6} xl={3}>
          <Form.Item name="idTail" label={t('households.idTail')}
            rules={[{ pattern: ID_TAIL, message: t('households.idTailInvalid') }]}>
            <Input allowClear placeholder={t('households.idTailPlaceholder')} maxLength={4} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6} xl={3}>{yearInput('yearIdentified')}</Col>
        {CODE_FILTERS.map(({ name, list }) => (
          <Col xs={24} sm={12} xl={4} key={name}>
            <Form.Item name={name} label={t(`households.${name}`)}>
              <Select mode="multiple" allowClear maxTagCount="responsive" placeholder={t('households.anyValue')}
                options={codes.options(list)} onChange={apply} />
            </Form.Item>
          </Col>
        ))}
        <Col xs={12} sm={6} xl={3}>{yearInput('yearExited')}</Col>
        </>}
        <Col xs={24} sm={showAll ? 18 : 12} xl={21} className="filter-form__actions">
          <Space wrap>
            {isCompact && (
              <Badge count={otherFilterCount} size="small">
                <Button icon={<FilterOutlined />} aria-expanded={isOpen} onClick={() => setOpen((o) => !o)}>{t('households.moreFilters')}</Button>
              </Badge>
            )}
            <Button type="primary" htmlType="submit">{t('common.search')}</Button>
            <Button disabled={!hasFilters(filters)} onClick={() => { form.resetFields(); onApply(toFilters({})); }}>{t('common.reset')}</Button>
          </Space>
        </Col>
      </Row>
    </Form>
  );
}
