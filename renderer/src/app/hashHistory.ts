/**
 * Hash history for TanStack Router that reads the route only from the hash. The library's own
 * createHashHistory appends the page's real query string to the hash's path, so in `serve` mode
 * (`/?token=…#/images?sort=tag`) the token leaked into the route's search params ("tag?token=…").
 * Writing keeps the page's own path and query (the token) in front of the hash.
 */
import { createBrowserHistory } from '@tanstack/react-router';

type HistoryOptions = NonNullable<Parameters<typeof createBrowserHistory>[0]>;
type HistoryLocation = ReturnType<NonNullable<HistoryOptions['parseLocation']>>;

/** "#/images?q=web" → path "/images", search "?q=web"; an empty hash is "/". */
export function parseHash(hash: string): Omit<HistoryLocation, 'state'> {
  const href = hash.replace(/^#/, '') || '/';
  const hashAt = href.indexOf('#');
  const beforeHash = hashAt >= 0 ? href.slice(0, hashAt) : href;
  const searchAt = beforeHash.indexOf('?');
  return {
    href,
    pathname: searchAt >= 0 ? beforeHash.slice(0, searchAt) : beforeHash,
    search: searchAt >= 0 ? beforeHash.slice(searchAt) : '',
    hash: hashAt >= 0 ? href.slice(hashAt) : '',
  };
}

export function createAppHashHistory() {
  return createBrowserHistory({
    parseLocation: (): HistoryLocation => {
      const state = window.history.state as HistoryLocation['state'] | null;
      const key = Math.random().toString(36).slice(2, 10);
      return { ...parseHash(window.location.hash), state: state ?? { __TSR_index: 0, key, __TSR_key: key } };
    },
    createHref: (href) => `${window.location.pathname}${window.location.search}#${href}`,
  });
}
