import { useQuery } from '@tanstack/react-query';
import { TreeSelect } from 'antd';
import { useEffect, useMemo } from 'react';
import { useCurrentUser } from '../auth/session.ts';
import { buildRegionTree, pathToReveal } from '../regions/region-tree.ts';
import { regionQuery } from '../regions/regions.queries.ts';
import { useRegionChildren } from '../regions/use-region-children.ts';

interface RegionPickerProps {
  id?: string;
  value?: string | undefined;
  onChange?: (code: string | undefined) => void;
  placeholder?: string;
  'aria-invalid'?: boolean;
}

/**
 * A region from the tree of the signed-in user's scope, one level loaded at a time. A region
 * already chosen (editing a user) has its branch opened so that its name shows, not its code.
 */
export function RegionPicker({ id, value, onChange, placeholder, ...rest }: RegionPickerProps) {
  const { regionCode: scopeCode } = useCurrentUser();
  const root = useQuery(regionQuery(scopeCode));
  const chosen = useQuery({ ...regionQuery(value ?? scopeCode), enabled: Boolean(value) });
  const { childrenByCode, loadChildren } = useRegionChildren();

  useEffect(() => {
    if (!value || !chosen.data) return;
    // A failed branch stays closed; opening it in the tree tries again.
    for (const code of pathToReveal(chosen.data, scopeCode)) loadChildren(code).catch(() => undefined);
  }, [value, chosen.data, scopeCode, loadChildren]);

  const treeData = useMemo(() => (root.data ? buildRegionTree(root.data, childrenByCode) : []), [root.data, childrenByCode]);
  return (
    <TreeSelect
      id={id}
      aria-invalid={rest['aria-invalid']}
      className="region-picker"
      value={value}
      onChange={(code: string | undefined) => onChange?.(code)}
      treeData={treeData}
      fieldNames={{ label: 'title', value: 'key', children: 'children' }}
      loadData={(node) => loadChildren(String(node.key ?? node.value))}
      loading={root.isPending}
      placeholder={placeholder}
      showSearch
      treeNodeFilterProp="title"
      allowClear
      popupMatchSelectWidth={false}
    />
  );
}
