/** The current match of a search ("3 of 17"), kept on its occurrence while lines arrive and leave; the level filter. */
import { describe, expect, it } from 'vitest';
import { cursorAt, cursorIndex, matchText } from '../../renderer/src/features/logs/matchCursor';
import type { SearchState } from '../../renderer/src/features/logs/model/search';
import type { LogEntry, MatchRange } from '../../renderer/src/features/logs/model/types';
import { passesLevel } from '../../renderer/src/features/logs/viewFilter';

function state(byLine: Record<number, MatchRange[]>): SearchState {
  const matches = Object.keys(byLine).map(Number);
  return {
    status: 'done',
    matches,
    count: matches.reduce((n, seq) => n + byLine[seq]!.length, 0),
    rangesFor: (seq) => byLine[seq] ?? [],
  };
}

describe('match cursor', () => {
  const search = state({
    3: [
      [0, 2],
      [5, 7],
    ],
    8: [[1, 3]],
  });

  it('walks the occurrences in order and wraps at both ends', () => {
    expect(cursorAt(search, 0)).toEqual({ seq: 3, range: [0, 2] });
    expect(cursorAt(search, 2)).toEqual({ seq: 8, range: [1, 3] });
    expect(cursorAt(search, 3)).toEqual({ seq: 3, range: [0, 2] });
    expect(cursorAt(search, -1)).toEqual({ seq: 8, range: [1, 3] });
    expect(cursorIndex(search, { seq: 3, range: [5, 7] })).toBe(1);
    expect(matchText(search, 1)).toBe('2 of 3');
  });

  it('finds its occurrence again in a later state, or says it is gone', () => {
    const later = state({ 8: [[1, 3]], 12: [[0, 1]] });
    expect(cursorIndex(later, { seq: 8, range: [1, 3] })).toBe(0);
    expect(cursorIndex(later, { seq: 3, range: [0, 2] })).toBe(-1);
  });

  it('says "No matches" and the pattern’s error', () => {
    expect(matchText(state({}), -1)).toBe('No matches');
    const error: SearchState = { ...state({}), status: 'error', message: 'Unterminated group' };
    expect(matchText(error, -1)).toBe('Unterminated group');
    expect(matchText({ ...state({}), status: 'idle' }, -1)).toBeNull();
  });

  it('says "Searching…" until a new pattern’s first answer, not "No matches"', () => {
    expect(matchText({ ...state({}), status: 'searching' }, -1)).toBe('Searching…');
    expect(matchText({ ...state({ 4: [[0, 1]] }), status: 'searching' }, -1)).toBe('1 match');
  });
});

describe('level filter', () => {
  const at = (level: LogEntry['level']) => ({ level }) as LogEntry;
  it('shows the level and everything more severe; a line without a level only under "all"', () => {
    expect(passesLevel(at('error'), 'warn')).toBe(true);
    expect(passesLevel(at('info'), 'warn')).toBe(false);
    expect(passesLevel(at('debug'), 'debug')).toBe(true);
    expect(passesLevel(at(null), 'debug')).toBe(false);
    expect(passesLevel(at(null), 'all')).toBe(true);
  });
});
