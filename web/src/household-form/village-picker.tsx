import { useQuery } from '@tanstack/react-query';
import { TreeSelect } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/session.ts';
import { isWithinRegion, pathToReveal, type Region, type RegionNode } from '../regions/region-tree.ts';
import { regionQuery, regionSearchQuery } from '../regions/regions.queries.ts';
import { useRegionChildren } from '../regions/use-region-children.ts';

const SEARCH_DEBOUNCE_MS = 250;

interface VillageNode {
  value: string;
  title: string;
  isLeaf: boolean;
  selectable: boolean;
  children?: VillageNode[];
}

/** The user's regions down to villages; only a village can be chosen (households belong to villages). */
function buildVillageTree(root: Region, childrenByCode: ReadonlyMap<string, readonly RegionNode[]>): VillageNode[] {
  const build = (region: Region): VillageNode => {
    const isVillage = region.level === 'village';
    const loaded = childrenByCode.get(region.code);
    const node: VillageNode = { value: region.code, title: region.name, isLeaf: isVillage, selectable: isVillage };
    if (loaded) node.children = loaded.map(build);
    return node;
  };
  return [build(root)];
}

/**
 * Chooses the village of a household within the user's region: a tree loaded a level at a time,
 * or, while the user types, the villages whose name matches.
 */
export function VillagePicker({ id, value, onChange, status }: { id?: string; value?: string; onChange?: (code: string) => void; status?: '' | 'error' }) {
  const { t } = useTranslation();
  const scope = useCurrentUser().regionCode;
  const root = useQuery(regionQuery(scope));
  const chosen = useQuery({ ...regionQuery(value ?? ''), enabled: Boolean(value) });
  const { childrenByCode, loadChildren } = useRegionChildren();
  const [expanded, setExpanded] = useState<string[]>([scope]);
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const found = useQuery({ ...regionSearchQuery(q), placeholderData: (previous) => previous });

  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  // The chosen village's way down is opened, so the field shows its name rather than its code.
  useEffect(() => {
    if (!chosen.data) return;
    const reveal = pathToReveal(chosen.data, scope);
    setExpanded((previous) => [...new Set([...previous, ...reveal])]);
  }, [chosen.data, scope]);
  useEffect(() => {
    for (const code of expanded) if (!childrenByCode.has(code)) void loadChildren(code).catch(() => undefined);
  }, [expanded, childrenByCode, loadChildren]);

  const treeData = useMemo(() => {
    if (q && text.trim()) {
      return (found.data ?? []).filter((r) => r.level === 'village' && isWithinRegion(scope, r.code))
        .map((r) => ({ value: r.code, title: r.name, isLeaf: true, selectable: true }));
    }
    return root.data ? buildVillageTree(root.data, childrenByCode) : [];
  }, [q, text, found.data, scope, root.data, childrenByCode]);

  return (
    <TreeSelect
      id={id}
      value={value}
      status={status}
      onChange={(code: string) => { setText(''); onChange?.(code); }}
      treeData={treeData}
      treeExpandedKeys={q && text.trim() ? undefined : expanded}
      onTreeExpand={(keys) => setExpanded(keys.map(String))}
      loadData={(node) => loadChildren(String(node.value)).catch(() => undefined)}
      showSearch={{ searchValue: text, onSearch: setText, filterTreeNode: false }}
      loading={root.isPending || (Boolean(text.trim()) && found.isFetching)}
      placeholder={t('householdForm.villagePlaceholder')}
      notFoundContent={text.trim() ? t('householdForm.villageNotFound', { q: text.trim() }) : undefined}
      popupMatchSelectWidth={false}
      className="full-width"
      treeLine
    />
  );
}
