import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, InputNumber, Popconfirm, Progress, Space, Switch, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/api-client.ts';
import { AssistanceNav } from '../assistance/assistance-nav.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { useCodes } from '../codes/use-codes.ts';
import { useChosenRegion } from '../regions/use-region-param.ts';
import { CadreFormModal } from './cadre-form-modal.tsx';
import { type Cadre, cadresQuery, type Pairing, pairingsQuery, refreshCadres, settingsQuery } from './cadres.api.ts';
import { PairingFormModal } from './pairing-form-modal.tsx';
import { WorkTeamsTab } from './work-teams-tab.tsx';
import './cadres.css';

function SettingsCard({ regionCode, canManage }: { regionCode: string; canManage: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const settings = useQuery(settingsQuery(regionCode));
  const [form] = Form.useForm<{ maxPairingLoad: number; visitBackdateDays: number; visitIntervalDays: number }>();
  if (!settings.data) return null;
  return (
    <Card size="small" title={t('cadres.settings')} className="cadres-page__settings">
      <Form form={form} layout="inline" initialValues={settings.data} disabled={!canManage}
        onFinish={(v) => void unwrap(api.PUT('/api/v1/assistance-settings/{regionCode}', { params: { path: { regionCode } }, body: v }))
          .then(async () => { await refreshCadres(queryClient); void message.success(t('cadres.saved')); })
          .catch(() => void message.error(t('cadres.settingsFailed')))}>
        <Form.Item name="maxPairingLoad" label={t('cadres.maxLoad')}><InputNumber min={1} max={100} precision={0} /></Form.Item>
        <Form.Item name="visitIntervalDays" label={t('cadres.visitInterval')}><InputNumber min={1} max={366} precision={0} /></Form.Item>
        <Form.Item name="visitBackdateDays" label={t('cadres.backdateDays')}><InputNumber min={0} max={365} precision={0} /></Form.Item>
        {canManage && <Button htmlType="submit">{t('common.save')}</Button>}
      </Form>
    </Card>
  );
}

/** Cadres with their load, pairings with their periods, village work teams, and the limits in force. */
export default function CadresPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const codes = useCodes();
  const queryClient = useQueryClient();
  const { regionCode } = useChosenRegion();
  const canManage = useCurrentUser().permissions.includes('cadres:manage');
  const cadres = useQuery(cadresQuery(regionCode));
  const [activeOnly, setActiveOnly] = useState(true);
  const pairings = useQuery(pairingsQuery(regionCode, activeOnly));
  const [editing, setEditing] = useState<Cadre | null | undefined>(undefined);
  const [pairingOpen, setPairingOpen] = useState(false);
  const endPairing = async (p: Pairing) => {
    await unwrap(api.POST('/api/v1/pairings/{pairingId}/end', { params: { path: { pairingId: p.id } }, body: { endDate: new Date().toISOString().slice(0, 10) } }));
    await refreshCadres(queryClient);
    void message.success(t('cadres.pairingEnded'));
  };

  const cadreTab = (
    <>
      {canManage && <Button type="primary" icon={<PlusOutlined />} className="cadres-page__add" onClick={() => setEditing(null)}>{t('cadres.add')}</Button>}
      <Table<Cadre> rowKey="id" size="middle" loading={cadres.isPending} dataSource={cadres.data ?? []} scroll={{ x: 'max-content' }} columns={[
        { key: 'name', title: t('cadres.name'), dataIndex: 'name' },
        { key: 'unit', title: t('cadres.unit'), dataIndex: 'unit' },
        { key: 'level', title: t('cadres.level'), render: (_v, c) => codes.label('cadreLevel', c.level) },
        { key: 'position', title: t('cadres.position'), render: (_v, c) => c.position ?? '' },
        { key: 'phone', title: t('cadres.phone'), render: (_v, c) => c.phone ?? '' },
        { key: 'user', title: t('cadres.user'), render: (_v, c) => c.username ?? <Tag>{t('cadres.notLinked')}</Tag> },
        { key: 'load', title: t('cadres.load'), render: (_v, c) => <Progress percent={Math.round((c.load / c.maxLoad) * 100)} format={() => `${c.load}/${c.maxLoad}`} size="small" status={c.load >= c.maxLoad ? 'exception' : 'normal'} /> },
        ...(canManage ? [{ key: 'edit', title: '', render: (_v: unknown, c: Cadre) => <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(c)}>{t('householdPage.change')}</Button> }] : []),
      ]} />
    </>
  );
  const pairingTab = (
    <>
      <Space className="cadres-page__add" wrap>
        {canManage && <Button type="primary" icon={<PlusOutlined />} onClick={() => setPairingOpen(true)}>{t('cadres.addPairing')}</Button>}
        <Switch checked={activeOnly} onChange={setActiveOnly} /> <span>{t('cadres.activeOnly')}</span>
      </Space>
      <Table<Pairing> rowKey="id" size="middle" loading={pairings.isPending} dataSource={pairings.data ?? []} scroll={{ x: 'max-content' }} columns={[
        { key: 'cadre', title: t('cadres.cadre'), render: (_v, p) => `${p.cadreName} · ${p.cadreUnit}` },
        { key: 'household', title: t('cadres.household'), render: (_v, p) => <Link to={`/households/${p.householdId}?tab=assistance`}>{p.headName} · {p.householdNo}</Link> },
        { key: 'status', title: t('cadres.povertyStatus'), render: (_v, p) => codes.label('povertyStatus', p.povertyStatus) },
        { key: 'period', title: t('cadres.period'), render: (_v, p) => `${p.startDate} – ${p.endDate ?? ''}` },
        { key: 'active', title: '', render: (_v, p) => (p.isActive ? <Tag color="green">{t('cadres.active')}</Tag> : <Tag>{t('cadres.ended')}</Tag>) },
        ...(canManage ? [{ key: 'end', title: '', render: (_v: unknown, p: Pairing) => p.isActive && (
          <Popconfirm title={t('cadres.endConfirm')} onConfirm={() => endPairing(p)}><Button type="link" size="small" danger>{t('cadres.end')}</Button></Popconfirm>
        ) }] : []),
      ]} />
    </>
  );

  return (
    <section className="page cadres-page" aria-labelledby="cadres-title">
      <AssistanceNav />
      <Typography.Title level={3} id="cadres-title">{t('cadres.title')}</Typography.Title>
      <SettingsCard key={regionCode} regionCode={regionCode} canManage={canManage} />
      <Tabs items={[
        { key: 'cadres', label: t('cadres.tabCadres'), children: cadreTab },
        { key: 'pairings', label: t('cadres.tabPairings'), children: pairingTab },
        { key: 'teams', label: t('cadres.tabTeams'), children: <WorkTeamsTab regionCode={regionCode} canManage={canManage} /> },
      ]} />
      <CadreFormModal open={editing !== undefined} cadre={editing ?? null} regionCode={regionCode} onClose={() => setEditing(undefined)} />
      <PairingFormModal open={pairingOpen} regionCode={regionCode} onClose={() => setPairingOpen(false)} />
    </section>
  );
}
