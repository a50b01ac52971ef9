/**
 * Lines of several containers interleaved by time as they arrive. Each container's stream comes in
 * its own time order but at its own pace, so a line can be placed only once every other stream has
 * shown it nothing earlier is still on the way: each source's newest timestamp is its watermark,
 * and lines up to the lowest watermark of the sources still open are ready. A quiet source would
 * hold the others back for ever, so the view also calls `flush()` on a timer (a few hundred ms):
 * what is held then goes out in time order, and a late line lands after it rather than never.
 */
import type { LogEntry } from './types';

export class TimeMerger {
  private readonly queues: LogEntry[][];
  /** Newest tsMs seen per source (−∞ before its first line). */
  private readonly watermarks: number[];
  private readonly ended: boolean[];
  private nextSeq: number;

  /**
   * Entries come out renumbered from `firstSeq` up, in the order they leave, so the merged buffer's
   * seqs rise as the ring and the search expect whatever seqs the sources gave them.
   */
  constructor(
    readonly sourceCount: number,
    firstSeq = 0,
  ) {
    this.queues = Array.from({ length: sourceCount }, () => []);
    this.watermarks = Array.from({ length: sourceCount }, () => Number.NEGATIVE_INFINITY);
    this.ended = Array.from({ length: sourceCount }, () => false);
    this.nextSeq = firstSeq;
  }

  /** Takes one source's batch (in its own time order); returns the entries now ready, in time order. */
  add(source: number, entries: readonly LogEntry[]): LogEntry[] {
    const queue = this.queues[source];
    if (!queue) throw new RangeError(`no source ${source} (of ${this.sourceCount})`);
    for (const entry of entries) {
      queue.push(entry);
      if (entry.tsMs > this.watermarks[source]!) this.watermarks[source] = entry.tsMs;
    }
    return this.release(this.lowestOpenWatermark());
  }

  /** A source ended: it no longer holds the others back. */
  endSource(source: number): LogEntry[] {
    if (source < 0 || source >= this.sourceCount) throw new RangeError(`no source ${source} (of ${this.sourceCount})`);
    this.ended[source] = true;
    return this.release(this.lowestOpenWatermark());
  }

  /** Everything still held, in time order (called on a timer so nothing waits long). */
  flush(): LogEntry[] {
    return this.release(Number.POSITIVE_INFINITY);
  }

  /** Lines held now, over all sources. */
  get held(): number {
    return this.queues.reduce((sum, queue) => sum + queue.length, 0);
  }

  /** Ended sources do not count; with every source ended, everything is ready. */
  private lowestOpenWatermark(): number {
    let lowest = Number.POSITIVE_INFINITY;
    for (let s = 0; s < this.sourceCount; s += 1) if (!this.ended[s]) lowest = Math.min(lowest, this.watermarks[s]!);
    return lowest;
  }

  /** Takes every queued entry at or before `upTo` out of the queues, merged by time (ties: source order, then arrival). */
  private release(upTo: number): LogEntry[] {
    const ready: LogEntry[] = [];
    for (const queue of this.queues) {
      let taken = 0;
      // `!(a > b)` rather than `a <= b`: a line whose time did not parse (NaN) is never held back.
      while (taken < queue.length && !(queue[taken]!.tsMs > upTo)) taken += 1;
      if (taken === 0) continue;
      const part = taken === queue.length ? queue.splice(0) : queue.splice(0, taken);
      for (const entry of part) ready.push(entry);
    }
    if (ready.length === 0) return ready;
    // Array.prototype.sort is stable: within a time, source order then each source's own order stays.
    ready.sort((a, b) => (a.tsMs || 0) - (b.tsMs || 0));
    for (const entry of ready) entry.seq = this.nextSeq++;
    return ready;
  }
}
