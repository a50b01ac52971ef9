import { describe, expect, it } from 'vitest';
import { formatMode } from '../../renderer/src/features/layers/fileMode';
import {
  ancestorPaths,
  buildTree,
  changeStats,
  flattenVisible,
  normalizePath,
  type FileEntry,
} from '../../renderer/src/features/layers/fileTree';

function entry(path: string, size = 0, more: Partial<FileEntry> = {}): FileEntry {
  return { path, type: path.endsWith('/') ? 'dir' : 'file', size, mode: 0o644, uid: 0, gid: 0, ...more };
}

const names = (rows: ReturnType<typeof flattenVisible>) =>
  rows.map((row) => `${'  '.repeat(row.depth)}${row.node.name}`);

describe('buildTree', () => {
  it('normalises paths', () => {
    expect(normalizePath('/etc/ssl/')).toBe('etc/ssl');
    expect(normalizePath('./usr/bin')).toBe('usr/bin');
    expect(normalizePath('bin')).toBe('bin');
  });

  it('sums folder sizes and makes up missing parent folders', () => {
    const root = buildTree([
      entry('etc/', 0),
      entry('etc/hosts', 10),
      entry('usr/lib/x/libc.so', 1000),
      entry('usr/lib/y', 5),
    ]);
    expect(root.size).toBe(1015);
    expect(root.files).toBe(3);
    const usr = root.children!.find((n) => n.name === 'usr')!;
    expect(usr.entry).toBeNull(); // implied, not listed
    expect(usr.path).toBe('/usr');
    expect(usr.size).toBe(1005);
    const lib = usr.children![0]!;
    expect(lib.children!.map((n) => n.name).sort()).toEqual(['x', 'y']);
    expect(lib.children!.find((n) => n.name === 'x')!.size).toBe(1000);
    const etc = root.children!.find((n) => n.name === 'etc')!;
    expect(etc.entry?.path).toBe('etc/');
  });

  it('attaches a folder entry that comes after its children', () => {
    const root = buildTree([entry('a/b', 3), entry('a', 0, { type: 'dir', mode: 0o755 })]);
    expect(root.children).toHaveLength(1);
    expect(root.children![0]!.entry?.mode).toBe(0o755);
    expect(root.children![0]!.size).toBe(3);
  });

  it("counts a folder entry's own size", () => {
    const root = buildTree([entry('a/', 4096), entry('a/b', 3)]);
    expect(root.children![0]!.size).toBe(4099);
  });
});

describe('flattenVisible', () => {
  const root = buildTree([
    entry('b/', 0),
    entry('b/small', 1),
    entry('b/big', 900),
    entry('a.txt', 50),
    entry('c/', 0),
    entry('c/file10', 20),
    entry('c/file9', 30),
    entry('d/', 0),
    entry('d/tiny', 2),
  ]);

  it('shows only the top level until a folder is expanded; folders first, names in natural order', () => {
    expect(names(flattenVisible(root, { expanded: new Set(), sort: 'name' }))).toEqual(['b', 'c', 'd', 'a.txt']);
    const rows = flattenVisible(root, { expanded: new Set(['/c']), sort: 'name' });
    expect(names(rows)).toEqual(['b', 'c', '  file9', '  file10', 'd', 'a.txt']);
    expect(rows[1]).toMatchObject({ expanded: true, expandable: true, depth: 0 });
    expect(rows[2]).toMatchObject({ expanded: false, expandable: false, depth: 1 });
  });

  it('sorts by size, largest first', () => {
    const rows = flattenVisible(root, { expanded: new Set(['/b']), sort: 'size' });
    expect(names(rows)).toEqual(['b', '  big', '  small', 'c', 'a.txt', 'd']);
  });

  it('filters by minimum size, folders by their total', () => {
    const rows = flattenVisible(root, { expanded: new Set(), expandAll: true, sort: 'name', minSize: 40 });
    expect(names(rows)).toEqual(['b', '  big', 'c', 'a.txt']); // "d" (2 bytes) is gone
    // "c" (50 in total) stays, but nothing in it is 40 bytes, so it can no longer open.
    expect(rows.find((row) => row.node.name === 'c')!.expandable).toBe(false);
  });

  it('lists the folders to open to reveal a path', () => {
    expect(ancestorPaths('/usr/lib/x/libc.so')).toEqual(['/usr', '/usr/lib', '/usr/lib/x']);
    expect(ancestorPaths('bin')).toEqual([]);
  });

  it('counts changes per kind', () => {
    const stats = changeStats([
      entry('a', 10, { change: 'added' }),
      entry('b', 5, { change: 'added' }),
      entry('c', 7, { change: 'modified' }),
      entry('d', 0, { change: 'removed' }),
      entry('e', 99),
    ]);
    expect(stats).toEqual({
      added: { count: 2, bytes: 15 },
      modified: { count: 1, bytes: 7 },
      removed: { count: 1, bytes: 0 },
    });
  });

  it('builds and flattens 100k entries (timing is reported, not asserted)', () => {
    const entries: FileEntry[] = [];
    for (let d = 0; d < 100; d++) {
      entries.push(entry(`usr/share/pkg${d}/`, 0));
      for (let s = 0; s < 10; s++)
        for (let f = 0; f < 100; f++) entries.push(entry(`usr/share/pkg${d}/sub${s}/f${f}.txt`, f + 1));
    }
    expect(entries.length).toBe(100_100);
    const t0 = performance.now();
    const tree = buildTree(entries);
    const t1 = performance.now();
    const rows = flattenVisible(tree, { expanded: new Set(), expandAll: true, sort: 'size' });
    const t2 = performance.now();
    const again = flattenVisible(tree, { expanded: new Set(), expandAll: true, sort: 'size' });
    const t3 = performance.now();
    console.log(
      `fileTree 100k: build ${(t1 - t0).toFixed(1)} ms, flatten all (first, sorting) ${(t2 - t1).toFixed(1)} ms, again ${(t3 - t2).toFixed(1)} ms`,
    );
    // usr, share, 100 pkgs, 1,000 subs, 100,000 files
    expect(rows.length).toBe(2 + 100 + 1000 + 100_000);
    expect(again.length).toBe(rows.length);
    expect(tree.size).toBe(100 * 10 * 5050);
  });
});

describe('formatMode', () => {
  it('prints modes as ls -l does', () => {
    expect(formatMode(0o755, 'file')).toBe('-rwxr-xr-x');
    expect(formatMode(0o644, 'file')).toBe('-rw-r--r--');
    expect(formatMode(0o755, 'dir')).toBe('drwxr-xr-x');
    expect(formatMode(0o777, 'symlink')).toBe('lrwxrwxrwx');
    expect(formatMode(0o644, 'hardlink')).toBe('-rw-r--r--');
  });
  it('shows setuid, setgid and sticky, upper-case without execute', () => {
    expect(formatMode(0o4755, 'file')).toBe('-rwsr-xr-x');
    expect(formatMode(0o4644, 'file')).toBe('-rwSr--r--');
    expect(formatMode(0o2755, 'dir')).toBe('drwxr-sr-x');
    expect(formatMode(0o2745, 'file')).toBe('-rwxr-Sr-x');
    expect(formatMode(0o1777, 'dir')).toBe('drwxrwxrwt');
    expect(formatMode(0o1776, 'dir')).toBe('drwxrwxrwT');
  });
  it('reads devices and fifos from the type bits', () => {
    expect(formatMode(0o020666, 'other')).toBe('crw-rw-rw-');
    expect(formatMode(0o060660, 'other')).toBe('brw-rw----');
    expect(formatMode(0o010644, 'other')).toBe('prw-r--r--');
    expect(formatMode(0o644, 'other')).toBe('?rw-r--r--');
  });
});
