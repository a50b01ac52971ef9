import { describe, expect, it } from 'vitest';
import type { ContainerStatsSample } from '../../electron/shared/dto';
import {
  HISTORY_POINTS,
  ratePerSecond,
  seriesIndex,
  StatsHistory,
} from '../../renderer/src/features/stats/statsHistory';

function sample(at: number, counters: Partial<ContainerStatsSample> = {}): ContainerStatsSample {
  return {
    id: 'c1',
    at,
    cpuPercent: 50,
    onlineCpus: 2,
    memoryUsage: 1_000_000,
    memoryLimit: 8_000_000,
    memoryPercent: 12.5,
    networkRx: 0,
    networkTx: 0,
    blockRead: 0,
    blockWrite: 0,
    pids: 1,
    ...counters,
  };
}

describe('ratePerSecond', () => {
  it('divides the counter’s growth by the time between the readings', () => {
    expect(ratePerSecond(1000, 3000, 1000)).toBe(2000);
    expect(ratePerSecond(0, 1000, 500)).toBe(2000);
    expect(ratePerSecond(5, 5, 1000)).toBe(0);
  });

  it('is unknown when the counter went back (a restart) or no time passed', () => {
    expect(ratePerSecond(5000, 100, 1000)).toBeNull();
    expect(ratePerSecond(0, 100, 0)).toBeNull();
    expect(ratePerSecond(0, 100, -1000)).toBeNull();
  });
});

describe('StatsHistory', () => {
  it('turns cumulative counters into rates per second from the second sample on', () => {
    const history = new StatsHistory();
    history.add(sample(10_000, { networkRx: 1000, networkTx: 500, blockRead: 0, blockWrite: 4096 }));
    expect(history.rates).toEqual({ netRx: null, netTx: null, blockRead: null, blockWrite: null });
    history.add(sample(12_000, { networkRx: 5000, networkTx: 500, blockRead: 8192, blockWrite: 4096 }));
    expect(history.rates).toEqual({ netRx: 2000, netTx: 0, blockRead: 4096, blockWrite: 0 });
    const [times, ...series] = history.ring.columns();
    expect(times).toEqual([10, 12]);
    expect(series[seriesIndex('netRx')]).toEqual([null, 2000]);
    expect(series[seriesIndex('cpu')]).toEqual([50, 50]);
    expect(series[seriesIndex('memory')]).toEqual([1_000_000, 1_000_000]);
  });

  it('ignores a sample no newer than the last (rows stay in time order)', () => {
    const history = new StatsHistory();
    expect(history.add(sample(2000))).toBe(true);
    expect(history.add(sample(2000))).toBe(false);
    expect(history.add(sample(1000))).toBe(false);
    expect(history.ring.size).toBe(1);
  });

  it('keeps five minutes at one sample a second, and no more', () => {
    const history = new StatsHistory();
    for (let s = 0; s < 1000; s++) history.add(sample(s * 1000, { cpuPercent: s }));
    expect(history.ring.size).toBe(HISTORY_POINTS);
    expect(HISTORY_POINTS).toBe(300);
    const [times, cpu] = history.ring.columns();
    expect(times[0]).toBe(700);
    expect(cpu!.at(-1)).toBe(999);
    expect(history.latest?.cpuPercent).toBe(999);
  });
});
