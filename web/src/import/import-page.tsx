import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Progress, Radio, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../api/problem-message.ts';
import { useLanguage } from '../i18n/use-language.ts';
import {
  cancelImport, commitImport, IMPORT_KEY, IMPORT_KINDS, importJobQuery, importProblemsQuery, reportHref, templateHref, uploadImportFile,
  type ImportJob, type ImportKind, type ImportProblem,
} from './import.api.ts';
import { problemKindLabel } from './problem-kinds.ts';
import './import.css';

const STATUS_COLOR: Record<ImportJob['status'], string> = {
  checking: 'processing', checked: 'blue', importing: 'processing', imported: 'success', failed: 'error', cancelled: 'default',
};

/** How far the job is: the check counts rows as it reads them (the total is unknown), the import against the valid rows. */
function percentOf(job: ImportJob): number | undefined {
  if (job.status === 'importing') return job.rows.valid ? Math.floor((job.rows.written / job.rows.valid) * 100) : 0;
  if (job.status === 'checking') return undefined;
  return 100;
}

function ProblemTable({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const [cursors, setCursors] = useState<number[]>([0]);
  const after = cursors.at(-1) ?? 0;
  const page = useQuery(importProblemsQuery(job.id, after));
  const nextAfter = page.data?.nextAfter ?? null;
  const { language } = useLanguage();
  return (
    <>
      <Table<ImportProblem>
        size="small" rowKey="seq" pagination={false} loading={page.isLoading} dataSource={page.data?.items ?? []} className="import-problems"
        scroll={{ x: 900 }}
        columns={[
          { title: t('dataImport.column.sheet'), dataIndex: 'sheet', width: 110 },
          { title: t('dataImport.column.row'), dataIndex: 'row', width: 70 },
          { title: t('dataImport.column.column'), dataIndex: 'column', width: 140 },
          { title: t('dataImport.column.value'), dataIndex: 'value', width: 180 },
          { title: t('dataImport.column.kind'), dataIndex: 'code', width: 150, render: (code: string) => <Tag color="red">{problemKindLabel(code, language)}</Tag> },
          { title: t('dataImport.column.message'), dataIndex: 'message' },
        ]}
      />
      <Space className="import-problems__pager">
        {cursors.length > 1 && <Button onClick={() => setCursors([0])}>{t('dataImport.first')}</Button>}
        {nextAfter !== null && <Button onClick={() => setCursors([...cursors, nextAfter])}>{t('dataImport.more')}</Button>}
      </Space>
    </>
  );
}

function JobCard({ job, onStartOver }: { job: ImportJob; onStartOver: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const lang = language === 'en-US' ? 'en' : 'zh';
  const queryClient = useQueryClient();
  const refresh = (next: ImportJob) => queryClient.setQueryData(importJobQuery(job.id).queryKey, next);
  const commit = useMutation({ mutationFn: () => commitImport(job.id), onSuccess: refresh });
  const cancel = useMutation({ mutationFn: () => cancelImport(job.id), onSuccess: refresh });
  const failure = commit.error ?? cancel.error;
  const toWrite = job.households.new + job.households.changed;
  // The record kinds count records where a household import counts households.
  const isRecords = job.kind !== 'households';
  const isRunning = job.status === 'checking' || job.status === 'importing';
  return (
    <Card className="import-job" title={<Space><span>{job.fileName}</span><Tag color={STATUS_COLOR[job.status]} className="import-job__status">{t(`dataImport.status.${job.status}`)}</Tag></Space>}>
      <Progress percent={percentOf(job)} status={job.status === 'failed' ? 'exception' : isRunning ? 'active' : undefined} showInfo={job.status !== 'checking'} />
      {job.error && <Alert type="error" showIcon message={job.error} className="import-job__alert" />}
      {failure && <Alert type="error" showIcon message={problemMessage(failure, t, language)} className="import-job__alert" />}
      {job.status === 'imported' && <Alert type="success" showIcon message={t('dataImport.importedDone', { rows: job.rows.written })} className="import-job__alert" />}
      <Descriptions size="small" column={{ xs: 2, md: 4 }} className="import-job__counts">
        <Descriptions.Item label={t('dataImport.rowsRead')}>{job.rows.read}</Descriptions.Item>
        <Descriptions.Item label={t('dataImport.rowsValid')}>{job.rows.valid}</Descriptions.Item>
        <Descriptions.Item label={t('dataImport.rowsInvalid')}>{job.rows.invalid}</Descriptions.Item>
        <Descriptions.Item label={t('dataImport.rowsWritten')}>{job.rows.written}</Descriptions.Item>
        <Descriptions.Item label={t(isRecords ? 'dataImport.recordsNew' : 'dataImport.householdsNew')}>{job.households.new}</Descriptions.Item>
        <Descriptions.Item label={t(isRecords ? 'dataImport.recordsChanged' : 'dataImport.householdsChanged')}>{job.households.changed}</Descriptions.Item>
        <Descriptions.Item label={t(isRecords ? 'dataImport.recordsUnchanged' : 'dataImport.householdsUnchanged')}>{job.households.unchanged}</Descriptions.Item>
        <Descriptions.Item label={t(isRecords ? 'dataImport.recordsInvalid' : 'dataImport.householdsInvalid')}>{job.households.invalid}</Descriptions.Item>
      </Descriptions>
      {job.ignoredColumns.length > 0 && <Typography.Paragraph type="secondary">{t('dataImport.ignoredColumns', { columns: job.ignoredColumns.join('、') })}</Typography.Paragraph>}
      <Space wrap className="import-job__actions">
        {job.status === 'checked' && (
          <Button type="primary" onClick={() => commit.mutate()} loading={commit.isPending} disabled={toWrite === 0}>
            {toWrite === 0 ? t('dataImport.nothingToImport') : t(isRecords ? 'dataImport.importValidRecords' : 'dataImport.importValid', { count: toWrite })}
          </Button>
        )}
        {(isRunning || job.status === 'checked') && <Button onClick={() => cancel.mutate()} loading={cancel.isPending}>{t('dataImport.cancel')}</Button>}
        {job.problemCount > 0 && <Button icon={<DownloadOutlined />} href={reportHref(job.id, lang)} download>{t('dataImport.downloadReport')}</Button>}
        {!isRunning && <Button onClick={onStartOver}>{t('dataImport.startOver')}</Button>}
      </Space>
      {job.status !== 'checking' && (
        <>
          <Typography.Title level={2} className="import-job__problems-title">
            {job.problemCount > 0 ? t('dataImport.problems', { count: job.problemCount }) : t('dataImport.noProblems')}
          </Typography.Title>
          {job.problemCount > 0 && <ProblemTable job={job} />}
        </>
      )}
    </Card>
  );
}

/** Upload a spreadsheet, read the dry-run report, then import the valid households (or nothing). */
export default function ImportPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const lang = language === 'en-US' ? 'en' : 'zh';
  const queryClient = useQueryClient();
  const [jobId, setJobId] = useState<string | undefined>();
  const [kind, setKind] = useState<ImportKind>('households');
  const job = useQuery({ ...importJobQuery(jobId ?? ''), enabled: jobId !== undefined });
  const upload = useMutation({
    mutationFn: uploadImportFile,
    onSuccess: (created) => {
      queryClient.setQueryData(importJobQuery(created.id).queryKey, created);
      void queryClient.invalidateQueries({ queryKey: [...IMPORT_KEY, 'problems', created.id] });
      setJobId(created.id);
    },
  });
  return (
    <section className="page import-page" aria-labelledby="import-title">
      <div className="page__header">
        <Typography.Title level={1} id="import-title" className="page__title">{t('dataImport.title')}</Typography.Title>
      </div>
      <Typography.Paragraph>{t('dataImport.intro')}</Typography.Paragraph>
      <Space wrap className="import-page__kind">
        <span>{t('dataImport.kind')}:</span>
        <Radio.Group optionType="button" value={kind} disabled={jobId !== undefined} onChange={(e) => setKind(e.target.value as ImportKind)}
          options={IMPORT_KINDS.map((k) => ({ value: k, label: t(`dataImport.kinds.${k}`) }))} />
      </Space>
      <Space wrap className="import-page__templates">
        <span>{t('dataImport.templates')}:</span>
        {kind === 'households' ? (
          <>
            <Button icon={<DownloadOutlined />} href={templateHref('households', lang)} download>{t('dataImport.templateHouseholds')}</Button>
            <Button icon={<DownloadOutlined />} href={templateHref('members', lang)} download>{t('dataImport.templateMembers')}</Button>
          </>
        ) : <Button icon={<DownloadOutlined />} href={templateHref(kind, lang)} download>{t(`dataImport.kinds.${kind}`)}</Button>}
      </Space>
      {jobId === undefined || !job.data ? (
        <>
          {upload.error && <Alert type="error" showIcon message={problemMessage(upload.error, t, language)} className="import-job__alert" />}
          <Upload.Dragger
            accept=".xlsx,.csv" multiple={false} showUploadList={false} disabled={upload.isPending}
            beforeUpload={(file) => {
              upload.mutate({ file, kind });
              return false;
            }}
            className="import-page__upload"
          >
            <p className="ant-upload-drag-icon"><InboxOutlined /></p>
            <p className="ant-upload-text">{upload.isPending ? t('dataImport.uploading') : t('dataImport.upload')}</p>
            <p className="ant-upload-hint">{t(kind === 'households' ? 'dataImport.uploadHint' : 'dataImport.recordHint')}</p>
          </Upload.Dragger>
        </>
      ) : (
        <JobCard job={job.data} onStartOver={() => {
          upload.reset();
          setJobId(undefined);
        }} />
      )}
    </section>
  );
}
