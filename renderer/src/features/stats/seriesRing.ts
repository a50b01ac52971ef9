/**
 * A fixed-size ring of rows (a time and one value per series), the last N points of a live chart.
 * Pushing past the capacity drops the oldest row, so memory stays flat however long the tab is
 * open. `columns()` hands uPlot its aligned arrays, oldest first. Pure: test/unit/stats-ring.test.ts.
 */
export class SeriesRing {
  private readonly times: Float64Array;
  /** One column per series; NaN stands for "no value" (a gap in the line). */
  private readonly values: Float64Array[];
  private start = 0;
  private count = 0;

  constructor(
    readonly capacity: number,
    readonly seriesCount: number,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be a positive integer`);
    this.times = new Float64Array(capacity);
    this.values = Array.from({ length: seriesCount }, () => new Float64Array(capacity));
  }

  get size(): number {
    return this.count;
  }

  /** Appends a row; `values[i]` null (or missing) is a gap for series i. */
  push(time: number, values: readonly (number | null)[]): void {
    let slot: number;
    if (this.count < this.capacity) {
      slot = (this.start + this.count) % this.capacity;
      this.count++;
    } else {
      slot = this.start;
      this.start = (this.start + 1) % this.capacity;
    }
    this.times[slot] = time;
    for (let s = 0; s < this.seriesCount; s++) this.values[s]![slot] = values[s] ?? Number.NaN;
  }

  clear(): void {
    this.start = 0;
    this.count = 0;
  }

  /** The newest row's value of series `s`, or null. */
  latest(s: number): number | null {
    if (this.count === 0) return null;
    const value = this.values[s]![(this.start + this.count - 1) % this.capacity]!;
    return Number.isNaN(value) ? null : value;
  }

  /** [times, series 0, series 1, …], oldest first; gaps as null (what uPlot draws as a break). */
  columns(): [number[], ...(number | null)[][]] {
    const times: number[] = new Array<number>(this.count);
    const series = this.values.map(() => new Array<number | null>(this.count));
    for (let i = 0; i < this.count; i++) {
      const slot = (this.start + i) % this.capacity;
      times[i] = this.times[slot]!;
      for (let s = 0; s < this.seriesCount; s++) {
        const value = this.values[s]![slot]!;
        series[s]![i] = Number.isNaN(value) ? null : value;
      }
    }
    return [times, ...series];
  }
}
