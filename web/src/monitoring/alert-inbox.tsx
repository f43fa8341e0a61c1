import { riskTypes } from '@fupin/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadFailed } from '../app/page-states.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { formatDateTime } from '../format/date.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { alertsQuery, closeAlert, MONITORING_KEY, type MonitoringAlert, type RiskType } from './monitoring.api.ts';
import { describeReason } from './reason-text.ts';

/** The alerts of the chosen region, newest first, each with its reasons; open alerts can be closed after checking. */
export function AlertInbox({ regionCode }: { regionCode: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<'open' | 'closed'>('open');
  const [riskType, setRiskType] = useState<RiskType | undefined>(undefined);
  const [page, setPage] = useState(1);
  const [closing, setClosing] = useState<MonitoringAlert | null>(null);
  const [note, setNote] = useState('');
  const alerts = useQuery(alertsQuery(regionCode, status, riskType, (page - 1) * 20));
  const close = useMutation({
    mutationFn: ({ id, text }: { id: string; text: string }) => closeAlert(id, text),
    onSuccess: async () => {
      setClosing(null);
      setNote('');
      await queryClient.invalidateQueries({ queryKey: MONITORING_KEY });
    },
  });
  const lang = language === 'zh-CN' ? 'zh' : 'en';
  if (alerts.isError) return <LoadFailed title={t('monitoring.tabs.alerts')} error={alerts.error} />;
  const counts = alerts.data?.countsByRisk ?? {};
  const columns = [
    { key: 'household', title: t('monitoring.columns.household'), render: (_: unknown, a: MonitoringAlert) => <Link to={`/households/${a.householdId}`}>{a.householdNo}<br />{a.headName}</Link> },
    { key: 'village', title: t('monitoring.columns.village'), render: (_: unknown, a: MonitoringAlert) => a.villageName ?? a.villageCode },
    { key: 'risk', title: t('monitoring.columns.risk'), render: (_: unknown, a: MonitoringAlert) => <Tag color="red">{riskTypes.label(a.riskType, lang)}</Tag> },
    {
      key: 'reasons', title: t('monitoring.columns.reasons'),
      render: (_: unknown, a: MonitoringAlert) => <ul className="monitoring-reasons">{a.reasons.map((r, i) => <li key={i}>{describeReason(r, language)}</li>)}</ul>,
    },
    { key: 'raised', title: t('monitoring.columns.raised'), render: (_: unknown, a: MonitoringAlert) => formatDateTime(a.lastRaisedAt, language) },
    { key: 'count', title: t('monitoring.columns.count'), dataIndex: 'raisedCount' },
    {
      key: 'actions', title: t('monitoring.columns.actions'),
      render: (_: unknown, a: MonitoringAlert) => (a.status === 'open' && user.permissions.includes('registry:write')
        ? <Button size="small" onClick={() => setClosing(a)}>{t('monitoring.close')}</Button> : a.closeNote),
    },
  ];
  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select value={status} onChange={(v) => { setStatus(v); setPage(1); }} style={{ width: 120 }}
          options={(['open', 'closed'] as const).map((s) => ({ value: s, label: t(`monitoring.status.${s}`) }))} />
        <Select allowClear placeholder={t('monitoring.allRisks')} value={riskType} onChange={(v: RiskType | undefined) => { setRiskType(v); setPage(1); }} style={{ width: 200 }}
          options={riskTypes.items.map((r) => ({ value: r.code, label: `${r[lang]}${counts[r.code] ? ` (${counts[r.code]})` : ''}` }))} />
        <span>{t('monitoring.total', { count: alerts.data?.total ?? 0 })}</span>
      </Space>
      <Table rowKey="id" size="small" loading={alerts.isPending} columns={columns} dataSource={alerts.data?.items ?? []}
        locale={{ emptyText: t('monitoring.noAlerts') }}
        pagination={{ current: page, pageSize: 20, total: alerts.data?.total ?? 0, onChange: setPage, showSizeChanger: false }} />
      <Modal open={closing !== null} title={t('monitoring.close')} okText={t('monitoring.closeConfirm')} onCancel={() => setClosing(null)}
        okButtonProps={{ disabled: note.trim().length < 2, loading: close.isPending }}
        onOk={() => closing && close.mutate({ id: closing.id, text: note })}>
        <Input.TextArea aria-label={t('monitoring.closeNote')} placeholder={t('monitoring.closeNote')} value={note} onChange={(e) => setNote(e.target.value)} rows={3} />
      </Modal>
    </div>
  );
}
