import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useCodes } from '../codes/use-codes.ts';
import { yuanRule } from '../household-form/form-rules.ts';
import { yuanToFen } from '../household-form/member-form-values.ts';
import { useModalSave } from '../household-page/use-modal-save.ts';
import { applyForMicroloan, MICROLOANS_KEY, type MicroloanApplication } from './microloans.api.ts';

export interface Borrower { householdId: number; memberId: number; memberName: string }
interface Values { principal: string; termMonths: number; ratePercent: number; repaymentMethod: MicroloanApplication['repaymentMethod']; purpose: string; lender: string; appliedOn: Dayjs }

/** A microloan application for a borrower; above the cap or term in force the server refuses it, naming the field. */
export function MicroloanApplyModal({ borrower, onClose }: { borrower: Borrower | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const codes = useCodes();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const save = useModalSave(form, {
    save: (v: Values) => {
      if (!borrower) throw new Error('no borrower chosen');
      return applyForMicroloan(borrower.householdId, {
        memberId: borrower.memberId, principal: yuanToFen(v.principal), termMonths: v.termMonths, annualRateBasisPoints: Math.round(v.ratePercent * 100),
        repaymentMethod: v.repaymentMethod, purpose: v.purpose, lender: v.lender, appliedOn: v.appliedOn.format('YYYY-MM-DD'),
      });
    },
    onSaved: async () => { await queryClient.invalidateQueries({ queryKey: MICROLOANS_KEY }); void message.success(t('programmes.saved')); },
    onClose: () => { form.resetFields(); onClose(); },
  });
  return (
    <Modal open={borrower !== null} destroyOnHidden title={borrower ? `${t('microloans.applyTitle')}：${borrower.memberName}` : ''} okText={t('programmes.save')}
      cancelText={t('programmes.cancel')} confirmLoading={save.isSaving} onOk={() => form.submit()} onCancel={save.close}>
      {save.general && <Alert type="error" showIcon message={save.general} />}
      <Form<Values> form={form} layout="vertical" className="programme-form" onFinish={save.submit} initialValues={{ termMonths: 36, ratePercent: 3.45, repaymentMethod: 'principalAtMaturity' }}>
        <Form.Item name="principal" label={t('microloans.principalYuan')} rules={[{ required: true }, yuanRule(t)]}><Input inputMode="decimal" /></Form.Item>
        <Form.Item name="termMonths" label={t('microloans.term')} rules={[{ required: true }]}><InputNumber min={1} max={240} precision={0} className="full-width" /></Form.Item>
        <Form.Item name="ratePercent" label={t('microloans.ratePercent')} rules={[{ required: true }]}><InputNumber min={0} max={20} step={0.05} className="full-width" /></Form.Item>
        <Form.Item name="repaymentMethod" label={t('microloans.method')}><Select options={codes.options('microloanRepaymentMethod')} /></Form.Item>
        <Form.Item name="purpose" label={t('microloans.purpose')} rules={[{ required: true }]}><Input maxLength={200} /></Form.Item>
        <Form.Item name="lender" label={t('microloans.lender')} rules={[{ required: true }]}><Input maxLength={100} /></Form.Item>
        <Form.Item name="appliedOn" label={t('microloans.appliedOn')} rules={[{ required: true }]}><DatePicker className="full-width" /></Form.Item>
      </Form>
    </Modal>
  );
}
