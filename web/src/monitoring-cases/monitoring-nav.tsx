import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { REGION_PARAM } from '../regions/use-region-param.ts';

const SECTIONS = ['/monitoring', '/monitoring/cases', '/monitoring/map', '/monitoring/counts'] as const;
type Section = (typeof SECTIONS)[number];

/** The section a path belongs to: a case's page counts as the cases. */
export function sectionOf(pathname: string): Section {
  return [...SECTIONS].reverse().find((s) => pathname === s || pathname.startsWith(`${s}/`)) ?? '/monitoring';
}

/** The four views of monitoring: the alerts (and department data), the cases, the map, the counts. */
export function MonitoringNav() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const region = params.get(REGION_PARAM);
  const labels: Record<Section, string> = {
    '/monitoring': t('monitoringCases.nav.alerts'),
    '/monitoring/cases': t('monitoringCases.nav.cases'),
    '/monitoring/map': t('monitoringCases.nav.map'),
    '/monitoring/counts': t('monitoringCases.nav.counts'),
  };
  return (
    <Segmented
      className="monitoring-nav"
      aria-label={t('monitoring.nav')}
      value={sectionOf(pathname)}
      options={SECTIONS.map((s) => ({ value: s, label: labels[s] }))}
      onChange={(value) => void navigate(region ? `${value}?${REGION_PARAM}=${region}` : value)}
    />
  );
}
