/** WIP stub (issue 9): lines of several containers interleaved by time as they arrive. */
import type { LogEntry } from './types';

export class TimeMerger {
  constructor(readonly sourceCount: number) {}
  /** Takes one source's batch (in its own time order); returns the entries now ready, in time order. */
  add(source: number, entries: readonly LogEntry[]): LogEntry[] {
    void source;
    return [...entries].sort((a, b) => a.tsMs - b.tsMs);
  }
  /** A source ended: it no longer holds the others back. */
  endSource(source: number): LogEntry[] {
    void source;
    return [];
  }
  /** Everything still held, in time order (called on a timer so nothing waits long). */
  flush(): LogEntry[] {
    return [];
  }
}
