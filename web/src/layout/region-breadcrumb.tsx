import { useQuery } from '@tanstack/react-query';
import { Breadcrumb, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { isWithinRegion, regionTrail } from '../regions/region-tree.ts';
import { regionQuery } from '../regions/regions.queries.ts';
import { useChosenRegion } from '../regions/use-region-param.ts';

/** Where the page is scoped: the chosen region's path; the parts inside the user's scope lead up. */
export function RegionBreadcrumb() {
  const { t } = useTranslation();
  const { regionCode, scopeCode, chooseRegion } = useChosenRegion();
  const detail = useQuery(regionQuery(regionCode));
  if (detail.isError) return <span className="region-breadcrumb">{regionCode}</span>;
  if (!detail.data) return <Skeleton.Input active size="small" className="region-breadcrumb region-breadcrumb--loading" />;
  const trail = regionTrail(detail.data);
  return (
    <Breadcrumb
      className="region-breadcrumb"
      aria-label={t('regions.current')}
      items={trail.map((region) => {
        const canGo = region.code !== regionCode && isWithinRegion(scopeCode, region.code);
        return {
          key: region.code,
          title: canGo
            ? <a href={`?region=${region.code}`} onClick={(e) => { e.preventDefault(); chooseRegion(region.code); }}>{region.name}</a>
            : <span aria-current={region.code === regionCode ? 'location' : undefined}>{region.name}</span>,
        };
      })}
    />
  );
}
