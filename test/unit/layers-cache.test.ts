/** The layer index cache (disk + memory), its compact codec, search, and the task registry. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { readImageArchive } from '../../electron/engine/layers/archiveReader';
import { buildIndex, type LayerIndex } from '../../electron/engine/layers/buildIndex';
import { LayerIndexCache } from '../../electron/engine/layers/indexCache';
import { decodeIndex, encodeIndex } from '../../electron/engine/layers/indexCodec';
import { resolveImage } from '../../electron/engine/layers/resolveImage';
import { pathMatcher, searchChanges } from '../../electron/engine/layers/search';
import { TaskRegistry, type TaskProgress } from '../../electron/engine/tasks';
import { dir, file, layerTar, legacyArchive, symlink, whiteout } from '../support/archives';

async function sampleIndex(files = 3): Promise<LayerIndex> {
  const names = Array.from({ length: files }, (_, i) => file(`usr/share/doc/f${i}.txt`, 10 + i));
  const archive = await legacyArchive({
    layers: [
      await layerTar([dir('etc'), file('etc/ssl.conf', 5), symlink('etc/link', 'ssl.conf'), dir('usr'), ...names]),
      await layerTar([dir('etc'), whiteout('etc/ssl.conf'), file('etc/ssl/cert.pem', 9)]),
    ],
    history: [{ createdBy: 'a' }, { createdBy: 'b' }],
  });
  const contents = await readImageArchive(Readable.from([archive.archive]));
  return buildIndex(archive.imageId, resolveImage(contents, archive.imageId));
}

const made: string[] = [];
const tempDir = () => {
  const dirPath = mkdtempSync(path.join(tmpdir(), 'gantry-layer-cache-'));
  made.push(dirPath);
  return dirPath;
};
afterAll(() => {
  for (const dirPath of made) rmSync(dirPath, { recursive: true, force: true });
});

describe('index codec', () => {
  it('round-trips an index exactly', async () => {
    const index = await sampleIndex();
    expect(decodeIndex(encodeIndex(index), index.summary.imageId)).toEqual(index);
  });
  it('refuses the index of another image', async () => {
    const index = await sampleIndex();
    expect(() => decodeIndex(encodeIndex(index), `sha256:${'0'.repeat(64)}`)).toThrow();
  });
});

describe('layer index cache', () => {
  it('answers from disk in a fresh cache (another app start)', async () => {
    const dirPath = tempDir();
    const index = await sampleIndex();
    await new LayerIndexCache({ dir: dirPath }).put(index);
    expect(readdirSync(dirPath)).toEqual([`${index.summary.imageId.slice(7)}.json.gz`]);
    expect(await new LayerIndexCache({ dir: dirPath }).get(index.summary.imageId)).toEqual(index);
  });

  it('ignores and deletes a corrupt or truncated file', async () => {
    const dirPath = tempDir();
    const index = await sampleIndex();
    await new LayerIndexCache({ dir: dirPath }).put(index);
    const file = path.join(dirPath, readdirSync(dirPath)[0]!);
    writeFileSync(file, readFileSync(file).subarray(0, 40));
    expect(await new LayerIndexCache({ dir: dirPath }).get(index.summary.imageId)).toBeNull();
    expect(readdirSync(dirPath)).toEqual([]);
  });

  it('keeps to its size cap by evicting the least recently used file', async () => {
    const dirPath = tempDir();
    const a = await sampleIndex(1);
    const b = await sampleIndex(2);
    const c = await sampleIndex(3);
    const cache = new LayerIndexCache({ dir: dirPath });
    await cache.put(a);
    await cache.put(b);
    const size = (index: LayerIndex) => statSync(path.join(dirPath, `${index.summary.imageId.slice(7)}.json.gz`)).size;
    // a is older than b; then a is used, so b becomes the least recently used.
    utimesSync(path.join(dirPath, `${a.summary.imageId.slice(7)}.json.gz`), new Date(1000), new Date(1000));
    utimesSync(path.join(dirPath, `${b.summary.imageId.slice(7)}.json.gz`), new Date(2000), new Date(2000));
    const scratch = tempDir();
    await new LayerIndexCache({ dir: scratch }).put(c);
    const sizeOfC = statSync(path.join(scratch, readdirSync(scratch)[0]!)).size;
    // Room for a and c, not for all three.
    const fresh = new LayerIndexCache({ dir: dirPath, maxBytes: size(a) + sizeOfC + 1 });
    expect(size(b)).toBeGreaterThan(1);
    expect(await fresh.get(a.summary.imageId)).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 20)); // the touch is not awaited
    await fresh.put(c);
    const left = readdirSync(dirPath).sort();
    expect(left).toEqual([a, c].map((i) => `${i.summary.imageId.slice(7)}.json.gz`).sort());
  });

  it('without a folder, keeps indexes in memory only', async () => {
    const cache = new LayerIndexCache();
    const index = await sampleIndex();
    await cache.put(index);
    expect(await cache.get(index.summary.imageId)).toBe(index);
  });
});

describe('search', () => {
  it('matches substrings case-insensitively and globs by path segment', () => {
    expect(pathMatcher('/etc/SSL')('etc/ssl/cert.pem')).toBe(true);
    expect(pathMatcher('etc/*.pem')('etc/ssl/cert.pem')).toBe(false);
    expect(pathMatcher('etc/**/*.pem')('etc/ssl/cert.pem')).toBe(true);
    expect(pathMatcher('**/*.pem')('cert.pem')).toBe(true);
    expect(pathMatcher('usr/share/doc/f?.txt')('usr/share/doc/f1.txt')).toBe(true);
    expect(pathMatcher('a.b')('axb')).toBe(false);
  });

  it('says which layer added, changed or removed a path, with a limit', async () => {
    const index = await sampleIndex();
    expect(searchChanges(index.changes, 'etc/ssl', 10).matches).toEqual(
      [
        { path: 'etc/ssl.conf', layer: 0, kind: 'added', type: 'file', size: 5 },
        { path: 'etc/ssl/cert.pem', layer: 1, kind: 'added', type: 'file', size: 9 },
        { path: 'etc/ssl.conf', layer: 1, kind: 'removed', type: 'file', size: 5 },
      ].sort((x, y) => x.layer - y.layer || (x.path < y.path ? -1 : 1)),
    );
    expect(searchChanges(index.changes, '**/*.txt', 2)).toMatchObject({ total: 3, truncated: true });
  });
});

describe('task registry', () => {
  it('re-attaches a second listener to the running task, and cancels when the last one leaves', async () => {
    const registry = new TaskRegistry();
    let runs = 0;
    let aborted = false;
    const start = () =>
      registry.start('k', 'test', 'Test', (report, signal) => {
        runs++;
        report({ phase: 'reading', done: 1, total: 2, message: 'half' });
        return new Promise<string>((_resolve, reject) =>
          signal.addEventListener('abort', () => {
            aborted = true;
            reject(new Error('cancelled'));
          }),
        );
      });
    const seen: TaskProgress[] = [];
    const listener = () => ({ progress: (p: TaskProgress) => seen.push(p), done: () => {}, fail: () => {} });
    const detachA = start().attach(listener());
    await new Promise((resolve) => setTimeout(resolve, 0));
    const detachB = start().attach(listener());
    expect(runs).toBe(1);
    expect(registry.list().map((task) => [task.key, task.progress.done])).toEqual([['k', 1]]);
    expect(seen.at(-1)?.message).toBe('half');
    detachA();
    expect(aborted).toBe(false);
    detachB();
    expect(aborted).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(registry.list()).toEqual([]);
  });
});
