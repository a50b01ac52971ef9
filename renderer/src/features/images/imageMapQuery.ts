/**
 * The image map's query, shared by the map page and the images list, which prefetches it: the
 * first map of a fresh backend inspects every image (two Engine requests each, 2–5 s at 1,000
 * images), so the list starts that work while the user is still reading the list, and the map
 * opens from the cache. Later maps cost the backend nothing (its layer cache keeps every image).
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { queryKeys } from '../../lib/queryKeys';
import { api } from '../../lib/transport';

export const imageMapQuery = {
  queryKey: queryKeys.imageMap,
  queryFn: () => api.invoke('images.map', {}),
};

/** After the list is on screen, and only then: the map's requests never delay the list's own. */
const PREFETCH_AFTER_MS = 1000;
/** One prefetch per visit is enough: image events mark the map stale, and the map page refetches. */
const PREFETCH_FRESH_MS = 60_000;

export function usePrefetchImageMap(listShown: boolean): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!listShown) return;
    const timer = setTimeout(
      () => void queryClient.prefetchQuery({ ...imageMapQuery, staleTime: PREFETCH_FRESH_MS }),
      PREFETCH_AFTER_MS,
    );
    return () => clearTimeout(timer);
  }, [listShown, queryClient]);
}
