import { useQuery } from '@tanstack/react-query';
import { Empty, Input, List, Spin } from 'antd';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../api/problem-message.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { regionSearchQuery } from './regions.queries.ts';
import { useChosenRegion } from './use-region-param.ts';

const DEBOUNCE_MS = 250;

/** Finds a region by part of its name; choosing a result scopes the pages to it. */
export function RegionSearch({ onChosen, onSearching }: { onChosen?: () => void; onSearching: (isSearching: boolean) => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const inputId = useId();
  const { chooseRegion } = useChosenRegion();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');

  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  useEffect(() => onSearching(text.trim().length > 0), [text, onSearching]);

  // The last answer stays on screen while the next one loads, so the list does not flicker.
  const results = useQuery({ ...regionSearchQuery(q), placeholderData: (previous) => previous });
  const isSearching = text.trim().length > 0;
  const isSettled = q === text.trim() && !results.isFetching;

  return (
    <div className="region-search">
      <label htmlFor={inputId} className="visually-hidden">{t('regions.searchLabel')}</label>
      <Input.Search id={inputId} allowClear value={text} placeholder={t('regions.searchPlaceholder')} onChange={(e) => setText(e.target.value)} />
      {isSearching && (
        <div className="region-search__results" aria-live="polite" aria-busy={!isSettled}>
          <Spin spinning={!isSettled} size="small">
            {results.isError && <p className="region-search__error">{problemMessage(results.error, t, language)}</p>}
            {isSettled && results.data?.length === 0 && (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('regions.searchEmpty', { q })} />
            )}
            {results.data && results.data.length > 0 && (
              <List
                size="small"
                dataSource={results.data}
                renderItem={(region) => (
                  <List.Item>
                    <button type="button" className="region-search__result" onClick={() => {
                      chooseRegion(region.code);
                      setText('');
                      onChosen?.();
                    }}>
                      <span>{region.name}</span>
                      <span className="region-tree__level">{t(`regions.level.${region.level}`)}</span>
                    </button>
                  </List.Item>
                )}
              />
            )}
          </Spin>
        </div>
      )}
    </div>
  );
}
