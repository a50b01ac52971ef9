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

export interface ContainersSearch {
  q?: string;
}

export function parseContainersSearch(raw: Record<string, unknown>): ContainersSearch {
  const q = optionalString(raw.q);
  return q === undefined ? {} : { q };
}

/** Drops keys whose value is undefined, so they leave the URL. */
export function compact<T extends object>(search: T): T {
  return Object.fromEntries(Object.entries(search).filter(([, value]) => value !== undefined)) as T;
}
