import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { REGION_PARAM } from '../regions/use-region-param.ts';

const PAGES = ['/policy', '/exit-reports', '/indicators'] as const;
type PagePath = (typeof PAGES)[number];
const LABEL: Record<PagePath, 'policy.nav.settings' | 'policy.nav.exitReports' | 'policy.nav.indicators'> = {
  '/policy': 'policy.nav.settings', '/exit-reports': 'policy.nav.exitReports', '/indicators': 'policy.nav.indicators',
};

/** The three pages under one top-bar link: standards, village and county exit, indicators (the region goes along). */
export function PolicyNav() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const region = params.get(REGION_PARAM);
  const current = PAGES.find((p) => pathname.startsWith(p)) ?? '/policy';
  return (
    <Segmented<PagePath>
      className="policy-nav"
      aria-label={t('policy.navLink')}
      value={current}
      onChange={(path) => void navigate(region ? `${path}?${REGION_PARAM}=${region}` : path)}
      options={PAGES.map((p) => ({ value: p, label: t(LABEL[p]) }))}
    />
  );
}
