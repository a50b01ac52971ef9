/**
 * docker diff as the Engine answers it → our changes (kinds, order), which paths get a size, and
 * the archive stat header (X-Docker-Container-Path-Stat) the sizes come from.
 */
import { describe, expect, it } from 'vitest';
import { isRegularFile, parsePathStat } from '../../electron/engine/containerFiles/archiveRequest';
import { changeKind, comparePaths, sizeCandidates, toChanges } from '../../electron/engine/containerFiles/changes';

describe('changeKind', () => {
  it('maps the Engine kinds: 0 modified, 1 added, 2 deleted', () => {
    expect([0, 1, 2].map(changeKind)).toEqual(['modified', 'added', 'deleted']);
    expect(changeKind(3)).toBeNull();
    expect(changeKind(-1)).toBeNull();
  });
});

describe('toChanges', () => {
  it('takes the null the Engine sends for no changes', () => {
    expect(toChanges(null)).toEqual([]);
  });

  it('sorts folder by folder, so a folder comes right before what is in it', () => {
    const changes = toChanges([
      { Path: '/a-b', Kind: 1 },
      { Path: '/a/b', Kind: 1 },
      { Path: '/tmp/x', Kind: 1 },
      { Path: '/a', Kind: 0 },
      { Path: '/B', Kind: 2 },
      { Path: '/tmp', Kind: 0 },
    ]);
    expect(changes.map((c) => c.path)).toEqual(['/B', '/a', '/a/b', '/a-b', '/tmp', '/tmp/x']);
    expect(changes[0]).toEqual({ path: '/B', kind: 'deleted' });
  });

  it('leaves out entries it cannot read', () => {
    expect(toChanges([{ Path: '/x', Kind: 9 }, { Kind: 1 }, { Path: '/y', Kind: 1 }])).toEqual([
      { path: '/y', kind: 'added' },
    ]);
  });

  it('compares paths by their segments', () => {
    expect(comparePaths('/a', '/a')).toBe(0);
    expect(comparePaths('/a', '/a/b')).toBeLessThan(0);
    expect(comparePaths('/a/b', '/a-b')).toBeLessThan(0);
    expect(comparePaths('/b', '/a/z')).toBeGreaterThan(0);
  });
});

describe('sizeCandidates', () => {
  it('asks only for added or modified paths that are no parent of another change', () => {
    const changes = toChanges([
      { Path: '/etc', Kind: 0 },
      { Path: '/etc/passwd', Kind: 0 },
      { Path: '/etc/new', Kind: 1 },
      { Path: '/bin', Kind: 0 },
      { Path: '/bin/vi', Kind: 2 },
      { Path: '/opt', Kind: 1 },
      { Path: '/opt/a', Kind: 1 },
      { Path: '/opt/a/b', Kind: 1 },
      { Path: '/empty', Kind: 1 },
    ]);
    expect(sizeCandidates(changes)).toEqual(['/empty', '/etc/new', '/etc/passwd', '/opt/a/b']);
  });
});

describe('the archive stat header', () => {
  const header = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64');

  it("reads the Engine's base64 JSON", () => {
    const stat = parsePathStat(
      header({ name: 'passwd', size: 53, mode: 0o644, mtime: '2026-12-02T00:19:28Z', linkTarget: '' }),
    );
    expect(stat).toEqual({ name: 'passwd', size: 53, mode: 0o644, mtime: '2026-12-02T00:19:28Z', linkTarget: '' });
    expect(isRegularFile(stat!)).toBe(true);
  });

  it("tells regular files from folders and links by Go's mode bits", () => {
    // As the Engine sent them for /etc (ModeDir | 0755) and a symlink (ModeSymlink | 0777).
    expect(isRegularFile(parsePathStat(header({ name: 'etc', size: 4096, mode: 2147484141 }))!)).toBe(false);
    expect(isRegularFile(parsePathStat(header({ name: 'link', size: 11, mode: 134218239 }))!)).toBe(false);
    // Setuid (ModeSetuid | 0755) is still a regular file.
    expect(isRegularFile(parsePathStat(header({ name: 'su', size: 9, mode: (1 << 23) | 0o755 }))!)).toBe(true);
  });

  it('is null when absent or not what the Engine writes', () => {
    expect(parsePathStat(undefined)).toBeNull();
    expect(parsePathStat('')).toBeNull();
    expect(parsePathStat(['a', 'b'])).toBeNull();
    expect(parsePathStat('not base64 json')).toBeNull();
    expect(parsePathStat(header({ name: 'x' }))).toBeNull();
  });
});
