/**
 * WIP stub (issue 9): search over the buffer — matches (entry seqs, in order), the count of
 * occurrences, and the ranges to highlight. The real one keeps a pattern that backtracks without
 * end from hanging the window.
 */
import type { LogEntry, MatchRange, SearchQuery } from './types';

export interface SearchState {
  status: 'idle' | 'searching' | 'done' | 'error';
  /** For 'error': what is wrong with the pattern, in plain words. */
  message?: string;
  /** Seqs of the entries that match, oldest first. */
  matches: readonly number[];
  /** Occurrences over all matching entries. */
  count: number;
  rangesFor(seq: number): readonly MatchRange[];
}

export class LogSearch {
  private query: SearchQuery | null = null;
  private entries: LogEntry[] = [];
  constructor(private readonly onChange: (state: SearchState) => void) {}
  setQuery(query: SearchQuery | null): void {
    this.query = query && query.text ? query : null;
    this.recompute();
  }
  append(entries: readonly LogEntry[]): void {
    this.entries.push(...entries);
    if (this.query) this.recompute();
  }
  /** Entries before this seq left the buffer. */
  evictBefore(seq: number): void {
    this.entries = this.entries.filter((e) => e.seq >= seq);
    if (this.query) this.recompute();
  }
  reset(entries: readonly LogEntry[]): void {
    this.entries = [...entries];
    this.recompute();
  }
  dispose(): void {}
  private recompute(): void {
    const ranges = new Map<number, MatchRange[]>();
    let count = 0;
    if (this.query) {
      let re: RegExp;
      try {
        const flags = this.query.caseSensitive ? 'g' : 'gi';
        re = new RegExp(
          this.query.regex ? this.query.text : this.query.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
          flags,
        );
      } catch (error) {
        this.onChange({ status: 'error', message: String(error), matches: [], count: 0, rangesFor: () => [] });
        return;
      }
      for (const e of this.entries) {
        const found: MatchRange[] = [];
        for (const m of e.plain.matchAll(re)) if (m[0].length > 0) found.push([m.index, m.index + m[0].length]);
        if (found.length) {
          ranges.set(e.seq, found);
          count += found.length;
        }
      }
    }
    this.onChange({
      status: this.query ? 'done' : 'idle',
      matches: [...ranges.keys()],
      count,
      rangesFor: (seq) => ranges.get(seq) ?? [],
    });
  }
}
