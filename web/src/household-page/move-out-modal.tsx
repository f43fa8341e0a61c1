import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/api-client.ts';
import { useFieldLabel } from '../household-form/field-label.ts';
import { notAfterTodayRule } from '../household-form/form-rules.ts';
import { localToday } from '../household-form/id-number-check.ts';
import { type Household, type Member, refreshHousehold } from './household.queries.ts';
import { useModalSave } from './use-modal-save.ts';

interface MoveOutValues {
  movedOutOn: string;
  reason: string;
  newHeadMemberId?: number;
}

/** Records that a member left the household (marriage, death, moving away); a leaving head names the next one. */
export function MoveOutModal({ household, member, onClose }: { household: Household; member: Member | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const f = useFieldLabel();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<MoveOutValues>();
  const remaining = household.members.filter((m) => m.id !== member?.id && !m.isDeceased);
  const needsNewHead = member?.relationToHead === 'self' && remaining.length > 0;
  const moveOut = useModalSave(form, {
    save: (values: MoveOutValues) => {
      if (!member || !values.movedOutOn) throw new RangeError('a member and a date are required');
      return unwrap(api.POST('/api/v1/members/{id}/move-out', {
        params: { path: { id: member.id } },
        body: { movedOutOn: values.movedOutOn, reason: values.reason.trim(), source: 'entry', ...(needsNewHead ? { newHeadMemberId: values.newHeadMemberId } : {}) },
      }));
    },
    onSaved: async () => {
      await refreshHousehold(queryClient, household.id);
      void message.success(t('householdPage.moveOut.done', { name: member?.name ?? '' }));
    },
    onClose,
  });
  const { general, close } = moveOut;
  return (
    <Modal open={member !== null} title={t('householdPage.moveOut.title', { name: member?.name ?? '' })} okText={t('householdPage.moveOut.submit')}
      okButtonProps={{ danger: true }} cancelText={t('common.cancel')} confirmLoading={moveOut.isSaving}
      onOk={() => void form.submit()} onCancel={close} destroyOnHidden>
      <p className="modal-note">{t('householdPage.moveOut.note')}</p>
      <Form<MoveOutValues> form={form} name="moveOut" layout="vertical" preserve={false}
        initialValues={{ movedOutOn: localToday(), reason: '' }}
        onFinish={moveOut.submit}>
        <Form.Item name="movedOutOn" label={f('movedOutOn')} rules={[{ required: true, message: t('householdForm.required', { field: f('movedOutOn') }) }, notAfterTodayRule(t)]}>
          <Input type="date" max={localToday()} />
        </Form.Item>
        <Form.Item name="reason" label={f('moveOutReason')} rules={[{ required: true, whitespace: true, min: 2, message: t('householdPage.moveOut.reasonRequired') }]}>
          <Input maxLength={200} placeholder={t('householdPage.moveOut.reasonPlaceholder')} />
        </Form.Item>
        {needsNewHead && (
          <Form.Item name="newHeadMemberId" label={t('householdPage.moveOut.newHead')} rules={[{ required: true, message: t('householdPage.moveOut.newHeadRequired') }]}>
            <Select options={remaining.map((m) => ({ value: m.id, label: m.name }))} placeholder={t('householdForm.choose')} />
          </Form.Item>
        )}
      </Form>
      {general && <Alert type="error" showIcon role="alert" title={general} />}
    </Modal>
  );
}
