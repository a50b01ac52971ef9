/** The follow stream's batching: every container's newest sample, together, at most once per interval. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SampleBatcher } from '../../electron/engine/stats/sampleBatcher';
import { toSample } from '../../electron/engine/stats/statsMath';
import type { ContainerStatsSample } from '../../electron/shared/dto';

const sample = (id: string, pids: number): ContainerStatsSample => ({ ...toSample(id, {}, 0), pids });

describe('SampleBatcher', () => {
  let batches: ContainerStatsSample[][];
  let batcher: SampleBatcher;

  beforeEach(() => {
    vi.useFakeTimers();
    batches = [];
    batcher = new SampleBatcher((samples) => batches.push(samples), 1000);
  });
  afterEach(() => {
    batcher.stop();
    vi.useRealTimers();
  });

  it('sends the first sample at once, then gathers the others until a second has passed', () => {
    batcher.add(sample('a', 1));
    vi.advanceTimersByTime(0);
    expect(batches).toEqual([[sample('a', 1)]]);

    vi.advanceTimersByTime(100);
    batcher.add(sample('b', 1));
    vi.advanceTimersByTime(100);
    batcher.add(sample('a', 2));
    batcher.add(sample('c', 1));
    vi.advanceTimersByTime(700);
    expect(batches).toHaveLength(1);
    vi.advanceTimersByTime(100);
    expect(batches).toHaveLength(2);
    expect(batches[1]).toEqual([sample('b', 1), sample('a', 2), sample('c', 1)]);
  });

  it('never sends twice within the interval, and keeps only the newest sample of a container', () => {
    const at: number[] = [];
    batcher = new SampleBatcher((samples) => {
      at.push(Date.now());
      batches.push(samples);
    }, 1000);
    for (let t = 0; t < 5000; t += 50) {
      batcher.add(sample('a', t));
      vi.advanceTimersByTime(50);
    }
    vi.advanceTimersByTime(1000);
    for (let i = 1; i < at.length; i++) expect(at[i]! - at[i - 1]!).toBeGreaterThanOrEqual(1000);
    expect(batches.length).toBeGreaterThanOrEqual(5);
    expect(batches.every((b) => b.length === 1)).toBe(true);
    expect(batches.at(-1)![0]!.pids).toBe(4950);
  });

  it('after a quiet spell the next sample goes out at once', () => {
    batcher.add(sample('a', 1));
    vi.advanceTimersByTime(5000);
    batcher.add(sample('a', 2));
    vi.advanceTimersByTime(0);
    expect(batches).toHaveLength(2);
  });

  it('a dropped container is not sent; stop sends nothing more', () => {
    batcher.add(sample('a', 1));
    vi.advanceTimersByTime(0);
    batcher.add(sample('a', 2));
    batcher.add(sample('b', 1));
    batcher.drop('a');
    vi.advanceTimersByTime(1000);
    expect(batches[1]).toEqual([sample('b', 1)]);
    batcher.add(sample('b', 2));
    batcher.stop();
    vi.advanceTimersByTime(5000);
    expect(batches).toHaveLength(2);
  });
});
