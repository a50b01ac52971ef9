import { describe, expect, it } from 'vitest';
import type { ContainerSummary } from '../../electron/shared/dto';
import { ContainerRows, rowChanges } from '../../electron/engine/mirrorRows';

const row = (id: string, state: ContainerSummary['state'] = 'running', status = 'Up 1 second'): ContainerSummary => ({
  id,
  name: `c-${id}`,
  image: 'busybox',
  imageId: 'sha256:b',
  command: 'sh',
  created: 1,
  state,
  status,
  ports: [],
});
const ids = (rows: ContainerSummary[]) => rows.map((c) => c.id);

describe('ContainerRows', () => {
  it('keeps the snapshot in the Engine order', () => {
    const rows = new ContainerRows();
    rows.replaceAll([row('c'), row('a'), row('b')]);
    expect(ids(rows.list())).toEqual(['c', 'a', 'b']);
  });

  it('puts a new container first and updates one in place', () => {
    const rows = new ContainerRows();
    rows.replaceAll([row('b'), row('a')]);
    rows.apply('new', row('new'));
    rows.apply('a', row('a', 'exited', 'Exited (0) 1 second ago'));
    expect(ids(rows.list())).toEqual(['new', 'b', 'a']);
    expect(rows.list()[2]).toMatchObject({ state: 'exited' });
  });

  it('drops a removed container, and a late row for it does not duplicate it', () => {
    const rows = new ContainerRows();
    rows.replaceAll([row('b'), row('a')]);
    rows.apply('a', null);
    expect(ids(rows.list())).toEqual(['b']);
    rows.apply('x', row('x'));
    rows.apply('x', null);
    rows.apply('x', row('x'));
    expect(ids(rows.list())).toEqual(['x', 'b']);
  });

  it('updates that arrived while a snapshot was on its way win when applied on top of it', () => {
    const rows = new ContainerRows();
    rows.replaceAll([row('a')]);
    const duringSnapshot: [string, ContainerSummary | null][] = [
      ['a', row('a', 'exited', 'Exited (0) 1 second ago')],
      ['n', row('n')],
    ];
    for (const [id, c] of duringSnapshot) rows.apply(id, c);
    // The snapshot predates both updates: it still shows "a" running and has no "n".
    rows.replaceAll([row('a')]);
    for (const [id, c] of duringSnapshot) rows.apply(id, c);
    expect(rows.list().map((c) => [c.id, c.state])).toEqual([
      ['n', 'running'],
      ['a', 'exited'],
    ]);
  });

  it('stays correct after many removals (the order list is compacted)', () => {
    const rows = new ContainerRows();
    rows.replaceAll(Array.from({ length: 300 }, (_, i) => row(String(i))));
    for (let i = 0; i < 290; i++) rows.apply(String(i), null);
    expect(ids(rows.list())).toEqual(['290', '291', '292', '293', '294', '295', '296', '297', '298', '299']);
    rows.apply('new', row('new'));
    expect(ids(rows.list())[0]).toBe('new');
    expect(rows.list()).toHaveLength(11);
  });
});

describe('rowChanges', () => {
  it('names changed, new and removed rows, and nothing else', () => {
    const before = [row('a'), row('b'), row('gone')];
    const after = [row('new'), row('a', 'running', 'Up 2 seconds'), row('b')];
    expect(rowChanges(before, after)).toEqual([
      { id: 'new', container: row('new') },
      { id: 'a', container: row('a', 'running', 'Up 2 seconds') },
      { id: 'gone', container: null },
    ]);
  });

  it('is empty when nothing changed', () => {
    expect(rowChanges([row('a'), row('b')], [row('a'), row('b')])).toEqual([]);
  });
});
