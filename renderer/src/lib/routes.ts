/** The app's pages and how a URL hash names them. No React here: the boot script uses it too. */
export type Route = 'containers' | 'images';

export const ROUTES: readonly Route[] = ['containers', 'images'];

export function routeFromHash(hash: string): Route {
  const name = hash.replace(/^#\/?/, '');
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'containers';
}

export function routeHref(route: Route): string {
  return `#/${route}`;
}
