import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { RegionNode } from './region-tree.ts';
import { regionChildrenQuery } from './regions.queries.ts';

/** Children of regions, loaded a level at a time as a tree opens; a level once loaded is kept. */
export function useRegionChildren() {
  const queryClient = useQueryClient();
  const [childrenByCode, setChildrenByCode] = useState<ReadonlyMap<string, readonly RegionNode[]>>(() => new Map());
  const loadChildren = useCallback(async (code: string) => {
    const rows = await queryClient.fetchQuery(regionChildrenQuery(code));
    setChildrenByCode((previous) => (previous.has(code) ? previous : new Map(previous).set(code, rows)));
  }, [queryClient]);
  return { childrenByCode, loadChildren };
}
