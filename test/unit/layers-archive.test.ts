/**
 * The archive reader on exports built in the test (test/support/archives.ts): both layouts, plain,
 * gzip and zstd layers, blobs before the manifests, and archives that are cut short.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readImageArchive } from '../../electron/engine/layers/archiveReader';
import { buildIndex, type LayerIndex } from '../../electron/engine/layers/buildIndex';
import { resolveImage } from '../../electron/engine/layers/resolveImage';
import {
  dir,
  file,
  hardlink,
  layerTar,
  legacyArchive,
  ociArchive,
  opaque,
  packAll,
  symlink,
  whiteout,
  type TestArchive,
  type TestImage,
} from '../support/archives';

/** Feeds the archive in small chunks, as a socket would. */
function chunked(data: Buffer, size = 7000): Readable {
  const parts: Buffer[] = [];
  for (let at = 0; at < data.length; at += size) parts.push(data.subarray(at, at + size));
  return Readable.from(parts);
}

async function indexOf(archive: TestArchive): Promise<LayerIndex> {
  const contents = await readImageArchive(chunked(archive.archive));
  return buildIndex(archive.imageId, resolveImage(contents, archive.imageId));
}

// Base: a file to modify, one to delete, a directory to replace, a hard and a symbolic link.
// Then: modify; delete with .wh.; replace app/ with an opaque whiteout; add 64 KiB.
async function testImage(): Promise<TestImage> {
  return {
    layers: [
      await layerTar([
        dir('etc'),
        file('etc/motd', 100),
        file('etc/old', 50),
        dir('app'),
        file('app/a', 300),
        dir('app/sub'),
        file('app/sub/b', 200),
        dir('bin'),
        file('bin/busybox', 1000, 0o755),
        symlink('bin/sh', 'busybox'),
        hardlink('bin/ls', 'bin/busybox'),
      ]),
      await layerTar([dir('etc'), file('etc/motd', 120)]),
      await layerTar([dir('etc'), whiteout('etc/old')]),
      await layerTar([dir('app'), opaque('app'), file('app/new', 2)]),
      await layerTar([dir('data'), file('./data/big', 65536)]),
    ],
    history: [
      { createdBy: 'ADD rootfs' },
      { createdBy: '/bin/sh -c #(nop)  ENV A=1', empty: true },
      { createdBy: '/bin/sh -c echo more >> /etc/motd' },
      { createdBy: '/bin/sh -c rm /etc/old' },
      { createdBy: '/bin/sh -c rm -rf app && mkdir app && echo x > app/new' },
      { createdBy: 'COPY big /data/big' },
    ],
  };
}

function expectTestImageIndex(index: LayerIndex, archive: TestArchive): void {
  const { summary } = index;
  expect(summary.imageId).toBe(archive.imageId);
  expect(summary.layers.map((l) => l.diffId)).toEqual(archive.diffIds);
  const rows = (i: number) =>
    Object.fromEntries(index.changes[i]!.map((r) => [r.path, r.relisted ? 'relisted' : r.kind]));
  expect(rows(0)['bin/ls']).toBe('added');
  expect(index.changes[0]!.find((r) => r.path === 'bin/ls')).toMatchObject({
    type: 'hardlink',
    link: 'bin/busybox',
    size: 0,
  });
  expect(index.changes[0]!.find((r) => r.path === 'bin/sh')).toMatchObject({ type: 'symlink', link: 'busybox' });
  expect(index.changes[0]!.find((r) => r.path === 'bin/busybox')).toMatchObject({
    type: 'file',
    mode: 0o755,
    size: 1000,
  });
  expect(rows(1)).toEqual({ etc: 'relisted', 'etc/motd': 'modified' });
  expect(rows(2)).toEqual({ etc: 'relisted', 'etc/old': 'removed' });
  expect(rows(3)).toEqual({
    app: 'relisted',
    'app/a': 'removed',
    'app/sub': 'removed',
    'app/sub/b': 'removed',
    'app/new': 'added',
  });
  expect(rows(4)).toEqual({ data: 'added', 'data/big': 'added' });
  expect(summary.totals).toEqual({
    addedCount: 11 + 1 + 2,
    addedBytes: 1650 + 2 + 65536,
    modifiedCount: 1,
    modifiedBytes: 120,
    removedCount: 1 + 3,
    removedBytes: 50 + 300 + 200,
  });
  // motd's first copy 100, etc/old 50, app/a 300, app/sub/b 200: nothing else is hidden.
  expect(summary.wastedBytes).toBe(650);
  expect(summary.storedBytes).toBe(1650 + 120 + 2 + 65536);
  expect(summary.keptBytes).toBe(120 + 1000 + 2 + 65536);
  expect(summary.efficiency).toBeCloseTo((120 + 1000 + 2 + 65536) / (1650 + 120 + 2 + 65536), 12);
  expect(summary.topWaste.map((w) => [w.path, w.wastedBytes, w.layers, w.removed])).toEqual([
    ['app/a', 300, [0], true],
    ['app/sub/b', 200, [0], true],
    ['etc/motd', 100, [0, 1], false],
    ['etc/old', 50, [0], true],
  ]);
  expect(summary.layers.map((l) => l.wastedBytes)).toEqual([650, 0, 0, 0, 0]);
  // The ENV step made no layer: layer 1 is history step 2.
  expect(summary.layers.map((l) => l.historyIndex)).toEqual([0, 2, 3, 4, 5]);
  expect(summary.layers[1]!.createdBy).toBe('/bin/sh -c echo more >> /etc/motd');
  expect(summary.history[1]).toMatchObject({ emptyLayer: true, layer: null, createdBy: '/bin/sh -c #(nop)  ENV A=1' });
}

describe('archive reader', () => {
  it('indexes a legacy-layout export (docker save of Engine 20.10), layers listed in reverse', async () => {
    const archive = await legacyArchive(await testImage());
    const index = await indexOf(archive);
    expectTestImageIndex(index, archive);
    expect(index.summary.layout).toBe('legacy');
    expect(index.summary.layers.every((l) => l.compression === 'none' && l.digest === l.diffId)).toBe(true);
    expect(index.archivePaths.every((p) => p.endsWith('/layer.tar'))).toBe(true);
  });

  it('indexes an OCI-layout export with plain, gzip and zstd layers, blobs before index.json', async () => {
    const archive = await ociArchive(await testImage(), ['gzip', 'zstd', 'none', 'gzip', 'zstd']);
    const index = await indexOf(archive);
    expectTestImageIndex(index, archive);
    expect(index.summary.layout).toBe('oci');
    const layers = index.summary.layers;
    expect(layers.map((l) => l.compression)).toEqual(['gzip', 'zstd', 'none', 'gzip', 'zstd']);
    // A compressed blob's digest is the compressed bytes' digest, and names its blob in the archive.
    for (const [i, layer] of layers.entries()) {
      expect(index.archivePaths[i]).toBe(`blobs/sha256/${layer.digest.slice(7)}`);
      if (layer.compression !== 'none') expect(layer.digest).not.toBe(layer.diffId);
    }
    expect(layers[4]!.archiveBytes).toBeLessThan(65536);
  });

  it('rejects an archive cut short, clearly', async () => {
    const archive = await legacyArchive(await testImage());
    const cut = archive.archive.subarray(0, Math.floor(archive.archive.length * 0.6));
    await expect(readImageArchive(chunked(cut))).rejects.toThrow(/cut short or malformed/);
  });

  it('rejects a gzip layer cut short inside an OCI export', async () => {
    const archive = await ociArchive(await testImage(), ['gzip', 'gzip', 'gzip', 'gzip', 'gzip']);
    await expect(readImageArchive(chunked(archive.archive.subarray(0, 3000)))).rejects.toThrow(
      /cut short or malformed/,
    );
  });

  it('says so when the config names a layer the archive does not have', async () => {
    const image = await testImage();
    const archive = await legacyArchive(image);
    const contents = await readImageArchive(chunked(archive.archive));
    // A legacy layer is found by the manifest's path at the diff ID's place: take the third away.
    const manifest = contents.json.get('manifest.json')!.value as { Layers: string[] }[];
    expect(contents.layers.delete(manifest[0]!.Layers[2]!)).toBe(true);
    expect(() => resolveImage(contents, archive.imageId)).toThrow(/no layer with diff ID/);
  });

  it('rejects something that is not an image export', async () => {
    const notAnImage = await layerTar([file('hello.txt', 'hi')]);
    const contents = await readImageArchive(chunked(notAnImage));
    expect(() => resolveImage(contents, 'sha256:' + '0'.repeat(64))).toThrow(/no manifest/);
  });

  it('takes an OCI blob name as its digest, a legacy layer.tar as the manifest names it, and hashes the rest', async () => {
    const layer = await layerTar([file('hello.txt', 'hi')]);
    const contentDigest = createHash('sha256').update(layer).digest('hex');
    // The same plain layer under a made-up blob name, and under a legacy <id>/layer.tar name.
    const named = 'b'.repeat(64);
    const archive = await packAll([
      { header: { name: `blobs/sha256/${named}` }, body: layer },
      { header: { name: `${'c'.repeat(64)}/layer.tar` }, body: layer },
    ]);
    const contents = await readImageArchive(chunked(archive));
    const byPath = new Map([...contents.layers.values()].map((l) => [l.archivePath, l]));
    // Content-addressed: the OCI name is trusted as the diff ID (no hash of the bytes)…
    expect(byPath.get(`blobs/sha256/${named}`)).toMatchObject({ diffId: `sha256:${named}`, digest: `sha256:${named}` });
    // …and a legacy layer.tar is not hashed either: the manifest says which diff ID it is (resolveImage).
    expect(byPath.get(`${'c'.repeat(64)}/layer.tar`)).toMatchObject({ diffId: null, digest: null });
    // A tar under any other name is hashed: nothing else says what it is.
    const other = await packAll([{ header: { name: 'some/blob' }, body: layer }]);
    const hashed = [...(await readImageArchive(chunked(other))).layers.values()];
    expect(hashed.map((l) => l.diffId)).toEqual([`sha256:${contentDigest}`]);
  });
});
