import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TimeMerger } from '../../renderer/src/features/logs/model/merge';
import type { LogEntry } from '../../renderer/src/features/logs/model/types';

function entry(source: number, tsMs: number, plain = `${source}@${tsMs}`): LogEntry {
  return {
    seq: -1,
    source,
    stream: 'stdout',
    ts: new Date(tsMs).toISOString(),
    tsMs,
    text: plain,
    plain,
    level: null,
    structured: null,
    continuation: false,
  };
}
const names = (out: LogEntry[]) => out.map((e) => e.plain);

describe('TimeMerger', () => {
  it('holds a line until every open source has shown nothing earlier is coming', () => {
    const merger = new TimeMerger(2);
    expect(merger.add(0, [entry(0, 10), entry(0, 30)])).toEqual([]);
    expect(names(merger.add(1, [entry(1, 20)]))).toEqual(['0@10', '1@20']);
    expect(merger.held).toBe(1);
    expect(names(merger.add(1, [entry(1, 40)]))).toEqual(['0@30']);
  });

  it('lets an ended source stop holding the others back', () => {
    const merger = new TimeMerger(2);
    merger.add(0, [entry(0, 5)]);
    expect(names(merger.endSource(1))).toEqual(['0@5']);
    expect(names(merger.add(0, [entry(0, 6)]))).toEqual(['0@6']);
  });

  it('flush gives out everything held, in time order', () => {
    const merger = new TimeMerger(3);
    merger.add(0, [entry(0, 30)]);
    merger.add(1, [entry(1, 10), entry(1, 50)]);
    expect(names(merger.flush())).toEqual(['1@10', '0@30', '1@50']);
    expect(merger.held).toBe(0);
  });

  it('numbers what it gives out, rising from firstSeq, and keeps each source’s order within one time', () => {
    const merger = new TimeMerger(2, 100);
    merger.add(0, [entry(0, 7, 'a'), entry(0, 7, 'b')]);
    const out = merger.add(1, [entry(1, 7, 'c')]);
    expect(names(out)).toEqual(['a', 'b', 'c']);
    expect(out.map((e) => e.seq)).toEqual([100, 101, 102]);
    expect(merger.flush().map((e) => e.seq)).toEqual([]);
  });

  it('refuses a source it does not have', () => {
    expect(() => new TimeMerger(1).add(1, [])).toThrow(RangeError);
  });

  it('for any arrival pattern, gives every line once, and in time order when nothing was flushed early', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 15 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.nat(), { maxLength: 40 }),
        (gaps, order) => {
          // Each source's lines in rising time; batches arrive in a random interleaving.
          const sources = gaps.map((g, s) => {
            let t = 0;
            return g.map((gap) => entry(s, (t += gap)));
          });
          const merger = new TimeMerger(sources.length);
          const cursors = sources.map(() => 0);
          const out: LogEntry[] = [];
          for (const pick of order) {
            const s = pick % sources.length;
            const take = (pick % 3) + 1;
            const batch = sources[s]!.slice(cursors[s], cursors[s]! + take);
            cursors[s]! += batch.length;
            out.push(...merger.add(s, batch));
          }
          sources.forEach((lines, s) => {
            out.push(...merger.add(s, lines.slice(cursors[s])));
            out.push(...merger.endSource(s));
          });
          out.push(...merger.flush());
          expect(out).toHaveLength(sources.flat().length);
          for (let k = 1; k < out.length; k += 1) expect(out[k]!.tsMs).toBeGreaterThanOrEqual(out[k - 1]!.tsMs);
          expect(out.map((e) => e.seq)).toEqual(out.map((_, k) => k));
        },
      ),
    );
  });
});
