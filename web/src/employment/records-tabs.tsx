import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Popover, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { problemMessage } from '../api/problem-message.ts';
import { LoadFailed } from '../app/page-states.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { useCodes } from '../codes/use-codes.ts';
import { formatFen } from '../format/money.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { EMPLOYMENT_KEY, endPost, jobsQuery, postsQuery, trainingQuery, type Job, type Post, type Training } from './employment.api.ts';

interface Props { regionCode: string; year: number }

const memberColumn = (title: string) => ({
  key: 'member', title,
  render: (_v: unknown, r: { householdId: number; memberName: string; householdNo: string }) => <Link to={`/households/${r.householdId}`}>{r.memberName}（{r.householdNo}）</Link>,
});

export function JobsTab({ regionCode, year }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const codes = useCodes();
  const jobs = useQuery(jobsQuery(regionCode, year));
  if (jobs.isError) return <LoadFailed title={t('programmes.loadFailed')} error={jobs.error} onRetry={() => void jobs.refetch()} />;
  return (
    <Table<Job> rowKey="id" size="middle" loading={jobs.isFetching} dataSource={jobs.data ?? []} scroll={{ x: 'max-content' }} locale={{ emptyText: t('programmes.empty') }}
      columns={[
        memberColumn(t('programmes.member')),
        { key: 'kind', title: t('employment.job.kind'), render: (_v, j) => codes.label('jobKind', j.kind) },
        { key: 'employer', title: t('employment.job.employer'), dataIndex: 'employer' },
        { key: 'place', title: t('employment.job.place'), dataIndex: 'place' },
        { key: 'months', title: t('employment.job.months'), dataIndex: 'months' },
        { key: 'income', title: t('employment.labour.income'), align: 'right', render: (_v, j) => formatFen(j.income, language) },
      ]} />
  );
}

export function PostsTab({ regionCode, year }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const [ending, setEnding] = useState<string | null>(null);
  const posts = useQuery(postsQuery(regionCode, year));
  const end = useMutation({
    mutationFn: ({ id, endedOn }: { id: string; endedOn: string }) => endPost(id, endedOn),
    onSuccess: async () => { setEnding(null); await queryClient.invalidateQueries({ queryKey: EMPLOYMENT_KEY }); void message.success(t('programmes.saved')); },
    onError: (error) => void message.error(problemMessage(error, t, language)),
  });
  if (posts.isError) return <LoadFailed title={t('programmes.loadFailed')} error={posts.error} onRetry={() => void posts.refetch()} />;
  const canWrite = user.permissions.includes('assistance:write');
  return (
    <Table<Post> rowKey="id" size="middle" loading={posts.isFetching} dataSource={posts.data ?? []} scroll={{ x: 'max-content' }} locale={{ emptyText: t('programmes.empty') }}
      columns={[
        memberColumn(t('programmes.member')),
        { key: 'title', title: t('employment.post.title'), dataIndex: 'title' },
        { key: 'allowance', title: t('employment.post.allowance'), align: 'right', render: (_v, p) => formatFen(p.monthlyAllowance, language) },
        { key: 'start', title: t('programmes.startedOn'), dataIndex: 'startedOn' },
        { key: 'end', title: t('programmes.endedOn'), dataIndex: 'endedOn' },
        ...(canWrite ? [{
          key: 'actions', title: t('programmes.actions'),
          render: (_v: unknown, p: Post) => (p.endedOn === null ? (
            <Popover trigger="click" open={ending === p.id} onOpenChange={(open) => setEnding(open ? p.id : null)} title={t('employment.post.endTitle')}
              content={<DatePicker onChange={(d) => { if (d) end.mutate({ id: p.id, endedOn: d.format('YYYY-MM-DD') }); }} />}>
              <Button type="link" size="small">{t('employment.post.end')}</Button>
            </Popover>
          ) : null),
        }] : []),
      ]} />
  );
}

export function TrainingTab({ regionCode, year }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const codes = useCodes();
  const training = useQuery(trainingQuery(regionCode, year));
  if (training.isError) return <LoadFailed title={t('programmes.loadFailed')} error={training.error} onRetry={() => void training.refetch()} />;
  return (
    <Table<Training> rowKey="id" size="middle" loading={training.isFetching} dataSource={training.data ?? []} scroll={{ x: 'max-content' }} locale={{ emptyText: t('programmes.empty') }}
      columns={[
        memberColumn(t('programmes.member')),
        { key: 'kind', title: t('employment.training.kind'), render: (_v, r) => codes.label('trainingKind', r.kind) },
        { key: 'course', title: t('employment.training.course'), dataIndex: 'course' },
        { key: 'provider', title: t('employment.training.provider'), dataIndex: 'provider' },
        { key: 'dates', title: t('programmes.startedOn'), render: (_v, r) => `${r.startedOn} – ${r.endedOn}` },
        { key: 'hours', title: t('employment.training.hours'), dataIndex: 'hours' },
        { key: 'cert', title: t('employment.training.certificate'), render: (_v, r) => (r.hasCertificate ? t('programmes.yes') : t('programmes.no')) },
        { key: 'subsidy', title: t('employment.training.subsidy'), align: 'right', render: (_v, r) => formatFen(r.subsidy, language) },
      ]} />
  );
}
