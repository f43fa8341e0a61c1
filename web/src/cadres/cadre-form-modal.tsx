import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/api-client.ts';
import { useCurrentUser } from '../auth/session.ts';
import { useCodes } from '../codes/use-codes.ts';
import { useModalSave } from '../household-page/use-modal-save.ts';
import { type Cadre, type CadreInput, refreshCadres } from './cadres.api.ts';

type Values = Partial<Omit<CadreInput, 'level'>> & { level?: string };

/** Adds or changes a cadre; administrators can link the cadre to a user account for "my households". */
export function CadreFormModal({ open, cadre, regionCode, onClose }: { open: boolean; cadre: Cadre | null; regionCode: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const codes = useCodes();
  const queryClient = useQueryClient();
  const canLinkUsers = useCurrentUser().permissions.includes('users:manage');
  const users = useQuery({
    queryKey: ['users', 'pick', regionCode],
    queryFn: () => unwrap(api.GET('/api/v1/users', { params: { query: { regionCode, pageSize: 200 } } })),
    enabled: open && canLinkUsers,
  });
  const [form] = Form.useForm<Values>();
  const save = useModalSave(form, {
    save: (v: Values) => {
      const body: CadreInput = {
        name: v.name ?? '', unit: v.unit ?? '', level: (v.level ?? 'county') as CadreInput['level'],
        position: v.position || null, phone: v.phone || null, regionCode: v.regionCode ?? regionCode, userId: v.userId || null,
      };
      return cadre
        ? unwrap(api.PUT('/api/v1/cadres/{cadreId}', { params: { path: { cadreId: cadre.id } }, body }))
        : unwrap(api.POST('/api/v1/cadres', { body }));
    },
    onSaved: async () => {
      await refreshCadres(queryClient);
      void message.success(t('cadres.saved'));
    },
    onClose,
  });
  const required = (field: string) => [{ required: true, message: t('assistance.required', { field }) }];
  return (
    <Modal open={open} title={cadre ? t('cadres.edit') : t('cadres.add')} okText={t('common.save')} cancelText={t('common.cancel')}
      confirmLoading={save.isSaving} onOk={() => void form.submit()} onCancel={save.close} destroyOnHidden>
      <Form<Values> form={form} layout="vertical" preserve={false} onFinish={save.submit}
        initialValues={cadre ? { ...cadre, position: cadre.position ?? undefined, phone: cadre.phone ?? undefined, userId: cadre.userId ?? undefined } : { regionCode, level: 'county' }}>
        {save.general && <Alert type="error" showIcon message={save.general} className="form-alert" />}
        <Form.Item name="name" label={t('cadres.name')} rules={required(t('cadres.name'))}><Input maxLength={50} /></Form.Item>
        <Form.Item name="unit" label={t('cadres.unit')} rules={required(t('cadres.unit'))}><Input maxLength={100} /></Form.Item>
        <Form.Item name="level" label={t('cadres.level')}><Select options={codes.options('cadreLevel')} /></Form.Item>
        <Form.Item name="position" label={t('cadres.position')}><Input maxLength={100} /></Form.Item>
        <Form.Item name="phone" label={t('cadres.phone')}><Input inputMode="tel" maxLength={20} /></Form.Item>
        <Form.Item name="regionCode" label={t('cadres.regionCode')} rules={required(t('cadres.regionCode'))}><Input maxLength={12} /></Form.Item>
        {canLinkUsers && (
          <Form.Item name="userId" label={t('cadres.user')} extra={t('cadres.userHint')}>
            <Select allowClear showSearch optionFilterProp="label" loading={users.isPending}
              options={(users.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }))} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
