import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Progress, Space, Tabs, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../api/problem-message.ts';
import { useCurrentUser } from '../auth/session.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { useChosenRegion } from '../regions/use-region-param.ts';
import { MonitoringNav } from '../monitoring-cases/monitoring-nav.tsx';
import { AlertInbox } from './alert-inbox.tsx';
import { DiscrepancyList } from './discrepancy-list.tsx';
import { FeedUpload } from './feed-upload.tsx';
import { MONITORING_KEY, scanQuery, startScan } from './monitoring.api.ts';
import './monitoring.css';
import '../monitoring-cases/monitoring-cases.css';

/** Scan-now with its progress, read until the scan ends. */
function ScanButton({ regionCode }: { regionCode: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const queryClient = useQueryClient();
  const [scanId, setScanId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const scan = useQuery({ ...scanQuery(scanId ?? ''), enabled: scanId !== null });
  const status = scan.data?.status;
  useEffect(() => {
    if (status === 'finished') void queryClient.invalidateQueries({ queryKey: [...MONITORING_KEY, 'alerts'] });
  }, [status, queryClient]);
  const run = () => {
    setError(null);
    startScan(regionCode).then((s) => setScanId(s.id), setError);
  };
  const data = scan.data;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Button type="primary" onClick={run} loading={status === 'running'}>{t('monitoring.scanNow')}</Button>
      {data?.status === 'running' && (
        <div className="monitoring-progress">
          <Progress percent={Math.round((data.stepsDone / Math.max(data.stepsTotal, 1)) * 100)} size="small" />
          <span>{t('monitoring.scanRunning', { done: data.stepsDone, total: data.stepsTotal })}</span>
        </div>
      )}
      {data?.status === 'finished' && <Alert type="success" showIcon message={t('monitoring.scanDone', { raised: data.alertsRaised, attached: data.alertsAttached, cleared: data.alertsCleared, year: data.incomeYear ?? '—' })} />}
      {data?.status === 'failed' && <Alert type="error" showIcon message={t('monitoring.scanFailed', { error: data.error ?? '' })} />}
      {error !== null && <Alert type="error" showIcon message={problemMessage(error, t, language)} />}
    </Space>
  );
}

/** 监测预警: the alert inbox of the chosen region, department data in, and the cross-checks. */
export default function MonitoringPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { regionCode } = useChosenRegion();
  return (
    <div className="monitoring-page">
      <div className="monitoring-page__head">
        <div className="monitoring-page__title">
          <Typography.Title level={3}>{t('monitoring.title')}</Typography.Title>
          <MonitoringNav />
        </div>
        {user.permissions.includes('monitoring:scan') && <ScanButton regionCode={regionCode} />}
      </div>
      <Tabs items={[
        { key: 'alerts', label: t('monitoring.tabs.alerts'), children: <AlertInbox regionCode={regionCode} /> },
        { key: 'feeds', label: t('monitoring.tabs.feeds'), children: <FeedUpload /> },
        { key: 'discrepancies', label: t('monitoring.tabs.discrepancies'), children: <DiscrepancyList regionCode={regionCode} /> },
      ]} />
    </div>
  );
}
