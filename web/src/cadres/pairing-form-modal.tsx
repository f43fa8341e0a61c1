import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/api-client.ts';
import { useModalSave } from '../household-page/use-modal-save.ts';
import { cadresQuery, householdOptionsQuery, refreshCadres } from './cadres.api.ts';

interface Values { cadreId?: string; householdId?: number; startDate?: string }

/** Pairs a cadre with a household; the cadre's load and its maximum are shown beside the name. */
export function PairingFormModal({ open, regionCode, onClose }: { open: boolean; regionCode: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [q, setQ] = useState('');
  const cadres = useQuery({ ...cadresQuery(regionCode), enabled: open });
  const households = useQuery({ ...householdOptionsQuery(regionCode, q), enabled: open });
  const [form] = Form.useForm<Values>();
  const save = useModalSave(form, {
    save: (v: Values) => unwrap(api.POST('/api/v1/pairings', { body: { cadreId: v.cadreId ?? '', householdId: v.householdId ?? 0, startDate: v.startDate ?? '', endDate: null } })),
    onSaved: async () => {
      await refreshCadres(queryClient);
      void message.success(t('cadres.pairingSaved'));
    },
    onClose,
  });
  return (
    <Modal open={open} title={t('cadres.addPairing')} okText={t('common.save')} cancelText={t('common.cancel')}
      confirmLoading={save.isSaving} onOk={() => void form.submit()} onCancel={save.close} destroyOnHidden>
      <Form<Values> form={form} layout="vertical" preserve={false} onFinish={save.submit} initialValues={{ startDate: new Date().toISOString().slice(0, 10) }}>
        {save.general && <Alert type="error" showIcon message={save.general} className="form-alert" />}
        <Form.Item name="cadreId" label={t('cadres.cadre')} rules={[{ required: true, message: t('assistance.required', { field: t('cadres.cadre') }) }]}>
          <Select showSearch optionFilterProp="label"
            options={(cadres.data ?? []).map((c) => ({ value: c.id, label: `${c.name} · ${c.unit} (${c.load}/${c.maxLoad})`, disabled: c.load >= c.maxLoad }))} />
        </Form.Item>
        <Form.Item name="householdId" label={t('cadres.household')} rules={[{ required: true, message: t('assistance.required', { field: t('cadres.household') }) }]}>
          <Select showSearch filterOption={false} onSearch={setQ} loading={households.isFetching}
            options={(households.data?.items ?? []).map((h) => ({ value: h.id, label: `${h.headName} · ${h.householdNo} · ${h.villageName ?? ''}` }))} />
        </Form.Item>
        <Form.Item name="startDate" label={t('cadres.startDate')} rules={[{ required: true, message: t('assistance.required', { field: t('cadres.startDate') }) }]}>
          <Input type="date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
