import { describe, expect, it } from 'vitest';
import type { ContainerChanges } from '../../electron/shared/dto';
import {
  buildChangesTree,
  countKinds,
  countsText,
  toChangeEntries,
} from '../../renderer/src/features/containerFiles/changesTree';
import { allFolderPaths, flattenVisible } from '../../renderer/src/features/layers/fileTree';
import { treeKey } from '../../renderer/src/features/layers/treeKeys';

// What `docker diff` prints for a container that wrote /tmp/out/data.bin, edited /etc/hosts,
// deleted /etc/motd and added an empty folder /srv (the Engine lists parents as modified).
const DIFF: ContainerChanges = {
  changes: [
    { path: '/etc', kind: 'modified' },
    { path: '/etc/hosts', kind: 'modified' },
    { path: '/etc/motd', kind: 'deleted' },
    { path: '/tmp', kind: 'modified' },
    { path: '/tmp/out', kind: 'added' },
    { path: '/tmp/out/data.bin', kind: 'added' },
    { path: '/srv', kind: 'added' },
  ],
  sizes: { '/etc/hosts': 120, '/tmp/out/data.bin': 5_000_000 },
};

const names = (rows: ReturnType<typeof flattenVisible>) =>
  rows.map(
    (row) => `${'  '.repeat(row.depth)}${row.node.name}${row.node.entry?.change ? ` ${row.node.entry.change}` : ''}`,
  );

describe('changes tree', () => {
  it('makes folders of paths with changes below them, files of the rest, with sizes where known', () => {
    const entries = toChangeEntries(DIFF.changes, DIFF.sizes);
    expect(entries.map((entry) => [entry.path, entry.type, entry.size, entry.change])).toEqual([
      ['/etc', 'dir', 0, 'modified'],
      ['/etc/hosts', 'file', 120, 'modified'],
      ['/etc/motd', 'file', 0, 'removed'],
      ['/srv', 'file', 0, 'added'],
      ['/tmp', 'dir', 0, 'modified'],
      ['/tmp/out', 'dir', 0, 'added'],
      ['/tmp/out/data.bin', 'file', 5_000_000, 'added'],
    ]);
  });

  it('counts the changes below each folder by kind, and sums sizes up the tree', () => {
    const tree = buildChangesTree(DIFF);
    expect(tree.totals).toEqual({ added: 3, modified: 3, deleted: 1 });
    expect(tree.counts.get('/etc')).toEqual({ added: 0, modified: 1, deleted: 1 });
    expect(tree.counts.get('/tmp')).toEqual({ added: 2, modified: 0, deleted: 0 });
    expect(tree.counts.get('/tmp/out')).toEqual({ added: 1, modified: 0, deleted: 0 });
    expect(tree.counts.get('/')).toEqual({ added: 3, modified: 3, deleted: 1 });
    expect(countsText(tree.counts.get('/etc'))).toBe('1 modified · 1 deleted');
    const tmp = tree.root.children!.find((node) => node.name === 'tmp')!;
    expect(tmp.size).toBe(5_000_000);
    const rows = flattenVisible(tree.root, { expanded: allFolderPaths(tree.root), sort: 'name' });
    expect(names(rows)).toEqual([
      'etc modified',
      '  hosts modified',
      '  motd removed',
      'tmp modified',
      '  out added',
      '    data.bin added',
      'srv added',
    ]);
  });

  it('filters by kind, keeping the folders the shown paths are in', () => {
    const tree = buildChangesTree(DIFF, new Set(['deleted']));
    expect(tree.totals).toEqual({ added: 0, modified: 0, deleted: 1 });
    const rows = flattenVisible(tree.root, { expanded: allFolderPaths(tree.root), sort: 'name' });
    // /etc is only implied now (its own "modified" is filtered out): a folder without a badge.
    expect(names(rows)).toEqual(['etc', '  motd removed']);
    expect(countKinds(DIFF.changes)).toEqual({ added: 3, modified: 3, deleted: 1 });
  });

  it('folds and unfolds with the layer tree keys; a deleted file has nothing to open', () => {
    const tree = buildChangesTree(DIFF);
    let expanded = new Set<string>();
    let rows = flattenVisible(tree.root, { expanded, sort: 'name' });
    expect(names(rows)).toEqual(['etc modified', 'tmp modified', 'srv added']);
    expect(treeKey(rows, 0, 'ArrowRight')).toEqual({ kind: 'expand', path: '/etc' });
    expanded = new Set(['/etc']);
    rows = flattenVisible(tree.root, { expanded, sort: 'name' });
    expect(treeKey(rows, 1, 'Enter')).toEqual({ kind: 'openFile', path: '/etc/hosts' });
    expect(treeKey(rows, 2, 'Enter')).toEqual({ kind: 'none' });
    expect(treeKey(rows, 2, 'ArrowLeft')).toEqual({ kind: 'select', index: 0 });
  });

  it('says nothing for an empty diff', () => {
    const tree = buildChangesTree({ changes: [], sizes: {} });
    expect(tree.totals).toEqual({ added: 0, modified: 0, deleted: 0 });
    expect(flattenVisible(tree.root, { expanded: new Set(), sort: 'name' })).toEqual([]);
    expect(countsText(undefined)).toBe('');
  });
});
