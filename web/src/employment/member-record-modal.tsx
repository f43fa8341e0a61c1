import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useCodes } from '../codes/use-codes.ts';
import { yuanRule } from '../household-form/form-rules.ts';
import { yuanToFen } from '../household-form/member-form-values.ts';
import { useModalSave } from '../household-page/use-modal-save.ts';
import { EMPLOYMENT_KEY, recordJob, recordPost, recordTraining, type JobInput, type TrainingInput } from './employment.api.ts';

export type RecordKind = 'job' | 'post' | 'training';
export interface RecordTarget { memberId: number; memberName: string; kind: RecordKind }

interface Values {
  kind?: string; employer?: string; place?: string; months?: number; income?: string;
  title?: string; duty?: string; allowance?: string; funding?: string; startedOn?: Dayjs; endedOn?: Dayjs | null;
  course?: string; provider?: string; hours?: number; hasCertificate?: boolean;
}

const day = (d: Dayjs | null | undefined) => d?.format('YYYY-MM-DD') ?? '';
const text = (s: string | undefined) => (s?.trim() ? s.trim() : null);

/** Records a job, a public welfare post or a training for one member; each also becomes a household measure. */
export function MemberRecordModal({ target, year, onClose }: { target: RecordTarget | null; year: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const codes = useCodes();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const save = useModalSave(form, {
    save: async (v: Values): Promise<unknown> => {
      if (!target) throw new Error('no member chosen');
      const memberId = target.memberId;
      if (target.kind === 'job') {
        return recordJob({ memberId, year, kind: (v.kind ?? '') as JobInput['kind'], employer: v.employer ?? '', place: text(v.place), months: v.months ?? 0, income: yuanToFen(v.income) });
      }
      if (target.kind === 'post') {
        return recordPost({ memberId, title: v.title ?? '', duty: text(v.duty), monthlyAllowance: yuanToFen(v.allowance), fundingSource: text(v.funding), startedOn: day(v.startedOn), endedOn: v.endedOn ? day(v.endedOn) : null });
      }
      return recordTraining({ memberId, kind: (v.kind ?? '') as TrainingInput['kind'], course: v.course ?? '', provider: v.provider ?? '', startedOn: day(v.startedOn), endedOn: day(v.endedOn), hours: v.hours ?? 0, hasCertificate: v.hasCertificate ?? false });
    },
    onSaved: async () => {
      await queryClient.invalidateQueries({ queryKey: EMPLOYMENT_KEY });
      void message.success(t('programmes.saved'));
    },
    onClose: () => { form.resetFields(); onClose(); },
  });
  const kind = target?.kind ?? 'job';
  const title = target ? { job: t('employment.job.formTitle', { name: target.memberName }), post: t('employment.post.formTitle', { name: target.memberName }), training: t('employment.training.formTitle', { name: target.memberName }) }[kind] : '';
  const required = [{ required: true }];
  return (
    <Modal open={target !== null} destroyOnHidden title={title} okText={t('programmes.save')} cancelText={t('programmes.cancel')}
      confirmLoading={save.isSaving} onOk={() => form.submit()} onCancel={save.close}>
      {save.general && <Alert type="error" showIcon message={save.general} />}
      <Form<Values> form={form} layout="vertical" className="programme-form" onFinish={save.submit}>
        {kind === 'job' && (
          <>
            <Form.Item name="kind" label={t('employment.job.kind')} rules={required}><Select options={codes.options('jobKind')} /></Form.Item>
            <Form.Item name="employer" label={t('employment.job.employer')} rules={required}><Input maxLength={100} /></Form.Item>
            <Form.Item name="place" label={t('employment.job.place')}><Input maxLength={100} /></Form.Item>
            <Form.Item name="months" label={t('employment.job.months')} rules={required}><InputNumber min={1} max={12} precision={0} className="full-width" /></Form.Item>
            <Form.Item name="income" label={t('employment.job.income')} rules={[...required, yuanRule(t)]}><Input inputMode="decimal" /></Form.Item>
          </>
        )}
        {kind === 'post' && (
          <>
            <Form.Item name="title" label={t('employment.post.title')} rules={required}><Input maxLength={100} /></Form.Item>
            <Form.Item name="duty" label={t('employment.post.duty')}><Input maxLength={200} /></Form.Item>
            <Form.Item name="allowance" label={t('employment.post.allowance')} rules={[...required, yuanRule(t)]}><Input inputMode="decimal" /></Form.Item>
            <Form.Item name="funding" label={t('employment.post.funding')}><Input maxLength={100} /></Form.Item>
            <Form.Item name="startedOn" label={t('programmes.startedOn')} rules={required}><DatePicker className="full-width" /></Form.Item>
            <Form.Item name="endedOn" label={t('programmes.endedOn')}><DatePicker className="full-width" /></Form.Item>
          </>
        )}
        {kind === 'training' && (
          <>
            <Form.Item name="kind" label={t('employment.training.kind')} rules={required}><Select options={codes.options('trainingKind')} /></Form.Item>
            <Form.Item name="course" label={t('employment.training.course')} rules={required}><Input maxLength={100} /></Form.Item>
            <Form.Item name="provider" label={t('employment.training.provider')} rules={required}><Input maxLength={100} /></Form.Item>
            <Form.Item name="startedOn" label={t('programmes.startedOn')} rules={required}><DatePicker className="full-width" /></Form.Item>
            <Form.Item name="endedOn" label={t('programmes.endedOn')} rules={required}><DatePicker className="full-width" /></Form.Item>
            <Form.Item name="hours" label={t('employment.training.hours')} rules={required}><InputNumber min={1} max={2000} precision={0} className="full-width" /></Form.Item>
            <Form.Item name="hasCertificate" valuePropName="checked"><Checkbox>{t('employment.training.certificate')}</Checkbox></Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
