/**
 * A folder's direct children from the headers of its archive, as the Engine names them (the
 * folder first by its base name, "/" for the root, "./" when a link was followed), and the
 * bounded header scan that feeds them. Tars are built in memory with tar-stream.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { scanArchive, type ScanLimits } from '../../electron/engine/containerFiles/archiveScan';
import { DirectChildren } from '../../electron/engine/containerFiles/directChildren';
import { dir, file, hardlink, layerTar, symlink, type TestEntry } from '../support/archives';

const UNBOUNDED: ScanLimits = { maxBytes: Number.MAX_SAFE_INTEGER, maxEntries: Number.MAX_SAFE_INTEGER };

/** Feeds the archive in small chunks, as a socket would. */
function chunked(data: Buffer, size = 700): Readable {
  const parts: Buffer[] = [];
  for (let at = 0; at < data.length; at += size) parts.push(data.subarray(at, at + size));
  return Readable.from(parts);
}

async function list(folder: string, entries: TestEntry[], limits = UNBOUNDED) {
  const children = new DirectChildren(folder);
  const scan = await scanArchive(
    chunked(await layerTar(entries)),
    (header) => {
      children.add(header);
      return true;
    },
    limits,
  );
  return { scan, children, entries: children.entries() };
}

// /etc as the Engine archives it: "etc/" first, then everything below, depth first.
const ETC: TestEntry[] = [
  dir('etc/'),
  file('etc/passwd', 30),
  dir('etc/ssl/'),
  file('etc/ssl/a.pem', 100),
  dir('etc/ssl/private/'),
  file('etc/ssl/private/key', 50),
  symlink('etc/ssl/link', 'a.pem'),
  symlink('etc/mtab', '/proc/mounts'),
  file('etc/hostname', 13),
];

describe('DirectChildren', () => {
  it('lists only the direct children, with absolute paths, in name order', async () => {
    const { entries } = await list('/etc', ETC);
    expect(entries.map((e) => [e.name, e.path, e.type])).toEqual([
      ['hostname', '/etc/hostname', 'file'],
      ['mtab', '/etc/mtab', 'symlink'],
      ['passwd', '/etc/passwd', 'file'],
      ['ssl', '/etc/ssl', 'dir'],
    ]);
  });

  it("sizes a folder as the sum of every regular file below it, and keeps files' own sizes and modes", async () => {
    const { entries } = await list('/etc', ETC);
    const byName = new Map(entries.map((e) => [e.name, e]));
    expect(byName.get('ssl')).toMatchObject({ size: 150, mode: 0o755 });
    expect(byName.get('passwd')).toMatchObject({ size: 30, mode: 0o644, uid: 0, gid: 0 });
    expect(byName.get('mtab')).toMatchObject({ size: 0, link: '/proc/mounts' });
    expect(byName.get('passwd')!.modified).toBeGreaterThan(0);
  });

  it('reads the root archive, whose names start with "/"', async () => {
    const { entries } = await list('/', [dir('/'), dir('/bin/'), file('/bin/busybox', 10), file('/.dockerenv', 0)]);
    expect(entries.map((e) => [e.path, e.size])).toEqual([
      ['/.dockerenv', 0],
      ['/bin', 10],
    ]);
  });

  it('reads a followed link\'s archive ("./" names) under the path that was asked for', async () => {
    const { entries } = await list('/lib', [dir('./'), dir('./x/'), file('./x/f', 2), file('./top', 4)]);
    expect(entries.map((e) => [e.path, e.size])).toEqual([
      ['/lib/top', 4],
      ['/lib/x', 2],
    ]);
  });

  it('gives a hard link its absolute target, and its size when the target is a sibling', async () => {
    const { entries } = await list('/usr/bin', [
      dir('bin/'),
      file('bin/perl', 3000),
      hardlink('bin/perl5.36', 'bin/perl'),
      dir('bin/sub/'),
      file('bin/sub/inner', 7),
      hardlink('bin/far', 'bin/sub/inner'),
    ]);
    const byName = new Map(entries.map((e) => [e.name, e]));
    expect(byName.get('perl5.36')).toMatchObject({ type: 'hardlink', link: '/usr/bin/perl', size: 3000 });
    expect(byName.get('far')).toMatchObject({ type: 'hardlink', link: '/usr/bin/sub/inner', size: 0 });
    // A hard link repeats no bytes: the folder counts the file once.
    expect(byName.get('sub')!.size).toBe(7);
  });

  it('says what the archive is from its first entry', () => {
    const children = new DirectChildren('/etc/passwd');
    expect(children.first()).toBeNull();
    children.add({ name: 'passwd', type: 'file', size: 30 });
    expect(children.first()).toEqual({ type: 'file', link: undefined });
    const link = new DirectChildren('/lib');
    link.add({ name: 'lib', type: 'symlink', linkname: 'usr/lib' });
    expect(link.first()).toEqual({ type: 'symlink', link: 'usr/lib' });
    expect(link.entries()).toEqual([]);
  });
});

describe('scanArchive', () => {
  it('reads every header of a whole archive and is not truncated', async () => {
    const { scan } = await list('/etc', ETC);
    expect(scan).toMatchObject({ truncated: false, entries: ETC.length });
  });

  it('stops after maxEntries entries, truncated', async () => {
    const { scan, entries } = await list('/etc', ETC, { maxBytes: UNBOUNDED.maxBytes, maxEntries: 3 });
    expect(scan).toMatchObject({ truncated: true, entries: 3 });
    expect(entries.map((e) => e.name)).toEqual(['passwd', 'ssl']);
  });

  it('stops once more than maxBytes of archive came, truncated, and destroys the input', async () => {
    const data = await layerTar([dir('d/'), file('d/a', 4096), file('d/b', 4096), file('d/c', 4096)]);
    const input = chunked(data, 512);
    const seen: string[] = [];
    const scan = await scanArchive(input, (header) => Boolean(seen.push(header.name)), {
      maxBytes: 3000,
      maxEntries: 100,
    });
    expect(scan.truncated).toBe(true);
    expect(scan.bytes).toBeLessThan(data.length);
    expect(seen).not.toContain('d/c');
    expect(input.destroyed).toBe(true);
  });

  it('stops when the visitor says so, not truncated', async () => {
    const input = chunked(await layerTar(ETC));
    const scan = await scanArchive(input, () => false, UNBOUNDED);
    expect(scan).toMatchObject({ truncated: false, entries: 1 });
    expect(input.destroyed).toBe(true);
  });

  it('rejects an archive that is cut short', async () => {
    const data = await layerTar([dir('d/'), file('d/a', 4096)]);
    const cut = data.subarray(0, 1024 + 100); // the header of d/a and a part of its body
    await expect(scanArchive(chunked(cut), () => true, UNBOUNDED)).rejects.toThrow(/cut short|stopped/);
  });
});
