import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCaseLabels } from './case-labels.ts';
import { isCaseOverdue, STATE_COLORS } from './case-rules.ts';

/**
 * A household's place in monitoring, for its card: its open case (state, red when late) leading
 * to the case, or else its open alerts leading to the village's inbox.
 */
export function CaseBadge({ openCase, openAlerts, villageCode }: {
  openCase: { id: string; state: string; flags: readonly string[] } | null; openAlerts: number; villageCode: string;
}) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  if (openCase) {
    return (
      <Link to={`/monitoring/cases/${openCase.id}`} className="case-badge">
        <Tag color={isCaseOverdue(openCase.flags) ? 'red' : STATE_COLORS[openCase.state] ?? 'default'}>{t('monitoringCases.badge.case', { state: labels.state(openCase.state) })}</Tag>
      </Link>
    );
  }
  if (openAlerts === 0) return null;
  return (
    <Link to={`/monitoring?region=${villageCode}`} className="case-badge">
      <Tag color="volcano">{t('monitoringCases.badge.alerts', { count: openAlerts })}</Tag>
    </Link>
  );
}
