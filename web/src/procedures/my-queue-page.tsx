import { useQuery } from '@tanstack/react-query';
import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoadFailed } from '../app/page-states.tsx';
import { useChosenRegion } from '../regions/use-region-param.ts';
import { ProcedureTable } from './procedure-table.tsx';
import { ProceduresNav } from './procedures-nav.tsx';
import { waitingForMeQuery } from './procedures.api.ts';
import './procedures.css';

/** The steps waiting for the signed-in user (their role and level), earliest deadline first. */
export default function MyQueuePage() {
  const { t } = useTranslation();
  const { regionCode } = useChosenRegion();
  const waiting = useQuery(waitingForMeQuery(regionCode));
  const overdue = waiting.data?.filter((p) => p.isOverdue).length ?? 0;
  return (
    <section className="page" aria-labelledby="my-queue-title">
      <div className="page__header">
        <Typography.Title level={1} id="my-queue-title" className="page__title">{t('procedures.mine.title')}</Typography.Title>
        <ProceduresNav />
      </div>
      {overdue > 0 && <Alert type="error" showIcon className="procedure-alert" message={t('procedures.mine.overdue', { count: overdue })} />}
      {waiting.isError ? (
        <LoadFailed title={t('procedures.loadFailed')} error={waiting.error} onRetry={() => void waiting.refetch()} />
      ) : (
        <ProcedureTable items={waiting.data ?? []} loading={waiting.isFetching} empty={t('procedures.mine.empty')} />
      )}
    </section>
  );
}
