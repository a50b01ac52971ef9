/** The pure arithmetic of the layer index on hand-made listings: change kinds, whiteouts, waste. */
import { describe, expect, it } from 'vitest';
import { computeChanges, mergedAt, type RawEntry, type RawLayer } from '../../electron/engine/layers/changes';
import { normalisePath, whiteoutOf } from '../../electron/engine/layers/entryPaths';
import { layerFigures, wasteFigures } from '../../electron/engine/layers/figures';
import { mapHistory, shortCreatedBy } from '../../electron/engine/layers/history';

const f = (path: string, size: number): RawEntry => ({ path, type: 'file', size, mode: 0o644, uid: 0, gid: 0 });
const d = (path: string, mode = 0o755): RawEntry => ({ path, type: 'dir', size: 0, mode, uid: 0, gid: 0 });
const layer = (entries: RawEntry[], removed: string[] = [], opaqueDirs: string[] = []): RawLayer => ({
  entries,
  removed,
  opaqueDirs,
});

describe('entry paths and whiteout markers', () => {
  it('normalises tar names', () => {
    expect(normalisePath('./etc/ssl/')).toBe('etc/ssl');
    expect(normalisePath('/usr//bin/./sh')).toBe('usr/bin/sh');
    expect(normalisePath('../../etc/passwd')).toBe('etc/passwd');
    expect(normalisePath('./')).toBe('');
  });
  it('tells removals from opaque markers and ordinary files', () => {
    expect(whiteoutOf('etc/.wh.hosts')).toEqual({ kind: 'remove', path: 'etc/hosts' });
    expect(whiteoutOf('.wh.top')).toEqual({ kind: 'remove', path: 'top' });
    expect(whiteoutOf('app/.wh..wh..opq')).toEqual({ kind: 'opaque', dir: 'app' });
    expect(whiteoutOf('etc/what.wh.not')).toBeNull();
  });
});

describe('changes and waste, by hand', () => {
  // L0 base; L1 modifies a file, adds one, removes one; L2 replaces app/ (opaque) and rewrites
  // app/a; L3 removes L1's addition and adds a big file.
  const layers = [
    layer([
      d('etc'),
      f('etc/hosts', 100),
      f('etc/keep', 50),
      d('app'),
      f('app/a', 300),
      d('app/sub'),
      f('app/sub/b', 200),
    ]),
    layer([d('etc'), f('etc/hosts', 120), f('tmp/new', 10)], ['etc/keep']),
    layer([d('app'), f('app/a', 40), f('app/c', 70)], [], ['app']),
    layer([d('data'), f('data/blob', 5000)], ['tmp/new']),
  ];
  const { changes, final } = computeChanges(layers);
  const kinds = (i: number) =>
    Object.fromEntries(changes[i]!.map((row) => [row.path, row.relisted ? 'relisted' : row.kind]));

  it('says what each layer added, modified and removed', () => {
    expect(kinds(1)).toEqual({ etc: 'relisted', 'etc/hosts': 'modified', 'etc/keep': 'removed', 'tmp/new': 'added' });
    expect(kinds(2)).toEqual({
      app: 'relisted',
      'app/a': 'modified',
      'app/c': 'added',
      'app/sub': 'removed',
      'app/sub/b': 'removed',
    });
    expect(kinds(3)).toEqual({ data: 'added', 'data/blob': 'added', 'tmp/new': 'removed' });
  });

  it('counts and sums per layer, re-listed directories not counted as modified', () => {
    expect(layerFigures(changes[1]!)).toEqual({
      addedCount: 1,
      addedBytes: 10,
      modifiedCount: 1,
      modifiedBytes: 120,
      removedCount: 1,
      removedBytes: 50,
    });
    expect(layerFigures(changes[2]!)).toEqual({
      addedCount: 1,
      addedBytes: 70,
      modifiedCount: 1,
      modifiedBytes: 40,
      removedCount: 2,
      removedBytes: 200,
    });
  });

  it('wasted bytes are the replaced and removed copies exactly, never the kept one', () => {
    const waste = wasteFigures(changes, final);
    // stored 650 + 130 + 110 + 5000; kept etc/hosts 120, app/a 40, app/c 70, data/blob 5000.
    expect(waste.storedBytes).toBe(5890);
    expect(waste.keptBytes).toBe(5230);
    // etc/hosts 100 + etc/keep 50 + app/a 300 + app/sub/b 200 + tmp/new 10
    expect(waste.wastedBytes).toBe(660);
    expect(waste.efficiency).toBeCloseTo(5230 / 5890, 12);
    expect(waste.layerWaste).toEqual([650, 10, 0, 0]);
    expect(waste.topWaste).toEqual([
      { path: 'app/a', wastedBytes: 300, layers: [0, 2], removed: false },
      { path: 'app/sub/b', wastedBytes: 200, layers: [0], removed: true },
      { path: 'etc/hosts', wastedBytes: 100, layers: [0, 1], removed: false },
      { path: 'etc/keep', wastedBytes: 50, layers: [0], removed: true },
      { path: 'tmp/new', wastedBytes: 10, layers: [1], removed: true },
    ]);
  });

  it('the merged view as of a layer has the whiteouts applied and names the copy it shows', () => {
    const asOf2 = Object.fromEntries(mergedAt(changes, 2).map((row) => [row.path, `${row.layer}:${row.size}`]));
    expect(asOf2).toEqual({
      app: '2:0',
      'app/a': '2:40',
      'app/c': '2:70',
      etc: '1:0',
      'etc/hosts': '1:120',
      'tmp/new': '1:10',
    });
    expect(mergedAt(changes, 3).map((row) => row.path)).toEqual([
      'app',
      'app/a',
      'app/c',
      'data',
      'data/blob',
      'etc',
      'etc/hosts',
    ]);
  });

  it('a file that replaces a directory hides what was under it', () => {
    const result = computeChanges([layer([d('x'), f('x/y', 7)]), layer([f('x', 3)])]);
    expect(Object.fromEntries(result.changes[1]!.map((r) => [r.path, r.kind]))).toEqual({
      x: 'modified',
      'x/y': 'removed',
    });
    expect(wasteFigures(result.changes, result.final).wastedBytes).toBe(7);
  });

  it('a removed and re-added path keeps only the last copy', () => {
    const result = computeChanges([layer([f('a', 5)]), layer([], ['a']), layer([f('a', 9)])]);
    expect(result.changes[2]![0]!.kind).toBe('added');
    expect(wasteFigures(result.changes, result.final)).toMatchObject({ storedBytes: 14, keptBytes: 9, wastedBytes: 5 });
  });

  it('an image without file bytes is fully efficient', () => {
    const result = computeChanges([layer([d('a')])]);
    expect(wasteFigures(result.changes, result.final).efficiency).toBe(1);
  });
});

describe('history', () => {
  it('maps each non-empty step to the next layer, in order', () => {
    const { steps, layerHistory } = mapHistory(
      [{ created_by: 'ADD rootfs' }, { created_by: 'ENV A=1', empty_layer: true }, { created_by: 'RUN x' }],
      2,
    );
    expect(layerHistory).toEqual([0, 2]);
    expect(steps.map((s) => s.layer)).toEqual([0, null, 1]);
  });
  it('leaves layers without a step unmapped', () => {
    expect(mapHistory(undefined, 2).layerHistory).toEqual([null, null]);
  });
  it('shortens legacy builder commands for display', () => {
    expect(shortCreatedBy('/bin/sh -c #(nop)  CMD ["sh"]')).toBe('CMD ["sh"]');
    expect(shortCreatedBy('/bin/sh -c rm -f /x')).toBe('RUN rm -f /x');
  });
});
