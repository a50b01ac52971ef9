/**
 * A list page's state in the URL's search params (filter text, filters, sort, grouping), so Back
 * from a detail page returns to the list as it was, and a link can name a filtered view. Parsers
 * accept anything (a hand-edited URL) and keep only values they know; defaults are left out of
 * the URL (undefined), so a plain list is a plain "#/images".
 */

export type SortDir = 'asc' | 'desc';

export function optionalString(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

export const CONTAINER_SHOWS = ['all', 'running', 'paused', 'stopped'] as const;
export type ContainerShow = (typeof CONTAINER_SHOWS)[number];

export const CONTAINER_SORT_KEYS = ['name', 'image', 'state', 'ports', 'created', 'size'] as const;
export type ContainerSortKey = (typeof CONTAINER_SORT_KEYS)[number];

/** The containers list's URL: `#/containers?q=web&show=running&sort=name&dir=desc&group=none`. */
export interface ContainersSearch {
  /** Filter text (names, images, IDs, status, compose project or service). */
  q?: string;
  /** Absent: all states. */
  show?: Exclude<ContainerShow, 'all'>;
  /** Absent: created (the Engine's newest-first order). */
  sort?: ContainerSortKey;
  /** Absent: the key's natural direction. */
  dir?: SortDir;
  /** Absent: grouped by compose project; "none" lists every container flat. */
  group?: 'none';
}

export function parseContainersSearch(raw: Record<string, unknown>): ContainersSearch {
  const show = oneOf(raw.show, CONTAINER_SHOWS);
  return compact({
    q: optionalString(raw.q),
    show: show === 'all' ? undefined : show,
    sort: oneOf(raw.sort, CONTAINER_SORT_KEYS),
    dir: oneOf(raw.dir, ['asc', 'desc'] as const),
    group: raw.group === 'none' ? ('none' as const) : undefined,
  });
}

/** Drops keys whose value is undefined, so they leave the URL. */
export function compact<T extends object>(search: T): T {
  return Object.fromEntries(Object.entries(search).filter(([, value]) => value !== undefined)) as T;
}
