import { useSyncExternalStore } from 'react';

/** Ant Design's `lg` breakpoint: below it the region panel becomes a drawer. */
export const WIDE_SCREEN_QUERY = '(min-width: 992px)';

/**
 * Whether a media query matches, known on the first render (unlike a breakpoint hook that
 * settles in an effect), so a desktop never flashes the phone layout.
 */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (notify) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', notify);
      return () => list.removeEventListener('change', notify);
    },
    () => window.matchMedia(query).matches,
  );
}
