/**
 * What the boot script needs to know about a URL hash before the router (and React) load: which
 * list the first screen shows. The routes themselves are in app/router.tsx (TanStack Router,
 * hash history); this stays a few lines so boot.ts stays small.
 */
export type Section = 'containers' | 'images';

/** "#/images", "#/images?q=web", "#/images/<id>" → images; anything else → containers. */
export function sectionFromPath(pathOrHash: string): Section {
  const path = pathOrHash.replace(/^#/, '').split('?')[0] ?? '';
  return /^\/?images(\/|$)/.test(path) ? 'images' : 'containers';
}
