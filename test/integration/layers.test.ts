/**
 * The layer index on a real Engine: an image built here, FROM the seeded busybox, whose layers
 * add, modify and delete files, replace a directory (opaque whiteout) and COPY known sizes. The
 * Engine (20.10) exports it in the legacy layout.
 */
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import path from 'node:path';
import tar from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/api/backend';
import type { ApiError } from '../../electron/shared/errors';
import type { LayerIndexEvent, LayerIndexSummary } from '../../electron/shared/dto';
import { buildTagged } from '../support/buildImage';
import { SEED, testEnv } from '../support/fixtures';
import { startRequestCounter, type RequestCounter } from '../support/requestCounter';
import { call, rawDocker, testDockerHost } from '../support/testEngine';

const TAG = 'gantry-test/layers:int';
const BLOB = 100_000;
const SMALLER_BLOB = 50_000;
const DOCKERFILE = `FROM ${SEED.images.busybox}
RUN echo hello > /hello.txt && echo gone-soon > /gone.txt
RUN echo again >> /hello.txt
RUN rm /gone.txt
RUN mkdir /data && echo one > /data/a && echo two > /data/b
RUN rm -rf /data && mkdir /data && echo x > /data/new
COPY blob.bin /blob.bin
COPY smaller.bin /blob.bin
`;
// Bytes of each copy, from what the Dockerfile writes.
const HELLO_1 = 'hello\n'.length;
const HELLO_2 = 'hello\nagain\n'.length;
const GONE = 'gone-soon\n'.length;
const DATA_A = 'one\n'.length;
const DATA_B = 'two\n'.length;

const docker = rawDocker();
const socketPath = testDockerHost().replace(/^unix:\/\//, '');
let imageId = '';
let counter: RequestCounter;
let backend: Backend;
const dataDir = mkdtempSync(path.join(testEnv('tmp'), 'layers-data-'));

async function buildContext(): Promise<tar.Pack> {
  const pack = tar.pack();
  pack.entry({ name: 'Dockerfile' }, DOCKERFILE);
  pack.entry({ name: 'blob.bin' }, Buffer.alloc(BLOB, 'b'));
  pack.entry({ name: 'smaller.bin' }, Buffer.alloc(SMALLER_BLOB, 's'));
  pack.finalize();
  return Promise.resolve(pack);
}

async function buildImage(): Promise<string> {
  return buildTagged(docker, TAG, await buildContext());
}

/** Subscribes to layers.index as a page does; resolves when the stream ends. */
function indexStream(target: Backend, id: string, client = 'page', streamId = 1) {
  const events: LayerIndexEvent[] = [];
  const ended = new Promise<ApiError | undefined>((resolve) =>
    target.router.subscribe(
      client,
      streamId,
      'layers.index',
      { imageId: id },
      {
        event: (data) => events.push(data as LayerIndexEvent),
        end: resolve,
      },
    ),
  );
  return { events, ended };
}

async function indexed(target: Backend, id: string): Promise<{ summary: LayerIndexSummary; cached: boolean }> {
  const { events, ended } = indexStream(target, id);
  const error = await ended;
  if (error) throw new Error(`layers.index failed: ${error.code} ${error.message}`);
  const done = events.at(-1);
  if (done?.kind !== 'done') throw new Error(`no done event: ${JSON.stringify(events)}`);
  return done;
}

const exports = () => counter.requests().filter((p) => /\/images\/.*\/get$/.test(p));

beforeAll(async () => {
  imageId = await buildImage();
  counter = await startRequestCounter(socketPath, path.join(testEnv('tmp'), 'layers-count.sock'));
  backend = createBackend({ DOCKER_HOST: `unix://${counter.socketPath}` }, { dataDir });
}, 120_000);

afterAll(async () => {
  await backend?.dispose();
  await counter?.close();
  await docker
    .getImage(TAG)
    .remove({ force: true })
    .catch(() => undefined);
});

describe('layer index on a real engine', () => {
  let summary: LayerIndexSummary;

  it('indexes the image once, with progress, and says what each layer did', async () => {
    counter.reset();
    const first = indexStream(backend, imageId, 'a');
    const second = indexStream(backend, imageId, 'b'); // re-attaches: no second export
    expect(await first.ended).toBeUndefined();
    expect(await second.ended).toBeUndefined();
    expect(exports()).toHaveLength(1);
    expect(first.events.some((e) => e.kind === 'progress' && e.phase === 'reading')).toBe(true);
    const done = first.events.at(-1)!;
    expect(done).toMatchObject({ kind: 'done', cached: false });
    expect(second.events.at(-1)).toEqual(done);
    summary = (done as Extract<LayerIndexEvent, { kind: 'done' }>).summary;

    expect(summary.imageId).toBe(imageId);
    expect(summary.layout).toBe('legacy');
    expect(summary.layers).toHaveLength(8);
    const changes = async (layer: number) =>
      Object.fromEntries(
        (await call(backend, 'layers.files', { imageId, layer, view: 'changes' })).entries.map((r) => [
          r.path,
          `${r.relisted ? 'relisted' : r.kind}:${r.size}`,
        ]),
      );
    expect(await changes(1)).toEqual({ 'hello.txt': `added:${HELLO_1}`, 'gone.txt': `added:${GONE}` });
    expect(await changes(2)).toEqual({ 'hello.txt': `modified:${HELLO_2}` });
    expect(await changes(3)).toEqual({ 'gone.txt': `removed:${GONE}` });
    expect(await changes(4)).toEqual({ data: 'added:0', 'data/a': `added:${DATA_A}`, 'data/b': `added:${DATA_B}` });
    const replaced = await changes(5);
    expect(replaced).toMatchObject({
      'data/new': 'added:2',
      'data/a': `removed:${DATA_A}`,
      'data/b': `removed:${DATA_B}`,
    });
    expect(Object.keys(replaced).sort()).toEqual(['data', 'data/a', 'data/b', 'data/new']);
    expect(await changes(6)).toEqual({ 'blob.bin': `added:${BLOB}` });
    expect(await changes(7)).toEqual({ 'blob.bin': `modified:${SMALLER_BLOB}` });
  });

  it('counts exactly the overwritten and deleted copies as waste', () => {
    expect(summary.wastedBytes).toBe(HELLO_1 + GONE + DATA_A + DATA_B + BLOB);
    expect(summary.topWaste[0]).toEqual({ path: 'blob.bin', wastedBytes: BLOB, layers: [6, 7], removed: false });
    expect(summary.topWaste.map((w) => w.path).sort()).toEqual([
      'blob.bin',
      'data/a',
      'data/b',
      'gone.txt',
      'hello.txt',
    ]);
    expect(summary.keptBytes + summary.wastedBytes).toBe(summary.storedBytes);
    expect(summary.efficiency).toBeCloseTo(summary.keptBytes / summary.storedBytes, 12);
  });

  it('maps each build step to the layer it made', () => {
    expect(summary.layers[3]!.createdBy).toContain('rm /gone.txt');
    expect(summary.layers[6]!.createdBy).toMatch(/COPY .* in \/blob\.bin/);
    const step = summary.history[summary.layers[5]!.historyIndex!]!;
    expect(step.createdBy).toContain('rm -rf /data');
  });

  it('answers a second index from the cache, without an export', async () => {
    counter.reset();
    expect(await indexed(backend, imageId)).toMatchObject({ cached: true, summary });
    // A new backend on the same data folder (an app restart) reads it from disk.
    const restarted = createBackend({ DOCKER_HOST: `unix://${counter.socketPath}` }, { dataDir });
    try {
      expect(await indexed(restarted, imageId)).toMatchObject({ cached: true, summary });
    } finally {
      await restarted.dispose();
    }
    expect(exports()).toEqual([]);
  });

  it('shows the merged filesystem as of a layer and finds which layer touched a path', async () => {
    const merged = await call(backend, 'layers.files', { imageId, layer: 5, view: 'merged' });
    const paths = merged.entries.map((r) => r.path);
    expect(paths).toContain('data/new');
    expect(paths).not.toContain('data/a');
    expect(paths).not.toContain('gone.txt');
    expect(merged.entries.find((r) => r.path === 'hello.txt')).toMatchObject({ layer: 2, size: HELLO_2 });
    const search = await call(backend, 'layers.search', { imageId, pattern: '/gone.txt', limit: 10 });
    expect(search.matches.map((m) => [m.layer, m.kind])).toEqual([
      [1, 'added'],
      [3, 'removed'],
    ]);
  });

  it('reads a file as it is in a given layer', async () => {
    const asOf = (layer: number) =>
      call(backend, 'layers.file', { imageId, layer, path: '/hello.txt', purpose: 'view' });
    expect(await asOf(1)).toMatchObject({
      content: 'hello\n',
      encoding: 'utf8',
      layer: 1,
      binary: false,
      truncated: false,
    });
    expect(await asOf(4)).toMatchObject({ content: 'hello\nagain\n', layer: 2 });
    const download = await call(backend, 'layers.file', { imageId, layer: 7, path: 'blob.bin', purpose: 'download' });
    expect(Buffer.from(download.content, 'base64')).toEqual(Buffer.alloc(SMALLER_BLOB, 's'));
    const gone = await backend.router.invoke('layers.file', { imageId, layer: 3, path: '/gone.txt', purpose: 'view' });
    expect(gone).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('a cancelled index leaves no cache entry', async () => {
    const slow = await startRequestCounter(socketPath, path.join(testEnv('tmp'), 'layers-slow.sock'), { delayMs: 300 });
    const otherDir = mkdtempSync(path.join(testEnv('tmp'), 'layers-cancel-'));
    const fresh = createBackend({ DOCKER_HOST: `unix://${slow.socketPath}` }, { dataDir: otherDir });
    try {
      const { events, ended } = indexStream(fresh, imageId);
      await expect
        .poll(() => events.some((e) => e.kind === 'progress' && e.phase === 'reading'), { timeout: 10_000 })
        .toBe(true);
      fresh.router.unsubscribe('page', 1);
      expect(await ended).toBeUndefined();
      expect(events.some((e) => e.kind === 'done')).toBe(false);
      // Long enough for the (delayed) export to have finished, had it not been aborted.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const cacheDir = path.join(otherDir, 'layer-index');
      expect(existsSync(cacheDir) ? readdirSync(cacheDir) : []).toEqual([]);
      expect(fresh.router.openStreams()).toBe(0);
    } finally {
      await fresh.dispose();
      await slow.close();
    }
    const answer = await fresh.router.invoke('layers.files', { imageId, layer: 0, view: 'changes' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('an image removed while it is being read ends the stream with NOT_FOUND, not a hang', async () => {
    const doomedTag = 'gantry-test/layers:doomed';
    await docker.getImage(TAG).tag({ repo: 'gantry-test/layers', tag: 'doomed' });
    // A different image ID (a new label), so no cache entry answers it.
    const pack = tar.pack();
    pack.entry({ name: 'Dockerfile' }, `FROM ${TAG}\nLABEL gantry.test=doomed\n`);
    pack.finalize();
    const doomed = await buildTagged(docker, doomedTag, pack);
    // Each request through this proxy waits 400 ms: the image goes between inspect and export.
    const slow = await startRequestCounter(socketPath, path.join(testEnv('tmp'), 'layers-doomed.sock'), {
      delayMs: 400,
    });
    const fresh = createBackend({ DOCKER_HOST: `unix://${slow.socketPath}` });
    try {
      const { events, ended } = indexStream(fresh, doomed);
      await expect
        .poll(() => events.some((e) => e.kind === 'progress' && e.phase === 'reading'), { timeout: 10_000 })
        .toBe(true);
      await docker.getImage(doomed).remove({ force: true });
      const error = await ended;
      expect(error?.code).toBe('NOT_FOUND');
      expect(error?.message).toMatch(/removed/);
    } finally {
      await fresh.dispose();
      await slow.close();
      await docker
        .getImage(doomedTag)
        .remove({ force: true })
        .catch(() => undefined);
    }
  });

  it('an unknown image ends the stream with NOT_FOUND, in plain words', async () => {
    const { ended } = indexStream(backend, `sha256:${'0'.repeat(64)}`, 'unknown');
    const error = await ended;
    expect(error?.code).toBe('NOT_FOUND');
    expect(error?.message).toMatch(/image 000000000000 was not found/);
  });
});
