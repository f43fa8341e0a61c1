import { useMutation } from '@tanstack/react-query';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../api/problem-message.ts';
import { useCodes } from '../codes/use-codes.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { RegionPicker } from './region-picker.tsx';
import { userFormErrors } from './user-form-errors.ts';
import { USERNAME_PATTERN } from './user-state.ts';
import { createUser, type Department, type Role, updateUser, type User } from './users.api.ts';

interface UserFormValues {
  username?: string;
  displayName?: string;
  role?: Role;
  regionCode?: string;
  department?: Department;
}

export type UserFormResult = { kind: 'created'; user: User; generatedPassword?: string | undefined } | { kind: 'saved'; user: User };

/** The form to create a user (`user` absent) or to change one; server errors land on their fields. */
export function UserFormModal({ open, user, onClose, onDone }: {
  open: boolean;
  user?: User | undefined;
  onClose: () => void;
  onDone: (result: UserFormResult) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const codes = useCodes();
  const [form] = Form.useForm<UserFormValues>();
  const role = Form.useWatch('role', form);
  const [generalError, setGeneralError] = useState<string | null>(null);
  const isNew = !user;

  useEffect(() => {
    if (!open) return;
    setGeneralError(null);
    form.resetFields();
    if (user) form.setFieldsValue({ displayName: user.displayName, role: user.role, regionCode: user.regionCode, department: user.department ?? undefined });
  }, [open, user, form]);

  const save = useMutation({
    mutationFn: async (values: UserFormValues): Promise<UserFormResult> => {
      const department = values.role === 'departmentOfficer' ? values.department ?? null : null;
      const displayName = values.displayName?.trim() || undefined;
      if (user) {
        return { kind: 'saved', user: await updateUser(user.id, { displayName, role: values.role, regionCode: values.regionCode, department }) };
      }
      // The form's rules make these required; the server answers on the field if one is missing anyway.
      const created = await createUser({ username: values.username?.trim() ?? '', displayName, role: values.role as Role, regionCode: values.regionCode ?? '', department });
      return { kind: 'created', user: created.user, generatedPassword: created.generatedPassword };
    },
    onSuccess: onDone,
    onError: (error) => {
      const fields = userFormErrors(error, t, language);
      form.setFields(fields);
      setGeneralError(fields.length ? null : problemMessage(error, t, language));
    },
  });

  return (
    <Modal
      open={open}
      title={isNew ? t('userAdmin.createTitle') : t('userAdmin.editTitle', { name: user.displayName })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      mask={{ closable: false }}
      destroyOnHidden
      forceRender
    >
      {generalError && <Alert type="error" showIcon className="user-form__alert" title={generalError} />}
      <Form<UserFormValues> form={form} name="userForm" layout="vertical" onFinish={(values) => save.mutate(values)} className="user-form">
        {isNew && (
          <Form.Item name="username" label={t('userAdmin.username')} extra={t('userAdmin.usernameHint')}
            rules={[{ required: true, whitespace: true, message: t('userAdmin.usernameRequired') }, { pattern: USERNAME_PATTERN, message: t('userAdmin.usernameInvalid') }]}>
            <Input autoComplete="off" maxLength={64} />
          </Form.Item>
        )}
        <Form.Item name="displayName" label={t('userAdmin.displayName')}>
          <Input maxLength={50} placeholder={t('userAdmin.displayNamePlaceholder')} />
        </Form.Item>
        <Form.Item name="role" label={t('userAdmin.role')} rules={[{ required: true, message: t('userAdmin.roleRequired') }]}>
          <Select options={codes.options('role')} />
        </Form.Item>
        <Form.Item name="regionCode" label={t('userAdmin.region')} rules={[{ required: true, message: t('userAdmin.regionRequired') }]}>
          <RegionPicker placeholder={t('userAdmin.regionPlaceholder')} />
        </Form.Item>
        {role === 'departmentOfficer' && (
          <Form.Item name="department" label={t('userAdmin.department')} rules={[{ required: true, message: t('userAdmin.departmentRequired') }]}>
            <Select options={codes.options('department')} />
          </Form.Item>
        )}
        {isNew && <Alert type="info" showIcon title={t('userAdmin.passwordNote')} />}
      </Form>
    </Modal>
  );
}
