import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOG_BUFFER_CAPACITY, LogRing } from '../../renderer/src/features/logs/model/ringBuffer';

const items = (from: number, count: number) => Array.from({ length: count }, (_, k) => ({ seq: from + k }));

describe('LogRing', () => {
  it('holds about 100,000 lines by default', () => {
    expect(new LogRing().capacity).toBe(LOG_BUFFER_CAPACITY);
    expect(LOG_BUFFER_CAPACITY).toBe(100_000);
  });

  it('drops the oldest past capacity and counts them', () => {
    const ring = new LogRing<{ seq: number }>(3);
    ring.push(items(0, 2));
    ring.push(items(2, 3));
    expect(ring.toArray().map((e) => e.seq)).toEqual([2, 3, 4]);
    expect(ring.dropped).toBe(2);
    expect(ring.pushed).toBe(5);
    expect(ring.at(0)?.seq).toBe(2);
    expect(ring.at(3)).toBeUndefined();
    expect(ring.last()?.seq).toBe(4);
  });

  it('keeps only the newest of a batch bigger than itself', () => {
    const ring = new LogRing<{ seq: number }>(4);
    ring.push(items(0, 2));
    ring.push(items(2, 10));
    expect(ring.toArray().map((e) => e.seq)).toEqual([8, 9, 10, 11]);
    expect(ring.dropped).toBe(8);
  });

  it('finds seqs, by bisection while they rise and by scan after they did not', () => {
    const ring = new LogRing<{ seq: number }>(5);
    ring.push(items(10, 7));
    expect([11, 12, 16, 17, 9].map((s) => ring.indexOfSeq(s))).toEqual([-1, 0, 4, -1, -1]);
    ring.push([{ seq: 3 }]);
    expect(ring.indexOfSeq(3)).toBe(4);
    expect(ring.indexOfSeq(14)).toBe(1);
  });

  it('clear forgets everything', () => {
    const ring = new LogRing<{ seq: number }>(2);
    ring.push(items(0, 5));
    ring.clear();
    expect([ring.length, ring.dropped, ring.pushed, ring.toArray().length]).toEqual([0, 0, 0, 0]);
  });

  it('refuses a capacity that is not a positive integer', () => {
    expect(() => new LogRing(0)).toThrow(RangeError);
  });

  it('behaves like "keep the last N of everything pushed", for any batches', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 12 }),
        (capacity, batches) => {
          const ring = new LogRing<{ seq: number }>(capacity);
          const all: number[] = [];
          for (const size of batches) {
            const batch = items(all.length, size);
            ring.push(batch);
            all.push(...batch.map((e) => e.seq));
            const kept = all.slice(-capacity);
            expect(ring.toArray().map((e) => e.seq)).toEqual(kept);
            expect(ring.length).toBe(kept.length);
            expect(ring.dropped).toBe(all.length - kept.length);
            for (let k = 0; k < kept.length; k += 1) expect(ring.indexOfSeq(kept[k]!)).toBe(k);
          }
        },
      ),
    );
  });
});
