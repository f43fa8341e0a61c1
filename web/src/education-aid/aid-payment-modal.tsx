import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { yuanRule } from '../household-form/form-rules.ts';
import { yuanToFen } from '../household-form/member-form-values.ts';
import { fenToYuanText } from '../household-form/yuan.ts';
import { useModalSave } from '../household-page/use-modal-save.ts';
import { useCodes } from '../codes/use-codes.ts';
import { EDUCATION_AID_KEY, recordAidPayment, type StudentAid } from './education-aid.api.ts';

export interface PaymentTarget { student: StudentAid; item: string; missing: number }
interface Values { amount: string; paidOn: Dayjs; fundingSource?: string }

/** Records aid paid to a student for one item, the missing amount filled in. */
export function AidPaymentModal({ target, year, onClose }: { target: PaymentTarget | null; year: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const codes = useCodes();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const save = useModalSave(form, {
    save: (v: Values) => {
      if (!target) throw new Error('no student chosen');
      return recordAidPayment({
        memberId: target.student.memberId, schoolYear: year, item: target.item as AidPaymentItem, amount: yuanToFen(v.amount),
        paidOn: v.paidOn.format('YYYY-MM-DD'), fundingSource: v.fundingSource?.trim() ? v.fundingSource.trim() : null,
      });
    },
    onSaved: async () => {
      await queryClient.invalidateQueries({ queryKey: EDUCATION_AID_KEY });
      void message.success(t('programmes.saved'));
    },
    onClose: () => { form.resetFields(); onClose(); },
  });
  return (
    <Modal open={target !== null} destroyOnHidden title={target ? t('educationAid.payTitle', { name: target.student.memberName }) : ''}
      okText={t('programmes.save')} cancelText={t('programmes.cancel')} confirmLoading={save.isSaving} onOk={() => form.submit()} onCancel={save.close}>
      {save.general && <Alert type="error" showIcon message={save.general} />}
      {target && <p>{codes.label('educationAidItem', target.item)}</p>}
      <Form<Values> form={form} layout="vertical" className="programme-form" onFinish={save.submit}
        initialValues={{ amount: target ? fenToYuanText(target.missing) : '' }}>
        <Form.Item name="amount" label={t('programmes.amountYuan')} rules={[{ required: true }, yuanRule(t)]}><Input inputMode="decimal" /></Form.Item>
        <Form.Item name="paidOn" label={t('educationAid.paidOn')} rules={[{ required: true }]}><DatePicker className="full-width" /></Form.Item>
        <Form.Item name="fundingSource" label={t('educationAid.funding')}><Input maxLength={100} /></Form.Item>
      </Form>
    </Modal>
  );
}

type AidPaymentItem = Parameters<typeof recordAidPayment>[0]['item'];
