/**
 * Search over the log buffer: which lines match (in buffer order), how many occurrences, and the
 * ranges to highlight. The patterns run in a Web Worker holding a copy of the lines' plain text,
 * so a search over 100,000 lines never blocks the window, and a pattern that backtracks without
 * end — "(a+)+$" over a long line of a's — is stopped after SEARCH_TIMEOUT_MS by terminating the
 * worker, with a message, instead of hanging it. New lines are searched as they arrive; lines that
 * leave the buffer leave the results.
 *
 * Where no worker can start (unit tests under Node), the same code runs on the calling thread.
 */
import { compileQuery, searchLines, type MatchChunk } from './searchCore';
import type { FromSearchWorker, ToSearchWorker } from './searchProtocol';
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

/** Longer than any honest pattern takes over 100,000 lines (tens of ms); short enough not to feel hung. */
export const SEARCH_TIMEOUT_MS = 2_000;

/** The name of the performance measure each full search leaves (the bench reads it). */
export const SEARCH_MEASURE = 'gantry:log-search';

export interface LogSearchOptions {
  /** false: search on the calling thread (no timeout protection). Default: a worker when the platform has them. */
  worker?: boolean;
  timeoutMs?: number;
}

export class LogSearch {
  private readonly results = new MatchResults();
  /** The buffer's entries, oldest first from `head` (kept to refill a new worker). */
  private entries: LogEntry[] = [];
  private head = 0;
  private pattern: { source: string; flags: string } | null = null;
  private status: SearchState['status'] = 'idle';
  private message: string | undefined;
  private worker: Worker | null = null;
  /** Cleared for good when a worker cannot start or load: the search then runs here. */
  private useWorker: boolean;
  private readonly timeoutMs: number;
  /** Requests sent to the worker and the last one answered: the query's own and each append's. */
  private lastRequest = 0;
  private answered = 0;
  private queryRequest = 0;
  private queryStartedAt = 0;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(
    private readonly onChange: (state: SearchState) => void,
    options: LogSearchOptions = {},
  ) {
    this.useWorker = options.worker ?? typeof Worker !== 'undefined';
    this.timeoutMs = options.timeoutMs ?? SEARCH_TIMEOUT_MS;
  }

  setQuery(query: SearchQuery | null): void {
    this.results.clear();
    this.message = undefined;
    if (!query || query.text === '') {
      this.pattern = null;
      this.status = 'idle';
      this.post({ t: 'query', request: this.nextRequest(), source: null, flags: '' }, false);
      this.emit();
      return;
    }
    const compiled = compileQuery(query);
    if (!compiled.ok) {
      this.pattern = null;
      this.fail(compiled.message);
      this.post({ t: 'query', request: this.nextRequest(), source: null, flags: '' }, false);
      return;
    }
    this.pattern = { source: compiled.source, flags: compiled.flags };
    this.status = 'searching';
    this.queryStartedAt = now();
    this.queryRequest = this.nextRequest();
    this.emit();
    if (this.ensureWorker()) this.post({ t: 'query', request: this.queryRequest, ...this.pattern }, true);
    else this.take(this.queryRequest, true, this.searchHere(this.head));
  }

  append(entries: readonly LogEntry[]): void {
    if (entries.length === 0) return;
    const from = this.entries.length;
    for (const entry of entries) this.entries.push(entry);
    if (this.worker) {
      const expectsAnswer = this.pattern !== null && this.status !== 'error';
      const request = expectsAnswer ? this.nextRequest() : undefined;
      this.post(
        { t: 'append', seqs: entries.map((e) => e.seq), texts: entries.map((e) => e.plain), request },
        expectsAnswer,
      );
    } else if (this.pattern && this.status !== 'error') {
      this.take(this.nextRequest(), false, this.searchHere(from));
    }
  }

  /** Entries before this seq left the buffer. */
  evictBefore(seq: number): void {
    while (this.head < this.entries.length && this.entries[this.head]!.seq < seq) this.head += 1;
    if (this.head > 4096 && this.head * 2 > this.entries.length) {
      this.entries = this.entries.slice(this.head);
      this.head = 0;
    }
    this.post({ t: 'evict', before: seq }, false);
    if (this.results.evictBefore(seq)) this.emit();
  }

  reset(entries: readonly LogEntry[]): void {
    this.entries = [...entries];
    this.head = 0;
    if (this.worker) this.post(this.fullCopy(), false);
    const pattern = this.pattern;
    this.results.clear();
    if (pattern) {
      this.status = 'searching';
      this.queryStartedAt = now();
      this.queryRequest = this.nextRequest();
      if (this.worker) this.post({ t: 'query', request: this.queryRequest, ...pattern }, true);
      else this.take(this.queryRequest, true, this.searchHere(0));
    }
    this.emit();
  }

  dispose(): void {
    this.stopWorker();
    this.entries = [];
    this.head = 0;
  }

  private nextRequest(): number {
    this.lastRequest += 1;
    return this.lastRequest;
  }

  /** Starts the worker (filled with the buffer) when the platform has one; false means search here. */
  private ensureWorker(): boolean {
    if (this.worker) return true;
    if (!this.useWorker) return false;
    try {
      this.worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      this.useWorker = false;
      return false;
    }
    this.worker.onmessage = (event: MessageEvent<FromSearchWorker>) => {
      const { request, full, chunk } = event.data;
      this.take(request, full, chunk);
    };
    this.worker.onerror = () => {
      // The worker's script did not load (or crashed): search here from now on.
      this.stopWorker();
      this.useWorker = false;
      if (this.pattern) this.take(this.queryRequest, true, this.searchHere(this.head));
    };
    this.post(this.fullCopy(), false);
    return true;
  }

  private fullCopy(): ToSearchWorker {
    const kept = this.entries.slice(this.head);
    return { t: 'reset', seqs: kept.map((e) => e.seq), texts: kept.map((e) => e.plain) };
  }

  private post(message: ToSearchWorker, expectsAnswer: boolean): void {
    if (!this.worker) return;
    this.worker.postMessage(message);
    if (!expectsAnswer) return;
    const request = message.t === 'query' || message.t === 'append' ? message.request : undefined;
    // Which pattern this request runs: the query's own, or (an append) the pattern current now.
    const forQuery = this.queryRequest;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (request !== undefined && this.answered < request) this.stopRunaway(forQuery);
    }, this.timeoutMs);
    this.timers.add(timer);
  }

  /** A result from the worker or from here: ignored when a newer query replaced the one it answers. */
  private take(request: number, full: boolean, chunk: MatchChunk): void {
    this.answered = Math.max(this.answered, request);
    if (request < this.queryRequest || !this.pattern) return;
    this.results.add(chunk, this.entries[this.head]?.seq ?? Number.NEGATIVE_INFINITY);
    if (full) {
      this.status = 'done';
      measureSearch(this.queryStartedAt, this.entries.length - this.head, this.results.count);
    }
    if (this.status === 'done') this.emit();
  }

  private searchHere(from: number): MatchChunk {
    const pattern = new RegExp(this.pattern!.source, this.pattern!.flags);
    const lines = this.entries.slice(from);
    return searchLines(
      pattern,
      lines.map((e) => e.seq),
      lines.map((e) => e.plain),
    );
  }

  /**
   * The worker has not answered in time: it is stuck in a pattern. Stops it; when the stuck request
   * ran an older query's pattern, the current pattern gets a fresh worker, otherwise the current
   * pattern is the runaway and the search says so. (Which pattern is known from the request itself:
   * requests that expect no answer take numbers too, so "the one after the last answer" can be wrong.)
   */
  private stopRunaway(stuckQuery: number): void {
    this.stopWorker();
    if (this.pattern && stuckQuery < this.queryRequest) {
      this.results.clear();
      this.queryStartedAt = now();
      if (this.ensureWorker()) this.post({ t: 'query', request: this.queryRequest, ...this.pattern }, true);
      else this.take(this.queryRequest, true, this.searchHere(this.head));
      return;
    }
    this.pattern = null;
    this.results.clear();
    this.fail(
      `The pattern was still running after ${this.timeoutMs / 1000} s and was stopped. ` +
        'Patterns with nested repeats like (a+)+ can take forever on long lines; simplify it.',
    );
  }

  private stopWorker(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private fail(message: string): void {
    this.status = 'error';
    this.message = message;
    this.emit();
  }

  private emit(): void {
    const results = this.results;
    const matches = results.matches();
    const state: SearchState = {
      status: this.status,
      matches,
      count: results.count,
      rangesFor: (seq) => results.rangesFor(seq),
    };
    if (this.message !== undefined) state.message = this.message;
    this.onChange(state);
  }
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

function measureSearch(startedAt: number, lines: number, matches: number): void {
  if (typeof performance === 'undefined' || typeof performance.measure !== 'function') return;
  try {
    performance.measure(SEARCH_MEASURE, { start: startedAt, end: performance.now(), detail: { lines, matches } });
  } catch {
    // Older engines without the options form: the figure is for the bench only.
  }
}

/** The matching lines so far: one chunk per answer (the query's, then each append's), all in buffer order. */
class MatchResults {
  private chunks: Array<{ chunk: MatchChunk; start: number }> = [];
  count = 0;

  clear(): void {
    this.chunks = [];
    this.count = 0;
  }

  /** Adds an answer, leaving out rows of lines evicted while it was on the way. */
  add(chunk: MatchChunk, oldestSeq: number): void {
    if (chunk.seqs.length === 0) return;
    const start = lowerBound(chunk.seqs, oldestSeq, 0);
    if (start >= chunk.seqs.length) return;
    this.chunks.push({ chunk, start });
    for (let r = start; r < chunk.seqs.length; r += 1) this.count += chunk.counts[r]!;
  }

  /** True when any match left. */
  evictBefore(seq: number): boolean {
    let changed = false;
    while (this.chunks.length > 0) {
      const first = this.chunks[0]!;
      const cut = lowerBound(first.chunk.seqs, seq, first.start);
      if (cut === first.start) break;
      for (let r = first.start; r < cut; r += 1) this.count -= first.chunk.counts[r]!;
      changed = true;
      if (cut >= first.chunk.seqs.length) this.chunks.shift();
      else {
        first.start = cut;
        break;
      }
    }
    return changed;
  }

  matches(): number[] {
    const out: number[] = [];
    for (const { chunk, start } of this.chunks)
      for (let r = start; r < chunk.seqs.length; r += 1) out.push(chunk.seqs[r]!);
    return out;
  }

  rangesFor(seq: number): MatchRange[] {
    for (const { chunk, start } of this.chunks) {
      const rows = chunk.seqs.length;
      if (rows === 0 || seq > chunk.seqs[rows - 1]!) continue;
      const row = lowerBound(chunk.seqs, seq, start);
      if (row >= rows || chunk.seqs[row] !== seq) return [];
      const out: MatchRange[] = [];
      for (let p = chunk.offsets[row]!; p < chunk.offsets[row + 1]!; p += 1)
        out.push([chunk.ranges[2 * p]!, chunk.ranges[2 * p + 1]!]);
      return out;
    }
    return [];
  }
}

/** First index ≥ from whose value is ≥ value (values ascending). */
function lowerBound(values: Float64Array, value: number, from: number): number {
  let low = from;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
