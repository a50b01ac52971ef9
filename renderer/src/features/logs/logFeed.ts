/**
 * The live side of a logs view, outside React: one `logs.follow` per container, lines turned into
 * entries as they arrive, merged by time when there are several containers, and handed to the view
 * once per animation frame (never per line) — so 10,000 lines a second cost one render a frame.
 * It owns the bounded buffer (LogRing) and the search over it. The view reads it through
 * `subscribe` / `version` (useSyncExternalStore); a new range or tail is a new feed.
 */
import type { ApiError } from '../../../../electron/shared/errors';
import type { LogLine } from '../../../../electron/shared/dto';
import type { Api } from '../../lib/api';
import { toEntry } from './model/entries';
import { TimeMerger } from './model/merge';
import { LogRing } from './model/ringBuffer';
import { LogSearch, type SearchState } from './model/search';
import type { LogEntry, SearchQuery } from './model/types';
import type { LogTime } from './timeRange';

/** Lines the window keeps (issue 9: about 100,000); older ones are dropped and counted. */
export const RING_CAPACITY = 100_000;
/** How often the merged view lets held-back lines through (a quiet container must not stall the rest). */
const MERGE_FLUSH_MS = 250;
/** How long "skipping" stays up after the last frame that had to skip. */
export const SKIP_NOTICE_MS = 3_000;

export interface LogSource {
  id: string;
  name: string;
}

export interface FeedRange {
  tail: number | 'all';
  since?: LogTime;
  until?: LogTime;
}

/** How one container's stream ended: the backend's words, or the error it failed with. */
export interface SourceEnd {
  source: number;
  kind: 'end' | 'error';
  message: string;
}

const IDLE_SEARCH: SearchState = { status: 'idle', matches: [], count: 0, rangesFor: () => [] };

export class LogFeed {
  readonly ring = new LogRing<LogEntry>(RING_CAPACITY);
  /** Lines received since the stream (re)started, dropped and skipped ones included. */
  received = 0;
  /** Lines that never reached the buffer: more arrived in one frame than it holds. */
  skipped = 0;
  /** performance.now() of the last frame that skipped. */
  skippedAt = -Infinity;
  /** Lines evicted from the front of the buffer by the last frame (for keeping a paused position). */
  lastEvicted = 0;
  ends: SourceEnd[] = [];
  search: SearchState = IDLE_SEARCH;
  /** Bumped on every change the view shows. */
  version = 0;

  private pending: LogEntry[] = [];
  private frame = 0;
  private mergeTimer: ReturnType<typeof setInterval> | undefined;
  private merger: TimeMerger | null = null;
  private readonly previous: Array<LogEntry | undefined>;
  private readonly closers: Array<() => void> = [];
  private readonly listeners = new Set<() => void>();
  private searcher: LogSearch | null = null;
  private query: SearchQuery | null;
  private nextSeq = 0;
  private stopped = true;

  constructor(
    private readonly api: Api,
    readonly sources: readonly LogSource[],
    readonly range: FeedRange,
    query: SearchQuery | null,
  ) {
    this.previous = sources.map(() => undefined);
    this.query = query;
  }

  /** Opens the streams. Safe after stop() (React's strict mode mounts twice): it starts afresh. */
  start(): void {
    this.stopped = false;
    this.ring.clear();
    this.received = 0;
    this.skipped = 0;
    this.ends = [];
    this.previous.fill(undefined);
    this.merger = this.sources.length > 1 ? new TimeMerger(this.sources.length) : null;
    this.searcher = new LogSearch((state) => {
      this.search = state;
      this.changed();
    });
    this.searcher.setQuery(this.query);
    this.sources.forEach((source, index) => {
      const close = this.api.subscribe(
        'logs.follow',
        {
          id: source.id,
          tail: this.range.tail,
          ...(this.range.since !== undefined ? { since: this.range.since } : {}),
          ...(this.range.until !== undefined ? { until: this.range.until } : {}),
        },
        {
          onEvent: (event) => {
            if (event.kind === 'lines') this.receive(index, event.lines);
            else this.end(index, { source: index, kind: 'end', message: event.message });
          },
          onEnd: (error?: ApiError) => {
            if (error) this.end(index, { source: index, kind: 'error', message: error.message });
          },
        },
      );
      this.closers.push(close);
    });
    if (this.merger) this.mergeTimer = setInterval(() => this.enqueue(this.merger!.flush()), MERGE_FLUSH_MS);
  }

  stop(): void {
    this.stopped = true;
    for (const close of this.closers.splice(0)) close();
    if (this.mergeTimer !== undefined) clearInterval(this.mergeTimer);
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.pending = [];
    this.searcher?.dispose();
    this.searcher = null;
  }

  setQuery(query: SearchQuery | null): void {
    this.query = query;
    this.searcher?.setQuery(query);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  /** Whether the view had to skip lines lately (shown as a notice while true). */
  skippingNow(now = performance.now()): boolean {
    return now - this.skippedAt < SKIP_NOTICE_MS;
  }

  private receive(source: number, lines: readonly LogLine[]): void {
    if (this.stopped || lines.length === 0) return;
    this.received += lines.length;
    const entries: LogEntry[] = new Array<LogEntry>(lines.length);
    let previous = this.previous[source];
    for (let i = 0; i < lines.length; i++) {
      // Merged views' lines are numbered by the merger as they leave it (the buffer's order); 0 meanwhile.
      const entry = toEntry(lines[i]!, this.merger ? 0 : this.nextSeq++, source, previous);
      entries[i] = entry;
      previous = entry;
    }
    this.previous[source] = previous;
    this.enqueue(this.merger ? this.merger.add(source, entries) : entries);
  }

  private end(source: number, end: SourceEnd): void {
    if (this.stopped) return;
    if (this.merger) this.enqueue(this.merger.endSource(source));
    this.ends = [...this.ends.filter((e) => e.source !== source), end];
    if (this.merger && this.ends.length === this.sources.length) this.enqueue(this.merger.flush());
    this.schedule();
  }

  private enqueue(entries: readonly LogEntry[]): void {
    if (this.stopped || entries.length === 0) return;
    // Merged entries arrive numbered by the merger in the order they leave it.
    for (const entry of entries) this.pending.push(entry);
    // A frame's worth beyond what the buffer holds would only be evicted again: keep the newest.
    if (this.pending.length > RING_CAPACITY * 2) this.skip(this.pending.length - RING_CAPACITY);
    this.schedule();
  }

  private skip(count: number): void {
    this.pending = this.pending.slice(count);
    this.skipped += count;
    this.skippedAt = performance.now();
  }

  private schedule(): void {
    if (this.frame || this.stopped) return;
    this.frame = requestAnimationFrame(this.flush);
  }

  private flush = (): void => {
    this.frame = 0;
    if (this.pending.length > RING_CAPACITY) this.skip(this.pending.length - RING_CAPACITY);
    const batch = this.pending;
    this.pending = [];
    const droppedBefore = this.ring.dropped;
    if (batch.length > 0) {
      this.ring.push(batch);
      this.searcher?.append(batch);
    }
    this.lastEvicted = this.ring.dropped - droppedBefore;
    const oldest = this.ring.at(0);
    if (this.lastEvicted > 0 && oldest) this.searcher?.evictBefore(oldest.seq);
    this.changed();
  };

  private changed(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }
}
