import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../auth/session.ts';
import { REGION_PARAM } from '../regions/use-region-param.ts';
import { isCaseOverdue } from './case-rules.ts';
import { waitingForMeQuery } from './monitoring-cases.api.ts';

/** Says how many cases wait for the signed-in user (and how many are overdue), with the way to them. */
export function WaitingBanner({ regionCode }: { regionCode: string }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const canAct = user.permissions.includes('cases:write') || user.permissions.includes('cases:approve');
  const waiting = useQuery({ ...waitingForMeQuery(regionCode), enabled: canAct });
  const items = waiting.data ?? [];
  if (items.length === 0) return null;
  const overdue = items.filter((c) => isCaseOverdue(c.flags)).length;
  return (
    <Alert type={overdue > 0 ? 'error' : 'info'} showIcon className="monitoring-banner"
      title={(
        <span>
          {t('monitoringCases.inbox.waitingForMe', { count: items.length })}
          {overdue > 0 && t('monitoringCases.inbox.waitingOverdue', { count: overdue })}{' '}
          <Link to={`/monitoring/cases?view=mine&${REGION_PARAM}=${regionCode}`}>{t('monitoringCases.inbox.goToMine')}</Link>
        </span>
      )} />
  );
}
