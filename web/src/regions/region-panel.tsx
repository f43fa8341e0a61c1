import { Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RegionSearch } from './region-search.tsx';
import { RegionTreeView } from './region-tree-view.tsx';

/** The side panel: where the user is, and where they can go within their scope. */
export function RegionPanel({ onChosen, showTitle = true }: { onChosen?: () => void; showTitle?: boolean }) {
  const { t } = useTranslation();
  const [isSearching, setSearching] = useState(false);
  return (
    <nav className="region-panel" aria-label={t('regions.panelTitle')}>
      {showTitle && <Typography.Title level={2} className="region-panel__title">{t('regions.panelTitle')}</Typography.Title>}
      <RegionSearch onChosen={onChosen} onSearching={setSearching} />
      {/* Kept mounted while searching, so the opened branches survive a search. */}
      <div hidden={isSearching}>
        <RegionTreeView onChosen={onChosen} />
      </div>
    </nav>
  );
}
