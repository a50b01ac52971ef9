import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SeriesRing } from '../../renderer/src/features/stats/seriesRing';

describe('SeriesRing (the chart rows of the stats tab)', () => {
  it('keeps rows in order, oldest first, until full', () => {
    const ring = new SeriesRing(3, 2);
    ring.push(1, [10, 100]);
    ring.push(2, [20, 200]);
    expect(ring.size).toBe(2);
    expect(ring.columns()).toEqual([
      [1, 2],
      [10, 20],
      [100, 200],
    ]);
  });

  it('drops the oldest row past its capacity, and never holds more', () => {
    const ring = new SeriesRing(3, 1);
    for (let t = 1; t <= 7; t++) ring.push(t, [t * 10]);
    expect(ring.size).toBe(3);
    expect(ring.columns()).toEqual([
      [5, 6, 7],
      [50, 60, 70],
    ]);
    expect(ring.latest(0)).toBe(70);
  });

  it('keeps a missing value as a gap (null), not as zero', () => {
    const ring = new SeriesRing(4, 2);
    ring.push(1, [null, 5]);
    ring.push(2, [3]);
    expect(ring.columns()).toEqual([
      [1, 2],
      [null, 3],
      [5, null],
    ]);
    expect(ring.latest(1)).toBeNull();
  });

  it('is empty after clear, and latest is null when empty', () => {
    const ring = new SeriesRing(2, 1);
    expect(ring.latest(0)).toBeNull();
    ring.push(1, [1]);
    ring.clear();
    expect(ring.size).toBe(0);
    expect(ring.columns()).toEqual([[], []]);
  });

  it('rejects a capacity that is not a positive integer', () => {
    expect(() => new SeriesRing(0, 1)).toThrow(RangeError);
    expect(() => new SeriesRing(1.5, 1)).toThrow(RangeError);
  });

  it('always holds the last min(n, capacity) rows pushed (any capacity, any count)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.array(fc.double({ noNaN: true }), { maxLength: 60 }),
        (capacity, values) => {
          const ring = new SeriesRing(capacity, 1);
          values.forEach((value, i) => ring.push(i, [value]));
          const kept = values.slice(Math.max(0, values.length - capacity));
          const [times, series] = ring.columns();
          expect(series).toEqual(kept);
          expect(times).toEqual(kept.map((_, i) => values.length - kept.length + i));
        },
      ),
    );
  });
});
