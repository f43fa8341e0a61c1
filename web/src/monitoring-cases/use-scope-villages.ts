import { regionLevelOf } from '@fupin/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { regionChildrenQuery, regionQuery } from '../regions/regions.queries.ts';
import type { RegionRef } from './village-tiles.ts';

export interface ScopeVillages {
  villages: RegionRef[];
  townshipNames: ReadonlyMap<string, string>;
  isLoading: boolean;
}

/**
 * The villages of a county, township or village with their townships' names, from the region
 * tree. Above a county there are too many to draw: only the villages the counts name are drawn.
 */
export function useScopeVillages(regionCode: string): ScopeVillages {
  const level = regionLevelOf(regionCode);
  const isCounty = level === 'county';
  const isTownship = level === 'township';
  const isVillage = level === 'village';
  const townships = useQuery({ ...regionChildrenQuery(regionCode), enabled: isCounty });
  const self = useQuery({ ...regionQuery(isVillage ? regionCode.slice(0, 9) : regionCode), enabled: isTownship || isVillage });
  const townshipCodes = isCounty ? (townships.data ?? []).map((r) => r.code) : isTownship ? [regionCode] : [];
  const villageLists = useQueries({ queries: townshipCodes.map((code) => regionChildrenQuery(code)) });
  const townshipNames = new Map<string, string>();
  for (const r of townships.data ?? []) townshipNames.set(r.code, r.name);
  if (self.data && !isCounty) townshipNames.set(self.data.code, self.data.name);
  const villages: RegionRef[] = isVillage ? [{ code: regionCode, name: null }] : villageLists.flatMap((q) => q.data ?? []).map((r) => ({ code: r.code, name: r.name }));
  return {
    villages,
    townshipNames,
    isLoading: (isCounty && townships.isPending) || villageLists.some((q) => q.isPending),
  };
}
