import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { api, unwrap } from '../api/api-client.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { codeLabel, codeOptions, type CodeIndex, indexCodeLists } from './code-lists.ts';

const EMPTY: CodeIndex = new Map();

/** The code lists change only with a release: fetched once per visit. */
export function useCodeIndex() {
  const query = useQuery({
    queryKey: ['codes'],
    queryFn: () => unwrap(api.GET('/api/v1/codes')),
    staleTime: Infinity,
    gcTime: Infinity,
    select: indexCodeLists,
  });
  return { index: query.data ?? EMPTY, isLoading: query.isLoading, error: query.error };
}

/** Labels and options of the code lists in the chosen language. */
export function useCodes() {
  const { index } = useCodeIndex();
  const { language } = useLanguage();
  const label = useCallback((list: string, code: string | null | undefined) => codeLabel(index, list, code, language), [index, language]);
  const options = useCallback((list: string) => codeOptions(index, list, language), [index, language]);
  return useMemo(() => ({ label, options }), [label, options]);
}
