/**
 * One container's last five minutes: each sample becomes a chart row (CPU %, memory, and the
 * network and block I/O rates per second, from two consecutive cumulative counters). Pure:
 * test/unit/stats-history.test.ts.
 */
import type { ContainerStatsSample } from '../../../../electron/shared/dto';
import { SeriesRing } from './seriesRing';

/** 5 minutes at the backend's one sample a second. */
export const HISTORY_POINTS = 300;

/** The chart rows' series, in column order. */
export const SERIES = ['cpu', 'memory', 'netRx', 'netTx', 'blockRead', 'blockWrite'] as const;
export type SeriesName = (typeof SERIES)[number];
export const seriesIndex = (name: SeriesName): number => SERIES.indexOf(name);

/**
 * Bytes per second between two readings of a cumulative counter. Null when it cannot be known: no
 * earlier reading, no time between them, or the counter went back (the container restarted, or a
 * network was detached) — a drop is not negative traffic.
 */
export function ratePerSecond(previous: number, next: number, elapsedMs: number): number | null {
  if (!(elapsedMs > 0) || next < previous) return null;
  return ((next - previous) * 1000) / elapsedMs;
}

export interface Rates {
  netRx: number | null;
  netTx: number | null;
  blockRead: number | null;
  blockWrite: number | null;
}

export const NO_RATES: Rates = { netRx: null, netTx: null, blockRead: null, blockWrite: null };

export function ratesBetween(previous: ContainerStatsSample | undefined, next: ContainerStatsSample): Rates {
  if (!previous) return NO_RATES;
  const elapsed = next.at - previous.at;
  return {
    netRx: ratePerSecond(previous.networkRx, next.networkRx, elapsed),
    netTx: ratePerSecond(previous.networkTx, next.networkTx, elapsed),
    blockRead: ratePerSecond(previous.blockRead, next.blockRead, elapsed),
    blockWrite: ratePerSecond(previous.blockWrite, next.blockWrite, elapsed),
  };
}

/** The samples of one container kept as chart rows, plus the newest sample and its rates. */
export class StatsHistory {
  readonly ring: SeriesRing;
  private last: ContainerStatsSample | undefined;
  private lastRates: Rates = NO_RATES;

  constructor(capacity = HISTORY_POINTS) {
    this.ring = new SeriesRing(capacity, SERIES.length);
  }

  get latest(): ContainerStatsSample | undefined {
    return this.last;
  }

  get rates(): Rates {
    return this.lastRates;
  }

  /** Adds a sample; one older than (or as old as) the newest is ignored (rows stay in time order). */
  add(sample: ContainerStatsSample): boolean {
    if (this.last && sample.at <= this.last.at) return false;
    const rates = ratesBetween(this.last, sample);
    this.ring.push(sample.at / 1000, [
      sample.cpuPercent,
      sample.memoryUsage,
      rates.netRx,
      rates.netTx,
      rates.blockRead,
      rates.blockWrite,
    ]);
    this.last = sample;
    this.lastRates = rates;
    return true;
  }
}
