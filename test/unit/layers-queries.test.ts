/** Reading one file back out of an export, the views and limits of the layer channels, and their input schemas. */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readImageArchive } from '../../electron/engine/layers/archiveReader';
import { buildIndex, type LayerIndex } from '../../electron/engine/layers/buildIndex';
import { looksBinary } from '../../electron/engine/layers/fileContent';
import { readLayerFile } from '../../electron/engine/layers/fileReader';
import { layerFiles, visibleCopy } from '../../electron/engine/layers/layerQueries';
import { resolveImage } from '../../electron/engine/layers/resolveImage';
import { contract } from '../../electron/shared/contract';
import { dir, file, hardlink, layerTar, ociArchive, whiteout, type TestArchive } from '../support/archives';

async function archiveAndIndex(): Promise<{ archive: TestArchive; index: LayerIndex }> {
  const archive = await ociArchive(
    {
      layers: [
        await layerTar([
          dir('etc'),
          file('etc/motd', 'first\n'),
          file('bin/tool', 'TOOL'),
          hardlink('bin/alias', 'bin/tool'),
        ]),
        await layerTar([file('etc/motd', 'second\n')]),
        await layerTar([whiteout('etc/motd')]),
      ],
      history: [],
    },
    ['gzip', 'zstd', 'none'],
  );
  const contents = await readImageArchive(Readable.from([archive.archive]));
  return { archive, index: buildIndex(archive.imageId, resolveImage(contents, archive.imageId)) };
}

describe('reading one file of a layer', () => {
  it('reads the copy a layer shows, from gzip and zstd blobs, and stops at the cap', async () => {
    const { archive, index } = await archiveAndIndex();
    const read = (layer: number, path: string, max = 1024) =>
      readLayerFile(Readable.from([archive.archive]), index.archivePaths[layer]!, path, max);
    expect((await read(0, 'etc/motd'))?.toString()).toBe('first\n');
    expect((await read(1, 'etc/motd'))?.toString()).toBe('second\n');
    expect((await read(1, 'etc/motd', 3))?.toString()).toBe('sec');
    expect(await read(1, 'no/such/file')).toBeNull();
  });

  it('finds the visible copy as of a layer, and says when it was removed', async () => {
    const { index } = await archiveAndIndex();
    expect(visibleCopy(index, 1, 'etc/motd')).toMatchObject({ layer: 1, size: 7 });
    expect(visibleCopy(index, 2, 'bin/alias')).toMatchObject({ layer: 0, type: 'hardlink', link: 'bin/tool' });
    expect(() => visibleCopy(index, 2, 'etc/motd')).toThrow(/removed in layer 2/);
    expect(() => visibleCopy(index, 5, 'etc/motd')).toThrow(/there is no layer 5/);
  });

  it('tells text from binary in the first 8 KiB', () => {
    expect(looksBinary(Buffer.from('plain text, ünïcode\n'))).toBe(false);
    expect(looksBinary(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00]))).toBe(true);
    expect(looksBinary(Buffer.from([0xff, 0xfe, 0x41]))).toBe(true);
    // A multi-byte character cut at the 8 KiB edge is still text.
    const edge = Buffer.concat([Buffer.alloc(8191, 'a'), Buffer.from('é')]);
    expect(looksBinary(edge)).toBe(false);
  });
});

describe('layer views', () => {
  it('pages a view and keeps the total', async () => {
    const { index } = await archiveAndIndex();
    const all = layerFiles(index, 0, 'merged');
    expect(all.entries.map((r) => r.path)).toEqual(['bin/alias', 'bin/tool', 'etc', 'etc/motd']);
    expect(layerFiles(index, 0, 'merged', 1, 2)).toMatchObject({ total: 4, offset: 1 });
    expect(layerFiles(index, 0, 'merged', 1, 2).entries.map((r) => r.path)).toEqual(['bin/tool', 'etc']);
    expect(layerFiles(index, 2, 'merged').entries.map((r) => r.path)).toEqual(['bin/alias', 'bin/tool', 'etc']);
  });
});

describe('layer channel inputs', () => {
  const hex = 'a'.repeat(64);
  const valid = (channel: keyof typeof contract, input: unknown) => contract[channel].input.safeParse(input).success;

  it('accepts full image IDs only, and parses them to the sha256: form', () => {
    expect(contract['layers.index'].input.parse({ imageId: hex })).toEqual({ imageId: `sha256:${hex}` });
    expect(valid('layers.index', { imageId: `sha256:${hex}` })).toBe(true);
    for (const imageId of ['abc123', 'busybox:latest', `sha256:${hex.toUpperCase()}`, `${hex}/../x`, `sha512:${hex}`]) {
      expect(valid('layers.index', { imageId }), imageId).toBe(false);
    }
  });

  it('validates layer numbers, paths, patterns and limits', () => {
    const file = { imageId: hex, layer: 0, path: '/etc/motd', purpose: 'view' };
    expect(valid('layers.file', file)).toBe(true);
    expect(valid('layers.file', { ...file, path: 'etc/\0motd' })).toBe(false);
    expect(valid('layers.file', { ...file, path: 'x'.repeat(4097) })).toBe(false);
    expect(valid('layers.file', { ...file, layer: -1 })).toBe(false);
    expect(valid('layers.file', { ...file, layer: 1.5 })).toBe(false);
    expect(valid('layers.file', { ...file, purpose: 'exec' })).toBe(false);
    expect(valid('layers.files', { imageId: hex, layer: 0, view: 'tree' })).toBe(false);
    expect(valid('layers.files', { imageId: hex, layer: 0, view: 'changes', limit: 200_001 })).toBe(false);
    expect(valid('layers.search', { imageId: hex, pattern: '' })).toBe(false);
    expect(valid('layers.search', { imageId: hex, pattern: '**/*.so', limit: 5001 })).toBe(false);
  });
});
