/** Hash routes (the app is loaded from file:// in Electron, so no history API paths). */
import { useSyncExternalStore } from 'react';
import { routeFromHash, type Route } from '../lib/routes';

export { ROUTES, routeHref, type Route } from '../lib/routes';

export function useRoute(): Route {
  return useSyncExternalStore(
    (listener) => {
      window.addEventListener('hashchange', listener);
      return () => window.removeEventListener('hashchange', listener);
    },
    () => routeFromHash(window.location.hash),
  );
}
