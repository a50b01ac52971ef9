/** The image page's adapters: inspect history → layer stack steps, index rows → explorer entries, and back. */
import { describe, expect, it } from 'vitest';
import type { ImageHistoryStep, LayerFileContent, LayerFileRow, LayerIndexSummary } from '../../electron/shared/dto';
import {
  absolute,
  apiPath,
  baseName,
  defaultLayer,
  downloadBytes,
  layerLabeller,
  toFileEntries,
  toFileEntry,
  toFileViewState,
  toLayerSteps,
  toSearchResults,
  toWasteProps,
} from '../../renderer/src/features/imagePage/mapping';

function step(over: Partial<ImageHistoryStep>): ImageHistoryStep {
  return {
    keyword: 'RUN',
    text: 'RUN true',
    raw: '/bin/sh -c true',
    created: 1_700_000_000,
    size: 0,
    metadataOnly: true,
    fromBase: false,
    ...over,
  };
}

const layer = (index: number, sharedWith: { id: string; name: string }[] = []) => ({
  index,
  diffId: `sha256:${String(index).repeat(64)}`,
  chainId: `sha256:${String(index + 1).repeat(64)}`,
  sharedWith: sharedWith.map((image) => ({ ...image, dangling: false })),
  sharedWithCount: sharedWith.length,
});

const HISTORY: ImageHistoryStep[] = [
  step({
    keyword: 'IMPORT',
    text: 'IMPORT busybox',
    size: 1_980_000,
    metadataOnly: false,
    fromBase: true,
    layer: layer(0, [{ id: 'sha256:b', name: 'gantry-test/busybox:latest' }]),
  }),
  step({ keyword: 'COPY', text: 'COPY dir:b93 in /www', size: 25, metadataOnly: false, layer: layer(1) }),
  step({ keyword: 'CMD', text: 'CMD ["sh"]' }),
];

describe('toLayerSteps', () => {
  it('keeps the order, takes the keyword out of the text, and carries layer, size, sharing and base', () => {
    expect(toLayerSteps(HISTORY)).toEqual([
      {
        instruction: 'IMPORT',
        text: 'busybox',
        created: 1_700_000_000,
        size: 1_980_000,
        layerIndex: 0,
        sharedWith: [{ id: 'sha256:b', name: 'gantry-test/busybox:latest' }],
        inBase: true,
      },
      {
        instruction: 'COPY',
        text: 'dir:b93 in /www',
        created: 1_700_000_000,
        size: 25,
        layerIndex: 1,
        sharedWith: [],
        inBase: false,
      },
      {
        instruction: 'CMD',
        text: '["sh"]',
        created: 1_700_000_000,
        size: 0,
        layerIndex: null,
        sharedWith: [],
        inBase: false,
      },
    ]);
  });

  it('shows an unknown keyword as RUN and a metadata-only step as 0 bytes', () => {
    const [only] = toLayerSteps([step({ keyword: '', text: 'something odd', size: 12, metadataOnly: true })]);
    expect(only).toMatchObject({ instruction: 'RUN', text: 'something odd', size: 0, layerIndex: null });
  });
});

describe('defaultLayer and layer labels', () => {
  it('selects the topmost layer a step made, else the last of the image', () => {
    expect(defaultLayer(HISTORY, 2)).toBe(1);
    expect(defaultLayer([step({})], 3)).toBe(2);
    expect(defaultLayer([], 0)).toBeNull();
  });

  it('names a layer by its step, short or long', () => {
    expect(layerLabeller(HISTORY)(1)).toBe('Layer 2 · COPY dir:b93 in /www');
    expect(layerLabeller(HISTORY, 'short')(1)).toBe('Layer 2 · COPY');
    expect(layerLabeller(HISTORY)(7)).toBe('Layer 8');
    const long = layerLabeller([step({ text: `RUN ${'x'.repeat(200)}`, layer: layer(0), metadataOnly: false })])(0);
    expect(long.length).toBeLessThanOrEqual('Layer 1 · '.length + 80);
    expect(long.endsWith('…')).toBe(true);
  });
});

const row = (over: Partial<LayerFileRow>): LayerFileRow => ({
  path: 'www/index.html',
  type: 'file',
  size: 25,
  mode: 0o644,
  uid: 0,
  gid: 0,
  layer: 1,
  kind: 'added',
  ...over,
});

describe('toFileEntry / toFileEntries', () => {
  it('maps kind to change and link to linkTarget', () => {
    expect(toFileEntry(row({ type: 'symlink', size: 0, link: '../bin/busybox', kind: 'modified' }))).toEqual({
      path: 'www/index.html',
      type: 'symlink',
      size: 0,
      mode: 0o644,
      uid: 0,
      gid: 0,
      linkTarget: '../bin/busybox',
      change: 'modified',
    });
  });

  it('gives a re-listed folder no change badge', () => {
    const entry = toFileEntry(row({ path: 'etc', type: 'dir', kind: 'modified', relisted: true }));
    expect(entry.change).toBeUndefined();
  });

  it('shows the merged view as a plain filesystem: no badges, no removed paths', () => {
    const entries = toFileEntries(
      [row({ path: 'bin', type: 'dir', kind: 'added', layer: 0 }), row({ path: 'gone', kind: 'removed' }), row({})],
      'merged',
    );
    expect(entries.map((entry) => entry.path)).toEqual(['bin', 'www/index.html']);
    expect(entries.every((entry) => entry.change === undefined)).toBe(true);
  });

  it('keeps removed paths in a layer’s changes', () => {
    expect(toFileEntries([row({ path: 'gone', kind: 'removed' })], 'changes')[0]!.change).toBe('removed');
  });
});

describe('paths', () => {
  it('shows paths absolute and asks the API with relative ones', () => {
    expect(absolute('www/index.html')).toBe('/www/index.html');
    expect(absolute('/www')).toBe('/www');
    expect(apiPath('/www/index.html')).toBe('www/index.html');
    expect(apiPath('www')).toBe('www');
    expect(baseName('www/index.html')).toBe('index.html');
    expect(baseName('etc/')).toBe('etc');
  });

  it('maps search matches and wasted paths with absolute paths and their layers', () => {
    expect(toSearchResults([{ path: 'www/index.html', layer: 1, kind: 'added', type: 'file', size: 25 }])).toEqual([
      { path: '/www/index.html', layerIndex: 1, change: 'added', size: 25 },
    ]);
    const summary = {
      efficiency: 0.5,
      wastedBytes: 10,
      storedBytes: 20,
      topWaste: [{ path: 'tmp/big', wastedBytes: 10, layers: [1, 2], removed: true }],
    } as unknown as LayerIndexSummary;
    expect(toWasteProps(summary)).toEqual({
      efficiency: 0.5,
      wastedBytes: 10,
      storedBytes: 20,
      top: [{ path: '/tmp/big', wastedBytes: 10, layers: [1, 2] }],
    });
  });
});

const content = (over: Partial<LayerFileContent>): LayerFileContent => ({
  path: 'www/index.html',
  layer: 1,
  size: 25,
  encoding: 'utf8',
  content: '<h1>gantry-test web</h1>\n',
  truncated: false,
  binary: false,
  ...over,
});

describe('file contents', () => {
  it('shows text as text, binary as binary, and keeps the truncated flag', () => {
    expect(toFileViewState(content({}))).toEqual({
      kind: 'text',
      text: '<h1>gantry-test web</h1>\n',
      size: 25,
      truncated: false,
    });
    expect(toFileViewState(content({ binary: true, encoding: 'base64', content: 'AAE=' }))).toEqual({
      kind: 'binary',
      size: 25,
    });
    expect(toFileViewState(content({ truncated: true, size: 5_000_000 }))).toMatchObject({
      truncated: true,
      size: 5_000_000,
    });
    expect(toFileViewState(content({ encoding: 'base64', content: btoa('héllo'.normalize()) }))).toMatchObject({
      kind: 'text',
    });
  });

  it('decodes a base64 download to its bytes, and encodes UTF-8 text', () => {
    expect([...downloadBytes(content({ encoding: 'base64', content: 'AAH/' }))]).toEqual([0, 1, 255]);
    expect([...downloadBytes(content({ content: 'é' }))]).toEqual([0xc3, 0xa9]);
  });
});
