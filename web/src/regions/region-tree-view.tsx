import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Skeleton, Tree } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/use-language.ts';
import { problemMessage } from '../api/problem-message.ts';
import { buildRegionTree, pathToReveal, type RegionTreeNode } from './region-tree.ts';
import { regionQuery } from './regions.queries.ts';
import { useRegionChildren } from './use-region-children.ts';
import { useChosenRegion } from './use-region-param.ts';

/** The user's regions, one level at a time; the chosen one is highlighted and kept open to view. */
export function RegionTreeView({ onChosen }: { onChosen?: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { regionCode, scopeCode, chooseRegion } = useChosenRegion();
  const root = useQuery(regionQuery(scopeCode));
  const chosen = useQuery(regionQuery(regionCode));
  const { childrenByCode, loadChildren } = useRegionChildren();
  const [expanded, setExpanded] = useState<string[]>([scopeCode]);
  const [loadError, setLoadError] = useState<unknown>(null);

  // A region chosen by link or search: open the way down to it.
  useEffect(() => {
    if (!chosen.data) return;
    const reveal = pathToReveal(chosen.data, scopeCode);
    setExpanded((previous) => (reveal.every((code) => previous.includes(code)) ? previous : [...new Set([...previous, ...reveal])]));
  }, [chosen.data, scopeCode]);

  // Open nodes need their children, whether the user or the code opened them.
  useEffect(() => {
    for (const code of expanded) {
      if (!childrenByCode.has(code)) loadChildren(code).catch(setLoadError);
    }
  }, [expanded, childrenByCode, loadChildren]);

  const treeData = useMemo(() => (root.data ? buildRegionTree(root.data, childrenByCode) : []), [root.data, childrenByCode]);

  if (root.isPending) return <Skeleton active paragraph={{ rows: 6 }} title={false} />;
  if (root.isError) {
    return <Alert type="warning" showIcon title={t('regions.loadFailed')} description={problemMessage(root.error, t, language)}
      action={<Button size="small" onClick={() => void root.refetch()}>{t('common.retry')}</Button>} />;
  }
  return (
    <>
      {loadError !== null && (
        <Alert type="warning" showIcon className="region-panel__alert" title={problemMessage(loadError, t, language)}
          action={<Button size="small" onClick={() => { setLoadError(null); setExpanded((e) => [...e]); }}>{t('common.retry')}</Button>} />
      )}
      <Tree<RegionTreeNode>
        aria-label={t('regions.treeLabel')}
        className="region-tree"
        blockNode
        treeData={treeData}
        expandedKeys={expanded}
        onExpand={(keys) => setExpanded(keys.map(String))}
        loadData={(node) => loadChildren(String(node.key)).catch(setLoadError)}
        selectedKeys={[regionCode]}
        onSelect={(_keys, info) => {
          chooseRegion(String(info.node.key));
          onChosen?.();
        }}
        titleRender={(node) => <span className="region-tree__title">{node.title}</span>}
      />
    </>
  );
}
