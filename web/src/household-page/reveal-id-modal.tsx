import { useMutation } from '@tanstack/react-query';
import { Alert, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/api-client.ts';
import { problemMessage } from '../api/problem-message.ts';
import { useLanguage } from '../i18n/use-language.ts';
import type { Member } from './household.queries.ts';

const REASON_MIN = 2;
const REASON_MAX = 200;

/** Asks why the user needs to see a member's ID number; the server records the reason in the audit log. */
export function RevealIdModal({ member, onRevealed, onClose }: { member: Member | null; onRevealed: (memberId: number, idNumber: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [form] = Form.useForm<{ reason: string }>();
  const reveal = useMutation({
    mutationFn: ({ memberId, reason }: { memberId: number; reason: string }) =>
      unwrap(api.POST('/api/v1/members/{id}/reveal', { params: { path: { id: memberId } }, body: { reason } })),
    onSuccess: (answer) => {
      onRevealed(answer.memberId, answer.idNumber);
      form.resetFields();
      onClose();
    },
  });
  const close = () => {
    reveal.reset();
    form.resetFields();
    onClose();
  };
  return (
    <Modal
      open={member !== null}
      title={t('householdPage.reveal.title', { name: member?.name ?? '' })}
      okText={t('householdPage.reveal.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={reveal.isPending}
      onOk={() => void form.submit()}
      onCancel={close}
      destroyOnHidden
    >
      <p className="modal-note">{t('householdPage.reveal.note')}</p>
      <Form form={form} layout="vertical" name="revealId" onFinish={({ reason }) => member && reveal.mutate({ memberId: member.id, reason: reason.trim() })}>
        <Form.Item name="reason" label={t('householdPage.reveal.reason')}
          rules={[{ required: true, whitespace: true, message: t('householdPage.reveal.reasonRequired') },
            { min: REASON_MIN, message: t('householdPage.reveal.reasonTooShort', { min: REASON_MIN }) }]}>
          <Input.TextArea autoFocus rows={2} maxLength={REASON_MAX} showCount placeholder={t('householdPage.reveal.reasonPlaceholder')} />
        </Form.Item>
      </Form>
      {reveal.isError && <Alert type="error" showIcon title={problemMessage(reveal.error, t, language)} />}
    </Modal>
  );
}
