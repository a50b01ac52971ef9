/** Which lines the view shows: all of the buffer, or only those at a level or matching the search. */
import type { LogRing } from './model/ringBuffer';
import type { SearchState } from './model/search';
import type { LogEntry, LogLevel } from './model/types';

export type LevelFilter = 'all' | 'error' | 'warn' | 'info' | 'debug';

export const LEVEL_FILTERS: ReadonlyArray<{ value: LevelFilter; label: string }> = [
  { value: 'all', label: 'All levels' },
  { value: 'error', label: 'Error' },
  { value: 'warn', label: 'Warn and up' },
  { value: 'info', label: 'Info and up' },
  { value: 'debug', label: 'Debug and up' },
];

const SEVERITY: Record<LogLevel, number> = { error: 4, warn: 3, info: 2, debug: 1, trace: 0 };

/** A line passes "warn" when it is a warning or an error; a line without a level passes only "all". */
export function passesLevel(entry: LogEntry, filter: LevelFilter): boolean {
  if (filter === 'all') return true;
  return entry.level !== null && SEVERITY[entry.level] >= SEVERITY[filter];
}

/**
 * The entries to show when a filter is on, oldest first; null when none is (the view then reads
 * the buffer itself, without copying it).
 */
export function filteredEntries(
  ring: LogRing<LogEntry>,
  level: LevelFilter,
  onlyMatching: SearchState | null,
): LogEntry[] | null {
  if (level === 'all' && !onlyMatching) return null;
  const matching = onlyMatching ? new Set(onlyMatching.matches) : null;
  const out: LogEntry[] = [];
  for (let i = 0; i < ring.length; i++) {
    const entry = ring.at(i)!;
    if (matching && !matching.has(entry.seq)) continue;
    if (!passesLevel(entry, level)) continue;
    out.push(entry);
  }
  return out;
}
