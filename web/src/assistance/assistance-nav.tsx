import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

const PAGES = ['/assistance/reports', '/assistance/bulk', '/cadres'] as const;

/** Moves between the assistance pages: reports, bulk entry, cadres and pairings. */
export function AssistanceNav() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const labels = { '/assistance/reports': t('assistance.reports.nav'), '/assistance/bulk': t('assistance.bulk.nav'), '/cadres': t('cadres.nav') };
  return (
    <Segmented className="assistance-page__nav" value={PAGES.find((p) => pathname.startsWith(p)) ?? PAGES[0]}
      options={PAGES.map((p) => ({ value: p, label: labels[p] }))} onChange={(p) => void navigate(`${p}${search}`)} />
  );
}
