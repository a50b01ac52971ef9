/** Line batches: at most every ~30 ms or 2,000 lines, whichever first, and no timer while idle. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BATCH_INTERVAL_MS, BATCH_MAX_LINES, LineBatcher } from '../../electron/engine/logs/batching';
import type { LogLine } from '../../electron/shared/dto';

const line = (n: number): LogLine => ({ stream: 'stdout', ts: '', text: `line ${n}` });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('LineBatcher', () => {
  it('sends the lines of one interval together, once the interval is over', () => {
    const batches: LogLine[][] = [];
    const batcher = new LineBatcher((lines) => batches.push(lines));
    batcher.push(line(1));
    vi.advanceTimersByTime(BATCH_INTERVAL_MS - 1);
    batcher.push(line(2));
    expect(batches).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(batches).toEqual([[line(1), line(2)]]);
  });

  it('sends a full batch at once, without waiting for the timer', () => {
    const batches: LogLine[][] = [];
    const batcher = new LineBatcher((lines) => batches.push(lines));
    for (let n = 0; n < BATCH_MAX_LINES + 5; n++) batcher.push(line(n));
    expect(batches.map((b) => b.length)).toEqual([BATCH_MAX_LINES]);
    vi.advanceTimersByTime(BATCH_INTERVAL_MS);
    expect(batches.map((b) => b.length)).toEqual([BATCH_MAX_LINES, 5]);
  });

  it('holds no timer while idle, before and after a batch', () => {
    const batcher = new LineBatcher(() => undefined);
    expect(vi.getTimerCount()).toBe(0);
    batcher.push(line(1));
    expect(batcher.scheduled()).toBe(true);
    vi.advanceTimersByTime(BATCH_INTERVAL_MS);
    expect(batcher.scheduled()).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('flush sends what waits now; cancel drops it and its timer', () => {
    const batches: LogLine[][] = [];
    const batcher = new LineBatcher((lines) => batches.push(lines));
    batcher.push(line(1));
    batcher.flush();
    expect(batches).toEqual([[line(1)]]);
    batcher.flush();
    batcher.push(line(2));
    batcher.cancel();
    vi.advanceTimersByTime(BATCH_INTERVAL_MS * 2);
    expect(batches).toEqual([[line(1)]]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
