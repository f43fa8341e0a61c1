import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, List, Modal, Radio, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalSave } from '../household-page/use-modal-save.ts';
import { type Objection, type Procedure, recordObjection, refreshProcedures, resolveObjection } from './procedures.api.ts';
import { useProcedureLabels } from './procedure-labels.ts';

const OBJECTION_COLORS: Readonly<Record<string, string>> = { open: 'red', upheld: 'orange', dismissed: 'green', superseded: 'default' };

interface RecordValues { receivedOn?: string; objector?: string; content: string }
interface ResolveValues { outcome: 'upheld' | 'dismissed'; upheldAction?: 'reject' | 'sendBack'; resolution: string; on?: string }

function RecordObjectionModal({ procedure, open, onClose }: { procedure: Procedure; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<RecordValues>();
  const save = useModalSave(form, {
    save: (v: RecordValues) => recordObjection(procedure.id, { content: v.content, objector: v.objector?.trim() ? v.objector : null, ...(v.receivedOn ? { receivedOn: v.receivedOn } : {}) }),
    onSaved: () => refreshProcedures(queryClient),
    onClose,
  });
  return (
    <Modal open={open} title={t('procedures.objections.recordTitle')} okText={t('common.save')} cancelText={t('common.cancel')}
      confirmLoading={save.isSaving} onOk={() => void form.submit()} onCancel={save.close} destroyOnHidden>
      {save.general && <Alert type="error" showIcon message={save.general} className="procedure-alert" />}
      <Form<RecordValues> form={form} name="objection" layout="vertical" preserve={false} onFinish={save.submit}>
        <Form.Item name="receivedOn" label={t('procedures.objections.receivedOn')} extra={t('procedures.dateDefaultsToday')}>
          <Input type="date" className="procedure-date" />
        </Form.Item>
        <Form.Item name="objector" label={t('procedures.objections.objector')}><Input maxLength={50} /></Form.Item>
        <Form.Item name="content" label={t('procedures.objections.content')} rules={[{ required: true, message: t('procedures.objections.contentRequired') }]}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ResolveObjectionModal({ procedure, objection, onClose }: { procedure: Procedure; objection: Objection | null; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ResolveValues>();
  const outcome = Form.useWatch('outcome', form);
  const save = useModalSave(form, {
    save: (v: ResolveValues) => resolveObjection(procedure.id, objection?.id ?? '', {
      outcome: v.outcome, upheldAction: v.outcome === 'upheld' ? (v.upheldAction ?? null) : null, resolution: v.resolution ?? '', ...(v.on ? { on: v.on } : {}),
    }),
    onSaved: () => refreshProcedures(queryClient),
    onClose,
  });
  return (
    <Modal open={objection !== null} title={t('procedures.objections.resolveTitle')} okText={t('common.save')} cancelText={t('common.cancel')}
      confirmLoading={save.isSaving} onOk={() => void form.submit()} onCancel={save.close} destroyOnHidden>
      {objection && <Typography.Paragraph>{objection.content}</Typography.Paragraph>}
      {save.general && <Alert type="error" showIcon message={save.general} className="procedure-alert" />}
      <Form<ResolveValues> form={form} name="resolution" layout="vertical" preserve={false} initialValues={{ outcome: 'dismissed' }} onFinish={save.submit}>
        <Form.Item name="outcome" label={t('procedures.objections.outcome')}>
          <Radio.Group options={[{ value: 'dismissed', label: t('procedures.objections.dismissed') }, { value: 'upheld', label: t('procedures.objections.upheld') }]} />
        </Form.Item>
        {outcome === 'upheld' && (
          <Form.Item name="upheldAction" label={t('procedures.objections.upheldAction')} rules={[{ required: true, message: t('procedures.objections.upheldActionRequired') }]}>
            <Radio.Group options={[{ value: 'sendBack', label: t('procedures.objections.sendBack') }, { value: 'reject', label: t('procedures.objections.reject') }]} />
          </Form.Item>
        )}
        <Form.Item name="resolution" label={t('procedures.objections.resolution')} rules={[{ required: true, message: t('procedures.objections.resolutionRequired') }]}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
        <Form.Item name="on" label={t('procedures.objections.resolvedOn')} extra={t('procedures.dateDefaultsToday')}>
          <Input type="date" className="procedure-date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The objections to the procedure's notices; an open one blocks its notice from closing. */
export function ProcedureObjections({ procedure }: { procedure: Procedure }) {
  const { t } = useTranslation();
  const labels = useProcedureLabels();
  const [isRecording, setRecording] = useState(false);
  const [resolving, setResolving] = useState<Objection | null>(null);
  return (
    <section aria-labelledby="objections-title">
      <Space className="procedure-toolbar">
        <Typography.Title level={2} id="objections-title" className="page__title">{t('procedures.objections.title')}</Typography.Title>
        {procedure.canRecordObjection && <Button onClick={() => setRecording(true)}>{t('procedures.objections.record')}</Button>}
      </Space>
      <List<Objection>
        dataSource={procedure.objections}
        locale={{ emptyText: t('procedures.objections.empty') }}
        renderItem={(o) => (
          <List.Item actions={o.status === 'open' && procedure.canResolveObjections ? [<Button key="resolve" type="link" onClick={() => setResolving(o)}>{t('procedures.objections.resolve')}</Button>] : []}>
            <List.Item.Meta
              title={<span>{o.content} <Tag color={OBJECTION_COLORS[o.status]}>{t(`procedures.objections.status.${o.status}`)}</Tag></span>}
              description={(
                <>
                  <div>{t('procedures.objections.received', { step: labels.step(o.step), on: o.receivedOn, objector: o.objector ?? t('procedures.objections.anonymous') })}</div>
                  {o.resolution && <div>{t('procedures.objections.resolved', { on: o.resolvedOn ?? '', who: o.resolvedByName ?? '', resolution: o.resolution })}</div>}
                </>
              )}
            />
          </List.Item>
        )}
      />
      <RecordObjectionModal procedure={procedure} open={isRecording} onClose={() => setRecording(false)} />
      <ResolveObjectionModal procedure={procedure} objection={resolving} onClose={() => setResolving(null)} />
    </section>
  );
}
