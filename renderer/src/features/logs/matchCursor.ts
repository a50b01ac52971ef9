/**
 * The "current match" of a search: one occurrence (a line's seq and a range in it), found again in
 * each new search state so "3 of 17" stays on the same occurrence while lines arrive. Pure.
 */
import type { SearchState } from './model/search';
import type { MatchRange } from './model/types';

export interface MatchCursor {
  seq: number;
  range: MatchRange;
}

/** The 0-based position of `cursor` among all occurrences, or -1 when it is gone (evicted, or no longer matching). */
export function cursorIndex(search: SearchState, cursor: MatchCursor | null): number {
  if (!cursor) return -1;
  let index = 0;
  for (const seq of search.matches) {
    const ranges = search.rangesFor(seq);
    if (seq === cursor.seq) {
      const at = ranges.findIndex((r) => r[0] === cursor.range[0] && r[1] === cursor.range[1]);
      return at < 0 ? -1 : index + at;
    }
    index += ranges.length;
  }
  return -1;
}

/** The occurrence at position `n` (wrapping around both ends), or null when there is none. */
export function cursorAt(search: SearchState, n: number): MatchCursor | null {
  if (search.count === 0) return null;
  let target = ((n % search.count) + search.count) % search.count;
  for (const seq of search.matches) {
    const ranges = search.rangesFor(seq);
    if (target < ranges.length) return { seq, range: ranges[target]! };
    target -= ranges.length;
  }
  return null;
}

/**
 * What the match count says: "3 of 17", "17 matches" (none chosen yet), "No matches", "Searching…"
 * while a new pattern's first answer is out (not "No matches", which a slow pattern is not), or the
 * pattern's error.
 */
export function matchText(search: SearchState, index: number): string | null {
  if (search.status === 'idle') return null;
  if (search.status === 'error') return search.message ?? 'Invalid pattern';
  if (search.status === 'searching' && search.count === 0) return 'Searching…';
  if (search.count === 0) return 'No matches';
  return index >= 0 ? `${index + 1} of ${search.count}` : `${search.count} ${search.count === 1 ? 'match' : 'matches'}`;
}
