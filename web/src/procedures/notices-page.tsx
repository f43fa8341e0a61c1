import { useQuery } from '@tanstack/react-query';
import { Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoadFailed } from '../app/page-states.tsx';
import { useChosenRegion } from '../regions/use-region-param.ts';
import { ProceduresNav } from './procedures-nav.tsx';
import { noticePostingsQuery, noticeUrl, type NoticePosting } from './procedures.api.ts';
import { useProcedureLabels } from './procedure-labels.ts';
import './procedures.css';

/** Notices posted in the region, each printable (A4) or as Excel; the posting period says when it ends. */
export default function NoticesPage() {
  const { t } = useTranslation();
  const labels = useProcedureLabels();
  const { regionCode } = useChosenRegion();
  const postings = useQuery(noticePostingsQuery(regionCode));
  return (
    <section className="page" aria-labelledby="notices-title">
      <div className="page__header">
        <Typography.Title level={1} id="notices-title" className="page__title">{t('procedures.nav.notices')}</Typography.Title>
        <ProceduresNav />
      </div>
      {postings.isError ? (
        <LoadFailed title={t('procedures.loadFailed')} error={postings.error} onRetry={() => void postings.refetch()} />
      ) : (
        <Table<NoticePosting>
          rowKey={(n) => `${n.villageCode}/${n.step}/${n.startsOn}`}
          size="middle"
          loading={postings.isFetching}
          dataSource={postings.data ?? []}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('procedures.notices.empty') }}
          columns={[
            { key: 'village', title: t('procedures.columns.village'), render: (_v, n) => n.villageName },
            { key: 'step', title: t('procedures.notices.step'), render: (_v, n) => labels.step(n.step) },
            { key: 'period', title: t('procedures.notices.period'), render: (_v, n) => `${n.startsOn} ~ ${n.endsOn}` },
            { key: 'households', title: t('procedures.notices.households'), dataIndex: 'households' },
            { key: 'state', title: t('procedures.columns.status'), render: (_v, n) => (n.isPosted ? <Tag color="processing">{t('procedures.notices.posted')}</Tag> : <Tag>{t('procedures.notices.ended')}</Tag>) },
            { key: 'actions', title: '', render: (_v, n) => (
              <Space>
                <a href={noticeUrl('print', n)} target="_blank" rel="noreferrer">{t('procedures.notices.print')}</a>
                <a href={noticeUrl('export', n)}>{t('procedures.notices.excel')}</a>
              </Space>
            ) },
          ]}
        />
      )}
    </section>
  );
}
