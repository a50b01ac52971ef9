/** Small statistics and timing helpers for the bench. */
import { performance } from 'node:perf_hooks';

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export const median = (values: number[]) => percentile(values, 50);

/** Runs `work` `warmups + runs` times and returns the durations (ms) of the measured runs. */
export async function timeRuns(runs: number, work: () => Promise<unknown>, warmups = 1): Promise<number[]> {
  for (let i = 0; i < warmups; i++) await work();
  const durations: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    durations.push(performance.now() - start);
  }
  return durations;
}

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
