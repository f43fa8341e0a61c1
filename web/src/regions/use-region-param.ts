import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { useCurrentUser } from '../auth/session.ts';
import { isWithinRegion } from './region-tree.ts';

export const REGION_PARAM = 'region';

/** A region code from the address, if it lies in the user's scope; otherwise the scope itself. */
export function chosenRegion(raw: string | null, scopeCode: string): string {
  return raw && /^\d{2,12}$/.test(raw) && isWithinRegion(scopeCode, raw) ? raw : scopeCode;
}

/**
 * The region every list and chart is scoped by, kept in the address (?region=) so that a link,
 * a reload or the back button shows the same place.
 */
export function useChosenRegion(): { regionCode: string; scopeCode: string; chooseRegion: (code: string) => void } {
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const regionCode = chosenRegion(params.get(REGION_PARAM), user.regionCode);
  const chooseRegion = useCallback((code: string) => {
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      next.set(REGION_PARAM, code);
      next.delete('page'); // another region has other pages
      return next;
    });
  }, [setParams]);
  return { regionCode, scopeCode: user.regionCode, chooseRegion };
}
