import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContainerStatsEvent, ContainerStatsSample } from '../../electron/shared/dto';
import {
  MAX_FOLLOWED,
  pickFollowedIds,
  SETTLE_MS,
  VisibleStatsFollower,
} from '../../renderer/src/features/stats/visibleStatsFollower';

interface Opened {
  ids: string[];
  closed: boolean;
  emit: (event: ContainerStatsEvent) => void;
  end: (error?: { message: string }) => void;
}

function setup() {
  const opened: Opened[] = [];
  const follower = new VisibleStatsFollower({
    subscribe: (ids, handlers) => {
      const sub: Opened = { ids, closed: false, emit: handlers.onEvent, end: handlers.onEnd };
      opened.push(sub);
      return () => {
        sub.closed = true;
      };
    },
    setTimeout: (run, ms) => setTimeout(run, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  });
  const open = () => opened.filter((s) => !s.closed);
  return { follower, opened, open };
}

function sample(id: string, cpuPercent = 1): ContainerStatsSample {
  return {
    id,
    at: Date.now(),
    cpuPercent,
    onlineCpus: 1,
    memoryUsage: 1,
    memoryLimit: 2,
    memoryPercent: 50,
    networkRx: 0,
    networkTx: 0,
    blockRead: 0,
    blockWrite: 0,
    pids: 1,
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('pickFollowedIds', () => {
  it('takes at most the first 100 on screen, sorted so equal sets compare equal', () => {
    const ids = Array.from({ length: 150 }, (_, i) => `c${String(i).padStart(3, '0')}`).reverse();
    const picked = pickFollowedIds(ids);
    expect(picked).toHaveLength(MAX_FOLLOWED);
    expect(picked[0]).toBe('c050');
    expect(picked.at(-1)).toBe('c149');
    expect(pickFollowedIds(['b', 'a'])).toEqual(['a', 'b']);
  });
});

describe('VisibleStatsFollower (the containers list’s one stats stream)', () => {
  it('opens one subscription for the rows on screen once they settle, not per row', () => {
    const { follower, opened } = setup();
    follower.watch('a');
    follower.watch('b');
    vi.advanceTimersByTime(SETTLE_MS - 1);
    expect(opened).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(opened.map((s) => s.ids)).toEqual([['a', 'b']]);
  });

  it('while scrolling, waits for the rows to settle and then follows the new set with one subscription', () => {
    const { follower, opened, open } = setup();
    const unwatchA = follower.watch('a');
    vi.advanceTimersByTime(SETTLE_MS);
    // Scrolling: rows come and go every 100 ms, faster than the settle time.
    unwatchA();
    const unwatchB = follower.watch('b');
    vi.advanceTimersByTime(100);
    unwatchB();
    follower.watch('c');
    vi.advanceTimersByTime(SETTLE_MS - 1);
    expect(opened).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(opened.map((s) => s.ids)).toEqual([['a'], ['c']]);
    expect(open().map((s) => s.ids)).toEqual([['c']]);
  });

  it('counts the cells of a row: the stream keeps a container until its last cell goes', () => {
    const { follower, open } = setup();
    const cpuCell = follower.watch('a');
    const memoryCell = follower.watch('a');
    vi.advanceTimersByTime(SETTLE_MS);
    cpuCell();
    vi.advanceTimersByTime(SETTLE_MS);
    expect(open().map((s) => s.ids)).toEqual([['a']]);
    memoryCell();
    memoryCell(); // twice changes nothing
    expect(open()).toHaveLength(0);
  });

  it('closes at once when nothing is on screen, and reopens when rows come back', () => {
    const { follower, opened, open } = setup();
    const unwatch = follower.watch('a');
    vi.advanceTimersByTime(SETTLE_MS);
    unwatch();
    expect(open()).toHaveLength(0);
    follower.watch('a');
    vi.advanceTimersByTime(SETTLE_MS);
    expect(opened).toHaveLength(2);
    expect(open()).toHaveLength(1);
  });

  it('follows no more than 100 containers', () => {
    const { follower, open } = setup();
    for (let i = 0; i < 130; i++) follower.watch(`c${i}`);
    vi.advanceTimersByTime(SETTLE_MS);
    expect(open()[0]!.ids).toHaveLength(MAX_FOLLOWED);
  });

  it('closes while the window is hidden and reopens at once when it is shown', () => {
    const { follower, opened, open } = setup();
    follower.watch('a');
    vi.advanceTimersByTime(SETTLE_MS);
    follower.setWindowVisible(false);
    expect(open()).toHaveLength(0);
    // Rows that mount while hidden open nothing either.
    follower.watch('b');
    vi.advanceTimersByTime(SETTLE_MS * 4);
    expect(opened).toHaveLength(1);
    follower.setWindowVisible(true);
    expect(open().map((s) => s.ids)).toEqual([['a', 'b']]);
  });

  it('hands each sample to the listeners of its container only; a gone container loses its figures', () => {
    const { follower, open } = setup();
    follower.watch('a');
    follower.watch('b');
    vi.advanceTimersByTime(SETTLE_MS);
    const heardA = vi.fn();
    const heardB = vi.fn();
    follower.listen('a', heardA);
    follower.listen('b', heardB);
    open()[0]!.emit({ kind: 'samples', samples: [sample('a', 42)] });
    expect(follower.sample('a')?.cpuPercent).toBe(42);
    expect(heardA).toHaveBeenCalledTimes(1);
    expect(heardB).not.toHaveBeenCalled();
    open()[0]!.emit({ kind: 'gone', id: 'a' });
    expect(follower.sample('a')).toBeUndefined();
    expect(heardA).toHaveBeenCalledTimes(2);
  });

  it('does not reopen the same set after the backend ended it, but does for a new set', () => {
    const { follower, opened } = setup();
    follower.watch('a');
    vi.advanceTimersByTime(SETTLE_MS);
    opened[0]!.end();
    follower.watch('a');
    vi.advanceTimersByTime(SETTLE_MS * 2);
    expect(opened).toHaveLength(1);
    follower.watch('b');
    vi.advanceTimersByTime(SETTLE_MS);
    expect(opened.map((s) => s.ids)).toEqual([['a'], ['a', 'b']]);
  });

  it('ignores events of a subscription it already closed', () => {
    const { follower, opened } = setup();
    const unwatch = follower.watch('a');
    vi.advanceTimersByTime(SETTLE_MS);
    unwatch();
    follower.watch('a');
    opened[0]!.emit({ kind: 'samples', samples: [sample('a')] });
    expect(follower.sample('a')).toBeUndefined();
  });
});
