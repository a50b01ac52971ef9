/**
 * What the boot script needs to know about a URL hash before the router (and React) load: which
 * list the first screen shows. The routes themselves are in app/router.tsx (TanStack Router,
 * hash history); this stays a few lines so boot.ts stays small.
 */
export type Section = 'containers' | 'images' | 'logs';

/** "#/images", "#/images?q=web", "#/images/<id>" → images; "#/logs…" → logs; anything else → containers. */
export function sectionFromPath(pathOrHash: string): Section {
  const path = pathOrHash.replace(/^#/, '').split('?')[0] ?? '';
  if (/^\/?logs(\/|$)/.test(path)) return 'logs';
  return /^\/?images(\/|$)/.test(path) ? 'images' : 'containers';
}
