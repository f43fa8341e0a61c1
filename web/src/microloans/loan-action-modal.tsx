import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { yuanRule } from '../household-form/form-rules.ts';
import { yuanToFen } from '../household-form/member-form-values.ts';
import { useModalSave } from '../household-page/use-modal-save.ts';
import { decideMicroloan, disburseMicroloan, MICROLOANS_KEY, repayMicroloan, type Microloan } from './microloans.api.ts';

export type LoanAction = 'refuse' | 'disburse' | 'repay';
interface Values { reason?: string; date?: Dayjs; principal?: string; interest?: string }

/** Refusing (with its reason), disbursing (with its date) or recording a repayment of one loan. */
export function LoanActionModal({ loan, action, onClose }: { loan: Microloan | null; action: LoanAction; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const save = useModalSave(form, {
    save: (v: Values) => {
      if (!loan) throw new Error('no loan chosen');
      const day = v.date?.format('YYYY-MM-DD') ?? '';
      if (action === 'refuse') return decideMicroloan(loan.id, false, v.reason?.trim() ?? '');
      if (action === 'disburse') return disburseMicroloan(loan.id, day);
      return repayMicroloan(loan.id, { paidOn: day, principal: yuanToFen(v.principal), interest: yuanToFen(v.interest) });
    },
    onSaved: async () => {
      await queryClient.invalidateQueries({ queryKey: MICROLOANS_KEY });
      void message.success(t('programmes.saved'));
    },
    onClose: () => { form.resetFields(); onClose(); },
  });
  const title = { refuse: t('microloans.refuse'), disburse: t('microloans.disburse'), repay: t('microloans.repay') }[action];
  return (
    <Modal open={loan !== null} destroyOnHidden title={loan ? `${title}：${loan.memberName}` : ''} okText={t('programmes.save')} cancelText={t('programmes.cancel')}
      confirmLoading={save.isSaving} onOk={() => form.submit()} onCancel={save.close}>
      {save.general && <Alert type="error" showIcon message={save.general} />}
      <Form<Values> form={form} layout="vertical" className="programme-form" onFinish={save.submit}>
        {action === 'refuse' && (
          <Form.Item name="reason" label={t('microloans.refuseReason')} rules={[{ required: true }]}><Input.TextArea maxLength={500} rows={3} /></Form.Item>
        )}
        {action !== 'refuse' && (
          <Form.Item name="date" label={action === 'disburse' ? t('microloans.disbursedOn') : t('microloans.paidOn')} rules={[{ required: true }]}>
            <DatePicker className="full-width" />
          </Form.Item>
        )}
        {action === 'repay' && (
          <>
            <Form.Item name="principal" label={t('microloans.repayPrincipal')} rules={[yuanRule(t)]}><Input inputMode="decimal" /></Form.Item>
            <Form.Item name="interest" label={t('microloans.repayInterest')} rules={[yuanRule(t)]}><Input inputMode="decimal" /></Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
