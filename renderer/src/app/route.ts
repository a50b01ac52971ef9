/** Hash routes (the app is loaded from file:// in Electron, so no history API paths). */
import { useSyncExternalStore } from 'react';

export type Route = 'containers' | 'images';

export const ROUTES: readonly Route[] = ['containers', 'images'];

function parse(hash: string): Route {
  const name = hash.replace(/^#\/?/, '');
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'containers';
}

export function routeHref(route: Route): string {
  return `#/${route}`;
}

export function useRoute(): Route {
  return useSyncExternalStore(
    (listener) => {
      window.addEventListener('hashchange', listener);
      return () => window.removeEventListener('hashchange', listener);
    },
    () => parse(window.location.hash),
  );
}
