import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { REGION_PARAM } from '../regions/use-region-param.ts';

const SECTIONS = ['/procedures/mine', '/procedures', '/procedures/notices', '/procedures/quotas'] as const;

/** The four views of the procedures: my queue, the queues, notices, quotas. */
export function ProceduresNav() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const region = params.get(REGION_PARAM);
  const labels: Record<(typeof SECTIONS)[number], string> = {
    '/procedures/mine': t('procedures.mine.title'),
    '/procedures': t('procedures.nav.queues'),
    '/procedures/notices': t('procedures.nav.notices'),
    '/procedures/quotas': t('procedures.nav.quotas'),
  };
  return (
    <Segmented
      className="procedures-nav"
      value={SECTIONS.find((s) => s === pathname) ?? '/procedures'}
      options={SECTIONS.map((s) => ({ value: s, label: labels[s] }))}
      onChange={(value) => void navigate(region ? `${value}?${REGION_PARAM}=${region}` : value)}
    />
  );
}
