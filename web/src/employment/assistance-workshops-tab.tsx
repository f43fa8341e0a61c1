import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Drawer, Form, Input, Modal, Select, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../api/problem-message.ts';
import { LoadFailed } from '../app/page-states.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { yuanRule } from '../household-form/form-rules.ts';
import { yuanToFen } from '../household-form/member-form-values.ts';
import { useModalSave } from '../household-page/use-modal-save.ts';
import { formatFen } from '../format/money.ts';
import { useLanguage } from '../i18n/use-language.ts';
import type { AssistanceWorkshopSubsidy } from './employment.api.ts';
import { addWorker, claimSubsidy, createAssistanceWorkshop, EMPLOYMENT_KEY, labourQuery, assistanceWorkshopQuery, assistanceWorkshopsQuery, assistanceWorkshopSubsidyQuery, type AssistanceWorkshop } from './employment.api.ts';

interface Props { regionCode: string; year: number }
interface AssistanceWorkshopValues { villageCode: string; name: string; operator: string; industry?: string; openedOn: Dayjs }
interface WorkerValues { memberId: number; startedOn: Dayjs; endedOn?: Dayjs | null; wage: string }

/** Assistance workshops: register one, open it to add workers and see or claim the year's wage subsidy. */
export function AssistanceWorkshopsTab({ regionCode, year }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [form] = Form.useForm<AssistanceWorkshopValues>();
  const assistanceWorkshops = useQuery(assistanceWorkshopsQuery(regionCode));
  const save = useModalSave(form, {
    save: (v: AssistanceWorkshopValues) => createAssistanceWorkshop({ villageCode: v.villageCode, name: v.name, operator: v.operator, industry: v.industry?.trim() ? v.industry.trim() : null, contact: null, openedOn: v.openedOn.format('YYYY-MM-DD') }),
    onSaved: async () => { await queryClient.invalidateQueries({ queryKey: EMPLOYMENT_KEY }); void message.success(t('programmes.saved')); },
    onClose: () => { form.resetFields(); setCreating(false); },
  });
  if (assistanceWorkshops.isError) return <LoadFailed title={t('programmes.loadFailed')} error={assistanceWorkshops.error} onRetry={() => void assistanceWorkshops.refetch()} />;
  const canWrite = user.permissions.includes('assistance:write');
  return (
    <>
      {canWrite && <div className="programme-toolbar"><Button type="primary" onClick={() => setCreating(true)}>{t('employment.assistanceWorkshop.create')}</Button></div>}
      <Table<AssistanceWorkshop> rowKey="id" size="middle" loading={assistanceWorkshops.isFetching} dataSource={assistanceWorkshops.data ?? []} locale={{ emptyText: t('programmes.empty') }} scroll={{ x: 'max-content' }}
        columns={[
          { key: 'name', title: t('employment.assistanceWorkshop.name'), render: (_v, w) => <Button type="link" onClick={() => setOpenId(w.id)}>{w.name}</Button> },
          { key: 'operator', title: t('employment.assistanceWorkshop.operator'), dataIndex: 'operator' },
          { key: 'industry', title: t('employment.assistanceWorkshop.industry'), dataIndex: 'industry' },
          { key: 'opened', title: t('employment.assistanceWorkshop.openedOn'), dataIndex: 'openedOn' },
          { key: 'workers', title: t('employment.assistanceWorkshop.workers'), dataIndex: 'currentWorkers' },
        ]} />
      <Modal open={creating} destroyOnHidden title={t('employment.assistanceWorkshop.create')} okText={t('programmes.save')} cancelText={t('programmes.cancel')}
        confirmLoading={save.isSaving} onOk={() => form.submit()} onCancel={save.close}>
        {save.general && <Alert type="error" showIcon message={save.general} />}
        <Form<AssistanceWorkshopValues> form={form} layout="vertical" className="programme-form" onFinish={save.submit} initialValues={{ villageCode: regionCode.length === 12 ? regionCode : '' }}>
          <Form.Item name="villageCode" label={t('employment.assistanceWorkshop.villageCode')} rules={[{ required: true, pattern: /^\d{12}$/ }]}><Input maxLength={12} inputMode="numeric" /></Form.Item>
          <Form.Item name="name" label={t('employment.assistanceWorkshop.name')} rules={[{ required: true }]}><Input maxLength={100} /></Form.Item>
          <Form.Item name="operator" label={t('employment.assistanceWorkshop.operator')} rules={[{ required: true }]}><Input maxLength={100} /></Form.Item>
          <Form.Item name="industry" label={t('employment.assistanceWorkshop.industry')}><Input maxLength={100} /></Form.Item>
          <Form.Item name="openedOn" label={t('employment.assistanceWorkshop.openedOn')} rules={[{ required: true }]}><DatePicker className="full-width" /></Form.Item>
        </Form>
      </Modal>
      <AssistanceWorkshopDrawer id={openId} year={year} regionCode={regionCode} canWrite={canWrite} onClose={() => setOpenId(null)} />
    </>
  );
}

function AssistanceWorkshopDrawer({ id, year, regionCode, canWrite, onClose }: { id: string | null; year: number; regionCode: string; canWrite: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<WorkerValues>();
  const assistanceWorkshop = useQuery({ ...assistanceWorkshopQuery(id ?? ''), enabled: id !== null });
  const subsidy = useQuery({ ...assistanceWorkshopSubsidyQuery(id ?? '', year), enabled: id !== null });
  const labour = useQuery({ ...labourQuery(regionCode, year, 'all', 1), enabled: id !== null && canWrite });
  const refresh = () => queryClient.invalidateQueries({ queryKey: EMPLOYMENT_KEY });
  const save = useModalSave(form, {
    save: (v: WorkerValues) => addWorker(id ?? '', { memberId: v.memberId, startedOn: v.startedOn.format('YYYY-MM-DD'), endedOn: v.endedOn ? v.endedOn.format('YYYY-MM-DD') : null, monthlyWage: yuanToFen(v.wage) }),
    onSaved: async () => { await refresh(); void message.success(t('programmes.saved')); },
    onClose: () => form.resetFields(),
  });
  const claim = useMutation({
    mutationFn: () => claimSubsidy(id ?? '', year),
    onSuccess: async () => { await refresh(); void message.success(t('programmes.saved')); },
    onError: (error) => void message.error(problemMessage(error, t, language)),
  });
  const fen = (n: number) => formatFen(n, language);
  const s = subsidy.data;
  return (
    <Drawer open={id !== null} onClose={onClose} size="large" title={assistanceWorkshop.data?.name ?? t('employment.assistanceWorkshop.detail')}>
      {s && (
        <Alert className="programme-summary" type={s.isEarned ? 'success' : 'warning'} showIcon
          message={t('employment.assistanceWorkshop.subsidyTitle', { year })}
          description={(
            <>
              <div>{t('employment.assistanceWorkshop.subsidyRule', { minPoorWorkers: s.rule.minPoorWorkers, minMonths: s.rule.minMonths, worker: fen(s.rule.workerMonthly), employer: fen(s.rule.employerMonthly) })}</div>
              <div>{s.isEarned ? t('employment.assistanceWorkshop.earned', { worker: fen(s.workerTotal), employer: fen(s.employerTotal) }) : s.reasons.map((r) => r.message).join('；')}</div>
              {s.claimedAt ? <Tag color="blue">{t('employment.assistanceWorkshop.claimed', { at: s.claimedAt.slice(0, 10) })}</Tag>
                : canWrite && s.isEarned && <Button type="primary" size="small" loading={claim.isPending} onClick={() => claim.mutate()}>{t('employment.assistanceWorkshop.claim')}</Button>}
            </>
          )} />
      )}
      <Table<AssistanceWorkshopSubsidy['workers'][number]> rowKey="memberId" size="small" pagination={false} dataSource={s?.workers ?? []} scroll={{ x: 'max-content' }} locale={{ emptyText: t('programmes.empty') }}
        columns={[
          { key: 'n', title: t('employment.assistanceWorkshop.worker'), dataIndex: 'memberName' },
          { key: 'm', title: t('employment.labour.months'), dataIndex: 'months' },
          { key: 'c', title: t('employment.assistanceWorkshop.counts'), render: (_v, w) => (w.counts ? t('programmes.yes') : t('programmes.no')) },
          { key: 'w', title: t('employment.report.assistanceWorkshopSubsidy'), align: 'right', render: (_v, w) => fen(w.workerSubsidy + w.employerSubsidy) },
        ]} />
      {canWrite && (
        <>
          <h3>{t('employment.assistanceWorkshop.addWorker')}</h3>
          {save.general && <Alert type="error" showIcon message={save.general} />}
          <Form<WorkerValues> form={form} layout="vertical" className="programme-form" onFinish={save.submit}>
            <Form.Item name="memberId" label={t('employment.assistanceWorkshop.worker')} rules={[{ required: true }]}>
              <Select showSearch optionFilterProp="label" options={(labour.data?.items ?? []).map((m) => ({ value: m.memberId, label: `${m.memberName}（${m.householdNo}）` }))} />
            </Form.Item>
            <Form.Item name="startedOn" label={t('programmes.startedOn')} rules={[{ required: true }]}><DatePicker className="full-width" /></Form.Item>
            <Form.Item name="endedOn" label={t('programmes.endedOn')}><DatePicker className="full-width" /></Form.Item>
            <Form.Item name="wage" label={t('employment.assistanceWorkshop.wage')} rules={[{ required: true }, yuanRule(t)]}><Input inputMode="decimal" /></Form.Item>
            <Button type="primary" htmlType="submit" loading={save.isSaving}>{t('programmes.save')}</Button>
          </Form>
        </>
      )}
    </Drawer>
  );
}
