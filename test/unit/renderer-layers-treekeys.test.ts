import { describe, expect, it } from 'vitest';
import { buildTree, flattenVisible, type FileEntry } from '../../renderer/src/features/layers/fileTree';
import { treeKey } from '../../renderer/src/features/layers/treeKeys';

const file = (path: string, more: Partial<FileEntry> = {}): FileEntry => ({
  path,
  type: 'file',
  size: 1,
  mode: 0o644,
  uid: 0,
  gid: 0,
  ...more,
});

// Rows: 0 etc (open), 1 etc/ssl (closed), 2 etc/hosts, 3 etc/gone (removed), 4 link, 5 readme
const tree = buildTree([
  file('etc/hosts'),
  file('etc/ssl/cert.pem'),
  file('etc/gone', { change: 'removed' }),
  file('link', { type: 'symlink', linkTarget: 'readme' }),
  file('readme'),
]);
const rows = flattenVisible(tree, { expanded: new Set(['/etc']), sort: 'name' });

describe('treeKey', () => {
  it('has the rows the tests expect', () => {
    expect(rows.map((row) => row.node.path)).toEqual([
      '/etc',
      '/etc/ssl',
      '/etc/gone',
      '/etc/hosts',
      '/link',
      '/readme',
    ]);
  });

  it('moves with Up/Down/Home/End, clamped, starting at the top with nothing selected', () => {
    expect(treeKey(rows, -1, 'ArrowDown')).toEqual({ kind: 'select', index: 0 });
    expect(treeKey(rows, 2, 'ArrowDown')).toEqual({ kind: 'select', index: 3 });
    expect(treeKey(rows, 5, 'ArrowDown')).toEqual({ kind: 'select', index: 5 });
    expect(treeKey(rows, 0, 'ArrowUp')).toEqual({ kind: 'select', index: 0 });
    expect(treeKey(rows, 3, 'Home')).toEqual({ kind: 'select', index: 0 });
    expect(treeKey(rows, 0, 'End')).toEqual({ kind: 'select', index: 5 });
    expect(treeKey([], -1, 'ArrowDown')).toEqual({ kind: 'none' });
  });

  it('Right opens a closed folder, then steps into it; Left closes an open one, else goes to the parent', () => {
    expect(treeKey(rows, 1, 'ArrowRight')).toEqual({ kind: 'expand', path: '/etc/ssl' });
    expect(treeKey(rows, 0, 'ArrowRight')).toEqual({ kind: 'select', index: 1 });
    expect(treeKey(rows, 3, 'ArrowRight')).toEqual({ kind: 'none' });
    expect(treeKey(rows, 0, 'ArrowLeft')).toEqual({ kind: 'collapse', path: '/etc' });
    expect(treeKey(rows, 3, 'ArrowLeft')).toEqual({ kind: 'select', index: 0 });
    expect(treeKey(rows, 5, 'ArrowLeft')).toEqual({ kind: 'none' });
  });

  it('Enter opens regular files only, and toggles folders', () => {
    expect(treeKey(rows, 3, 'Enter')).toEqual({ kind: 'openFile', path: '/etc/hosts' });
    expect(treeKey(rows, 2, 'Enter')).toEqual({ kind: 'none' }); // removed in this layer
    expect(treeKey(rows, 4, 'Enter')).toEqual({ kind: 'none' }); // a symlink
    expect(treeKey(rows, 1, 'Enter')).toEqual({ kind: 'expand', path: '/etc/ssl' });
    expect(treeKey(rows, 0, 'Enter')).toEqual({ kind: 'collapse', path: '/etc' });
  });

  it('leaves other keys to the page', () => {
    expect(treeKey(rows, 0, 'a')).toBeNull();
    expect(treeKey(rows, 0, 'Tab')).toBeNull();
  });
});
