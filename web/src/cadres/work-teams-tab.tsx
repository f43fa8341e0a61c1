import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Form, Input, InputNumber, Modal, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/api-client.ts';
import { useCodes } from '../codes/use-codes.ts';
import { VillagePicker } from '../household-form/village-picker.tsx';
import { useModalSave } from '../household-page/use-modal-save.ts';
import { cadresQuery, refreshCadres, type WorkTeam, workTeamsQuery } from './cadres.api.ts';

type Dialog = { kind: 'team' } | { kind: 'member'; teamId: string } | { kind: 'days'; memberId: string } | null;
interface Values { villageCode?: string; dispatchingUnit?: string; startDate?: string; cadreId?: string; teamRole?: string; month?: string; days?: number }

/** Writes whichever of the three team forms is open. */
function saveDialog(dialog: NonNullable<Dialog>, v: Values) {
  if (dialog.kind === 'team') {
    return unwrap(api.POST('/api/v1/work-teams', { body: { villageCode: v.villageCode ?? '', dispatchingUnit: v.dispatchingUnit ?? '', startDate: v.startDate ?? '', endDate: null } }));
  }
  if (dialog.kind === 'member') {
    return unwrap(api.POST('/api/v1/work-teams/{teamId}/members', {
      params: { path: { teamId: dialog.teamId } },
      body: { cadreId: v.cadreId ?? '', teamRole: (v.teamRole ?? 'member') as 'member', startDate: v.startDate ?? '', endDate: null },
    }));
  }
  return unwrap(api.PUT('/api/v1/work-team-members/{memberId}/days/{month}', { params: { path: { memberId: dialog.memberId, month: v.month ?? '' } }, body: { days: v.days ?? 0 } }));
}

/** Village work teams and first secretaries, with each member's days in the village. */
export function WorkTeamsTab({ regionCode, canManage }: { regionCode: string; canManage: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const codes = useCodes();
  const queryClient = useQueryClient();
  const teams = useQuery(workTeamsQuery(regionCode));
  const cadres = useQuery({ ...cadresQuery(regionCode), enabled: canManage });
  const [dialog, setDialog] = useState<Dialog>(null);
  const [form] = Form.useForm<Values>();
  const save = useModalSave(form, {
    save: (v: Values) => (dialog ? saveDialog(dialog, v) : Promise.reject(new Error('no form open'))),
    onSaved: async () => { await refreshCadres(queryClient); void message.success(t('cadres.saved')); },
    onClose: () => setDialog(null),
  });
  const today = new Date().toISOString().slice(0, 10);
  const required = (field: string) => [{ required: true, message: t('assistance.required', { field }) }];

  const team = (w: WorkTeam) => (
    <Card key={w.id} size="small" className="work-team" title={`${w.villageName ?? w.villageCode} · ${w.dispatchingUnit}`}
      extra={canManage && <Button size="small" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'member', teamId: w.id })}>{t('cadres.addMember')}</Button>}>
      <Table rowKey="id" size="small" pagination={false} dataSource={w.members} locale={{ emptyText: t('cadres.noMembers') }} columns={[
        { key: 'name', title: t('cadres.name'), render: (_v, m) => m.cadreName },
        { key: 'role', title: t('cadres.teamRole'), render: (_v, m) => <Tag color={m.teamRole === 'firstSecretary' ? 'red' : 'blue'}>{codes.label('workTeamRole', m.teamRole)}</Tag> },
        { key: 'period', title: t('cadres.period'), render: (_v, m) => `${m.startDate} – ${m.endDate ?? ''}` },
        { key: 'days', title: t('cadres.daysInVillage'), align: 'right', render: (_v, m) => m.daysInVillage },
        ...(canManage ? [{ key: 'act', title: '', render: (_v: unknown, m: WorkTeam['members'][number]) => <Button size="small" type="link" onClick={() => setDialog({ kind: 'days', memberId: m.id })}>{t('cadres.recordDays')}</Button> }] : []),
      ]} />
    </Card>
  );

  return (
    <div className="work-teams">
      {canManage && <Button icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'team' })} className="cadres-page__add">{t('cadres.addTeam')}</Button>}
      {teams.data?.length === 0 ? <Empty description={t('cadres.noTeams')} /> : <Space direction="vertical" className="full-width">{(teams.data ?? []).map(team)}</Space>}
      <Modal open={dialog !== null} title={dialog?.kind === 'team' ? t('cadres.addTeam') : dialog?.kind === 'member' ? t('cadres.addMember') : t('cadres.recordDays')}
        okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={save.isSaving} onOk={() => void form.submit()} onCancel={save.close} destroyOnHidden>
        <Form<Values> form={form} layout="vertical" preserve={false} onFinish={save.submit} initialValues={{ startDate: today, teamRole: 'member', month: today.slice(0, 7), days: 0 }}>
          {save.general && <Alert type="error" showIcon message={save.general} className="form-alert" />}
          {dialog?.kind === 'team' && <>
            <Form.Item name="villageCode" label={t('assistance.bulk.village')} rules={required(t('assistance.bulk.village'))}><VillagePicker /></Form.Item>
            <Form.Item name="dispatchingUnit" label={t('cadres.dispatchingUnit')} rules={required(t('cadres.dispatchingUnit'))}><Input maxLength={100} /></Form.Item>
            <Form.Item name="startDate" label={t('cadres.startDate')} rules={required(t('cadres.startDate'))}><Input type="date" /></Form.Item>
          </>}
          {dialog?.kind === 'member' && <>
            <Form.Item name="cadreId" label={t('cadres.cadre')} rules={required(t('cadres.cadre'))}>
              <Select showSearch optionFilterProp="label" options={(cadres.data ?? []).map((c) => ({ value: c.id, label: `${c.name} · ${c.unit}` }))} />
            </Form.Item>
            <Form.Item name="teamRole" label={t('cadres.teamRole')}><Select options={codes.options('workTeamRole')} /></Form.Item>
            <Form.Item name="startDate" label={t('cadres.startDate')} rules={required(t('cadres.startDate'))}><Input type="date" /></Form.Item>
          </>}
          {dialog?.kind === 'days' && <>
            <Form.Item name="month" label={t('cadres.month')} rules={required(t('cadres.month'))}><Input type="month" /></Form.Item>
            <Form.Item name="days" label={t('cadres.daysInVillage')}><InputNumber min={0} max={31} precision={0} /></Form.Item>
          </>}
        </Form>
      </Modal>
    </div>
  );
}
