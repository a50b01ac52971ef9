import { describe, expect, it } from 'vitest';
import { LogSearch, type SearchState } from '../../renderer/src/features/logs/model/search';
import { compileQuery, searchLines } from '../../renderer/src/features/logs/model/searchCore';
import type { LogEntry, SearchQuery } from '../../renderer/src/features/logs/model/types';

function entries(from: number, texts: string[]): LogEntry[] {
  return texts.map((plain, k) => ({
    seq: from + k,
    source: 0,
    stream: 'stdout',
    ts: '',
    tsMs: 0,
    text: plain,
    plain,
    level: null,
    structured: null,
    continuation: false,
  }));
}
const query = (text: string, options: Partial<SearchQuery> = {}): SearchQuery => ({
  text,
  regex: false,
  caseSensitive: false,
  ...options,
});

/** A search running on this thread (Node has no Worker), with its latest state. */
function searchOver(texts: string[]) {
  let state: SearchState | undefined;
  const search = new LogSearch((next) => (state = next), { worker: false });
  search.append(entries(0, texts));
  return { search, latest: () => state! };
}

describe('LogSearch', () => {
  const texts = ['GET /api 200', 'get /API 500 error', 'POST /login 200', 'nothing here', 'api api api'];

  it('finds every occurrence, case-insensitive by default, with ranges to highlight', () => {
    const { search, latest } = searchOver(texts);
    search.setQuery(query('api'));
    expect(latest()).toMatchObject({ status: 'done', matches: [0, 1, 4], count: 5 });
    expect(latest().rangesFor(1)).toEqual([[5, 8]]);
    expect(latest().rangesFor(4)).toEqual([
      [0, 3],
      [4, 7],
      [8, 11],
    ]);
    expect(latest().rangesFor(3)).toEqual([]);
  });

  it('honours case and treats text as text unless regex is on', () => {
    const { search, latest } = searchOver(texts);
    search.setQuery(query('API', { caseSensitive: true }));
    expect(latest().matches).toEqual([1]);
    search.setQuery(query('/ap.'));
    expect(latest().count).toBe(0);
    search.setQuery(query('/ap.', { regex: true }));
    expect(latest().matches).toEqual([0, 1]);
    search.setQuery(query('^(GET|POST) .* 200$', { regex: true, caseSensitive: true }));
    expect(latest().matches).toEqual([0, 2]);
  });

  it('says what is wrong with an invalid pattern, in words', () => {
    const { search, latest } = searchOver(texts);
    search.setQuery(query('(unclosed', { regex: true }));
    expect(latest()).toMatchObject({ status: 'error', matches: [], count: 0 });
    expect(latest().message).toBe('Not a valid regular expression: unterminated group.');
  });

  it('goes idle for an empty query', () => {
    const { search, latest } = searchOver(texts);
    search.setQuery(query('api'));
    search.setQuery(query(''));
    expect(latest()).toMatchObject({ status: 'idle', count: 0, matches: [] });
  });

  it('searches new lines as they come and forgets evicted ones', () => {
    const { search, latest } = searchOver(texts);
    search.setQuery(query('200'));
    expect(latest().matches).toEqual([0, 2]);
    search.append(entries(5, ['PUT /x 200', 'nope']));
    expect(latest()).toMatchObject({ matches: [0, 2, 5], count: 3 });
    search.evictBefore(2);
    expect(latest()).toMatchObject({ matches: [2, 5], count: 2 });
    expect(latest().rangesFor(0)).toEqual([]);
    search.reset(entries(10, ['200 200']));
    expect(latest()).toMatchObject({ matches: [10], count: 2 });
  });

  it('skips empty matches instead of looping', () => {
    const { search, latest } = searchOver(['aaa b aa']);
    search.setQuery(query('a*', { regex: true }));
    expect(latest().count).toBe(2);
    expect(latest().rangesFor(0)).toEqual([
      [0, 3],
      [6, 8],
    ]);
  });
});

describe('searchLines', () => {
  it('counts every occurrence but keeps at most 1,000 ranges a line', () => {
    const compiled = compileQuery(query('x'));
    if (!compiled.ok) throw new Error(compiled.message);
    const chunk = searchLines(new RegExp(compiled.source, compiled.flags), [42], ['x'.repeat(5000)]);
    expect(Array.from(chunk.seqs)).toEqual([42]);
    expect(Array.from(chunk.counts)).toEqual([5000]);
    expect(chunk.offsets[1]).toBe(1000);
  });

  it('escapes text queries', () => {
    expect(compileQuery(query('a.b*(c)'))).toEqual({ ok: true, source: 'a\\.b\\*\\(c\\)', flags: 'gi' });
  });
});
