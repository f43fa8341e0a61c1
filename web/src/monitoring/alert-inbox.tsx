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
import { isAlertSelectable } from '../monitoring-cases/case-rules.ts';
import { OpenCaseModal } from '../monitoring-cases/open-case-modal.tsx';
import { VillageSelect } from '../monitoring-cases/village-select.tsx';
import { WaitingBanner } from '../monitoring-cases/waiting-banner.tsx';
import { type AlertView, alertsQuery, closeAlert, MONITORING_KEY, type MonitoringAlert, type RiskType } from './monitoring.api.ts';
import { MonitoringExportButton } from './monitoring-export-button.tsx';
import { alertExportFilters } from './monitoring-export-href.ts';
import { describeReason } from './reason-text.ts';

/**
 * The alerts of the chosen region, newest first, each with its reasons. Alerts of one household
 * can be picked to open a case; an alert already in a case leads to it; one found to be no risk is closed with a note.
 */
export function AlertInbox({ regionCode }: { regionCode: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const [view, setView] = useState<AlertView>('waiting');
  const [riskType, setRiskType] = useState<RiskType | undefined>(undefined);
  const [village, setVillage] = useState<string | undefined>(undefined);
  const [page, setPage] = useState(1);
  const [picked, setPicked] = useState<MonitoringAlert[]>([]);
  const [opening, setOpening] = useState<readonly MonitoringAlert[]>([]);
  const [closing, setClosing] = useState<MonitoringAlert | null>(null);
  const [note, setNote] = useState('');
  const alerts = useQuery(alertsQuery(village ?? regionCode, view, riskType, (page - 1) * 20));
  const close = useMutation({
    mutationFn: ({ id, text }: { id: string; text: string }) => closeAlert(id, text),
    onSuccess: async () => {
      setClosing(null);
      setNote('');
      setPicked([]);
      await queryClient.invalidateQueries({ queryKey: MONITORING_KEY });
    },
  });
  const lang = language === 'zh-CN' ? 'zh' : 'en';
  const canOpen = user.permissions.includes('cases:write');
  const canClose = user.permissions.includes('registry:write');
  if (alerts.isError) return <LoadFailed title={t('monitoring.tabs.alerts')} error={alerts.error} />;
  const counts = alerts.data?.countsByRisk ?? {};
  const resetPage = () => { setPage(1); setPicked([]); };
  const actions = (a: MonitoringAlert) => {
    if (a.caseId) return <Link to={`/monitoring/cases/${a.caseId}`}>{t('monitoringCases.inbox.inCase')}</Link>;
    if (a.status !== 'open') return a.closeNote;
    return (
      <Space wrap size={4}>
        {canOpen && <Button size="small" type="primary" onClick={() => setOpening([a])}>{t('monitoringCases.inbox.openCase')}</Button>}
        {canClose && <Button size="small" onClick={() => setClosing(a)}>{t('monitoring.close')}</Button>}
      </Space>
    );
  };
  const columns = [
    { key: 'household', title: t('monitoring.columns.household'), render: (_: unknown, a: MonitoringAlert) => <Link to={`/households/${a.householdId}`}>{a.householdNo}<br />{a.headName}</Link> },
    { key: 'village', title: t('monitoring.columns.village'), render: (_: unknown, a: MonitoringAlert) => a.villageName ?? a.villageCode },
    { key: 'risk', title: t('monitoring.columns.risk'), render: (_: unknown, a: MonitoringAlert) => <Tag color="red">{riskTypes.label(a.riskType, lang)}</Tag> },
    {
      key: 'reasons', title: t('monitoring.columns.reasons'),
      render: (_: unknown, a: MonitoringAlert) => <ul className="monitoring-reasons">{a.reasons.map((r, i) => <li key={i}>{describeReason(r, language)}</li>)}</ul>,
    },
    {
      key: 'raised', title: t('monitoring.columns.raised'),
      render: (_: unknown, a: MonitoringAlert) => (
        <>
          {formatDateTime(a.lastRaisedAt, language)}
          {a.clearedAt && a.status === 'open' && <><br /><Tag color="green">{t('monitoring.clearedSince', { date: formatDateTime(a.clearedAt, language) })}</Tag></>}
        </>
      ),
    },
    { key: 'count', title: t('monitoring.columns.count'), dataIndex: 'raisedCount' },
    { key: 'actions', title: t('monitoring.columns.actions'), fixed: 'right' as const, render: (_: unknown, a: MonitoringAlert) => actions(a) },
  ];
  return (
    <div>
      <WaitingBanner regionCode={regionCode} />
      <Space wrap style={{ marginBottom: 12 }}>
        <Select<AlertView> value={view} onChange={(v) => { setView(v); resetPage(); }} style={{ width: 140 }} aria-label={t('monitoringCases.inbox.view')}
          options={(['waiting', 'attached', 'closed'] as const).map((s) => ({ value: s, label: t(`monitoringCases.inbox.status.${s}`) }))} />
        <Select allowClear placeholder={t('monitoring.allRisks')} value={riskType} onChange={(v: RiskType | undefined) => { setRiskType(v); resetPage(); }} style={{ width: 200 }}
          options={riskTypes.items.map((r) => ({ value: r.code, label: `${r[lang]}${counts[r.code] ? ` (${counts[r.code]})` : ''}` }))} />
        <VillageSelect regionCode={regionCode} value={village} onChange={(v) => { setVillage(v); resetPage(); }}
          count={view === 'closed' ? undefined : (v) => (view === 'waiting' ? v.alertsUnattached : v.alertsOpen - v.alertsUnattached)} />
        <span>{t('monitoring.total', { count: alerts.data?.total ?? 0 })}</span>
        <MonitoringExportButton list="alerts" filters={alertExportFilters(village ?? regionCode, view, riskType)} />
        {canOpen && picked.length > 0 && (
          <Button type="primary" onClick={() => setOpening(picked)}>{t('monitoringCases.inbox.openCaseSelected', { count: picked.length })}</Button>
        )}
      </Space>
      <Table rowKey="id" size="small" loading={alerts.isPending} columns={columns} dataSource={alerts.data?.items ?? []}
        scroll={{ x: 'max-content' }} locale={{ emptyText: t('monitoring.noAlerts') }}
        rowSelection={canOpen && view === 'waiting' ? {
          hideSelectAll: true,
          selectedRowKeys: picked.map((a) => a.id),
          onSelect: (a: MonitoringAlert, selected: boolean) => setPicked((p) => (selected ? [...p, a] : p.filter((x) => x.id !== a.id))),
          getCheckboxProps: (a: MonitoringAlert) => ({ disabled: !isAlertSelectable(a, picked), title: t('monitoringCases.inbox.oneHousehold') }),
        } : undefined}
        pagination={{ current: page, pageSize: 20, total: alerts.data?.total ?? 0, onChange: setPage, showSizeChanger: false }} />
      <OpenCaseModal open={opening.length > 0} alerts={opening} regionCode={regionCode} onClose={() => { setOpening([]); setPicked([]); }} />
      <Modal open={closing !== null} title={t('monitoring.close')} okText={t('monitoring.closeConfirm')} onCancel={() => setClosing(null)}
        okButtonProps={{ disabled: note.trim().length < 2, loading: close.isPending }}
        onOk={() => closing && close.mutate({ id: closing.id, text: note })}>
        <Input.TextArea aria-label={t('monitoring.closeNote')} placeholder={t('monitoring.closeNote')} value={note} onChange={(e) => setNote(e.target.value)} rows={3} />
      </Modal>
    </div>
  );
}
