import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { REGION_PARAM } from '../regions/use-region-param.ts';

const PAGES = ['/employment', '/microloans', '/education-aid'] as const;

/** Moves between the programme pages (one entry in the top bar leads to all three), keeping the region. */
export function ProgrammeNav() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const region = params.get(REGION_PARAM);
  const labels = { '/employment': t('employment.nav'), '/microloans': t('microloans.nav'), '/education-aid': t('educationAid.nav') };
  return (
    <Segmented className="programme-nav" value={PAGES.find((p) => pathname.startsWith(p)) ?? '/employment'}
      options={PAGES.map((p) => ({ value: p, label: labels[p] }))}
      onChange={(p) => void navigate(region ? `${p}?${REGION_PARAM}=${region}` : p)} />
  );
}
