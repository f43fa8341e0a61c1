import { feedKinds } from '@fupin/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Select, Space, Table, Tag, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/session.ts';
import { formatDateTime } from '../format/date.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { problemMessage } from '../api/problem-message.ts';
import { feedBatchesQuery, MONITORING_KEY, templateUrl, uploadFeed, type FeedBatch, type FeedBatchSummary, type FeedKind } from './monitoring.api.ts';

type Issue = FeedBatch['issues'][number];

/** Department data in: pick the feed, download its template, upload the filled file, read the row report. */
export function FeedUpload() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const lang = language === 'zh-CN' ? 'zh' : 'en';
  const [kind, setKind] = useState<FeedKind>('medicalCosts');
  const batches = useQuery(feedBatchesQuery());
  const upload = useMutation({
    mutationFn: (file: File) => uploadFeed(kind, file),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: MONITORING_KEY }),
  });
  const report = upload.data;
  const canSend = user.permissions.includes('feeds:submit');
  const issueColumns = [
    { key: 'sheet', title: t('monitoring.issueColumns.sheet'), dataIndex: 'sheet' },
    { key: 'row', title: t('monitoring.issueColumns.row'), dataIndex: 'row' },
    { key: 'column', title: t('monitoring.issueColumns.column'), dataIndex: 'column' },
    { key: 'value', title: t('monitoring.issueColumns.value'), dataIndex: 'value' },
    { key: 'message', title: t('monitoring.issueColumns.message'), dataIndex: 'message' },
    { key: 'kind', title: t('monitoring.issueColumns.kind'), render: (_: unknown, i: Issue) => <Tag color={i.kind === 'unmatched' ? 'orange' : 'red'}>{t(`monitoring.issueKinds.${i.kind}`)}</Tag> },
  ];
  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }}>
        <span>{t('monitoring.feedKind')}</span>
        <Select value={kind} onChange={setKind} style={{ width: 240 }} options={feedKinds.items.map((k) => ({ value: k.code, label: k[lang] }))} />
        <a href={templateUrl(kind, 'xlsx')} download>{t('monitoring.template')} (xlsx)</a>
        <a href={templateUrl(kind, 'csv')} download>{t('monitoring.template')} (csv)</a>
        {canSend && (
          <Upload accept=".xlsx,.csv" showUploadList={false} beforeUpload={(file) => { upload.mutate(file); return false; }}>
            <Button type="primary" loading={upload.isPending}>{t('monitoring.chooseFile')}</Button>
          </Upload>
        )}
      </Space>
      {upload.isError && <Alert type="error" showIcon message={problemMessage(upload.error, t, language)} style={{ marginBottom: 12 }} />}
      {report && (
        <div className="monitoring-report">
          <Alert type={report.issueCount > 0 ? 'warning' : 'success'} showIcon style={{ marginBottom: 12 }}
            message={`${t('monitoring.uploaded', { name: report.fileName })} — ${t('monitoring.rows', report.rows)}`}
            description={report.isRepeat ? t('monitoring.repeat') : undefined} />
          {report.issues.length > 0 && <Table rowKey={(i: Issue) => `${i.row}-${i.column}-${i.kind}`} size="small" columns={issueColumns} dataSource={report.issues} pagination={{ pageSize: 20 }} />}
        </div>
      )}
      <h3>{t('monitoring.batches')}</h3>
      <Table rowKey="id" size="small" loading={batches.isPending} dataSource={batches.data ?? []} pagination={false} columns={[
        { key: 'kind', title: t('monitoring.batchColumns.kind'), render: (_: unknown, b: FeedBatchSummary) => feedKinds.label(b.kind, lang) },
        { key: 'file', title: t('monitoring.batchColumns.file'), dataIndex: 'fileName' },
        { key: 'by', title: t('monitoring.batchColumns.by'), dataIndex: 'submittedByName' },
        { key: 'at', title: t('monitoring.batchColumns.at'), render: (_: unknown, b: FeedBatchSummary) => formatDateTime(b.submittedAt, language) },
        { key: 'rows', title: t('monitoring.batchColumns.rows'), render: (_: unknown, b: FeedBatchSummary) => t('monitoring.rows', b.rows) },
      ]} />
    </div>
  );
}
