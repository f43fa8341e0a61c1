import { Button, Form, Input, Select, Space } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useCodes } from '../codes/use-codes.ts';
import type { UserListState } from './user-query.ts';
import type { Role } from './users.api.ts';

interface FilterValues {
  q?: string;
  role?: Role | null;
}

/**
 * Role and text narrow the list at once; the region is the one chosen in the region panel
 * (users of its whole subtree), named here so the user knows what they are looking at.
 */
export function UserFilters({ state, regionName, onApply }: { state: UserListState; regionName: string; onApply: (change: Pick<UserListState, 'q' | 'role'>) => void }) {
  const { t } = useTranslation();
  const codes = useCodes();
  const [form] = Form.useForm<FilterValues>();
  useEffect(() => {
    form.setFieldsValue({ q: state.q ?? '', role: state.role ?? null });
  }, [state.q, state.role, form]);
  const apply = () => {
    const values = form.getFieldsValue();
    onApply({ q: values.q?.trim() || undefined, role: values.role ?? undefined });
  };
  return (
    <Form<FilterValues> form={form} name="userFilters" layout="vertical" className="filter-form user-filters" onFinish={apply} aria-label={t('userAdmin.filters')}>
      <Space wrap align="end" size={[16, 0]}>
        <Form.Item label={t('userAdmin.region')}>
          <span className="user-filters__region">{regionName}</span>
        </Form.Item>
        <Form.Item name="role" label={t('userAdmin.role')}>
          <Select className="user-filters__role" allowClear placeholder={t('userAdmin.anyValue')} options={codes.options('role')} onChange={apply} />
        </Form.Item>
        <Form.Item name="q" label={t('userAdmin.q')}>
          <Input.Search className="user-filters__q" allowClear placeholder={t('userAdmin.qPlaceholder')} maxLength={50} onSearch={apply} />
        </Form.Item>
        <Form.Item>
          <Button disabled={!state.q && !state.role} onClick={() => { form.resetFields(); onApply({ q: undefined, role: undefined }); }}>{t('common.reset')}</Button>
        </Form.Item>
      </Space>
    </Form>
  );
}
