/**
 * Layer index bench: indexing an image of many small and a few large files, against `docker save
 * IMAGE > /dev/null` of the same image in the same run (the Engine's export is the floor: we read
 * the same stream). Also the peak RSS while indexing and re-opening the index from the disk cache.
 *
 *   npx tsx test/bench/layerIndex.ts [--smoke]     (needs GANTRY_TEST_DOCKER_HOST: run-all.sh's engine)
 *
 * Figures only; writes bench/layer-index.json (smoke: test-results/bench-smoke/layer-index.json).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import Docker from 'dockerode';
import tar from 'tar-stream';
import { createBackend, type Backend } from '../../electron/api/backend';
import type { LayerIndexEvent } from '../../electron/shared/dto';
import { buildTagged } from '../support/buildImage';
import { SEED, testEnv } from '../support/fixtures';
import { median, round } from './stats';

const smoke = process.argv.includes('--smoke');
const SIZE = smoke
  ? { smallFiles: 1000, smallBytes: 2048, largeFiles: 1, largeBytes: 20 * 2 ** 20, runs: 1 }
  : { smallFiles: 10_000, smallBytes: 4096, largeFiles: 3, largeBytes: 300 * 2 ** 20, runs: 3 };
const TAG = 'gantry-bench/layers:big';
const dockerHost = testEnv('dockerHost');
const docker = new Docker({ socketPath: dockerHost.replace(/^unix:\/\//, '') });
const repoRoot = path.resolve(import.meta.dirname, '../..');
const log = (message: string) => console.log(`[bench:layers] ${message}`);

/** Writes `bytes` of a pattern into a tar entry, with backpressure. */
async function writeEntry(pack: tar.Pack, name: string, bytes: number): Promise<void> {
  const chunk = Buffer.alloc(Math.min(bytes, 1 << 20), name);
  await new Promise<void>((resolve, reject) => {
    const entry = pack.entry({ name, size: bytes }, (error) => (error ? reject(error) : resolve()));
    let left = bytes;
    const more = () => {
      while (left > 0) {
        const part = chunk.subarray(0, Math.min(left, chunk.length));
        left -= part.length;
        if (!entry.write(part)) return void entry.once('drain', more);
      }
      entry.end(undefined);
    };
    more();
  });
}

async function buildImage(): Promise<string> {
  const pack = tar.pack();
  const filling = (async () => {
    pack.entry({ name: 'Dockerfile' }, `FROM ${SEED.images.busybox}\nCOPY small /small\nCOPY large /large\n`);
    for (let i = 0; i < SIZE.smallFiles; i++) await writeEntry(pack, `small/d${i % 100}/f${i}.txt`, SIZE.smallBytes);
    for (let i = 0; i < SIZE.largeFiles; i++) await writeEntry(pack, `large/blob${i}.bin`, SIZE.largeBytes);
    pack.finalize();
  })();
  const [, id] = await Promise.all([filling, buildTagged(docker, TAG, pack)]);
  return id;
}

function timeSave(): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/docker', ['-H', dockerHost, 'save', TAG], {
      stdio: ['ignore', openSync('/dev/null', 'w'), 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(performance.now() - started) : reject(new Error(`save: ${code}`))));
  });
}

/** Indexes through the router; returns ms to 'done', whether cached, and the peak RSS seen meanwhile. */
async function timeIndex(backend: Backend, imageId: string) {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
  const started = performance.now();
  const events: LayerIndexEvent[] = [];
  const error = await new Promise((resolve) =>
    backend.router.subscribe('bench', 1, 'layers.index', { imageId }, { event: (e) => events.push(e as LayerIndexEvent), end: resolve }),
  );
  const ms = performance.now() - started;
  clearInterval(sampler);
  const done = events.at(-1);
  if (error || done?.kind !== 'done') throw new Error(`index failed: ${JSON.stringify(error)}`);
  return { ms, cached: done.cached, peakRss: peak, summary: done.summary };
}

async function main(): Promise<void> {
  log(`building ${JSON.stringify(SIZE)}`);
  const t0 = performance.now();
  const imageId = await buildImage();
  const size = (await docker.getImage(TAG).inspect()).Size;
  log(`built ${imageId.slice(7, 19)} (${round(size / 2 ** 20)} MiB) in ${round((performance.now() - t0) / 1000)} s`);

  const saveMs: number[] = [];
  const indexMs: number[] = [];
  const peakRss: number[] = [];
  const baselineRss = process.memoryUsage().rss;
  let entries = 0;
  for (let run = 0; run < SIZE.runs; run++) {
    saveMs.push(await timeSave());
    const backend = createBackend({ DOCKER_HOST: dockerHost }); // memory cache only: a real index each run
    const result = await timeIndex(backend, imageId);
    await backend.dispose();
    indexMs.push(result.ms);
    peakRss.push(result.peakRss);
    entries = result.summary.layers.reduce((sum, layer) => sum + layer.entryCount, 0);
    log(`run ${run + 1}: save ${round(saveMs.at(-1)!)} ms, index ${round(result.ms)} ms`);
  }

  const dataDir = mkdtempSync(path.join(tmpdir(), 'gantry-bench-layers-'));
  const writer = createBackend({ DOCKER_HOST: dockerHost }, { dataDir });
  await timeIndex(writer, imageId);
  await writer.dispose();
  const reopenMs: number[] = [];
  const mergedMs: number[] = [];
  for (let run = 0; run < 5; run++) {
    const reader = createBackend({ DOCKER_HOST: dockerHost }, { dataDir });
    const result = await timeIndex(reader, imageId);
    if (!result.cached) throw new Error('expected a cache hit');
    reopenMs.push(result.ms);
    const top = result.summary.layers.length - 1;
    const started = performance.now();
    await reader.router.invoke('layers.files', { imageId, layer: top, view: 'merged' });
    mergedMs.push(performance.now() - started);
    await reader.dispose();
  }

  const results = {
    mode: smoke ? 'smoke' : 'full',
    date: new Date().toISOString(),
    /** Other work on the machine skews both timings; the ratio is the figure to read. */
    loadAverage: os.loadavg().map((v) => round(v, 2)),
    image: { sizeMiB: round(size / 2 ** 20), entries, ...SIZE },
    saveMs: saveMs.map((v) => round(v)),
    indexMs: indexMs.map((v) => round(v)),
    ratio: round(median(indexMs) / median(saveMs), 2),
    peakRssMiB: round(Math.max(...peakRss) / 2 ** 20),
    baselineRssMiB: round(baselineRss / 2 ** 20),
    reopenFromDiskMs: reopenMs.map((v) => round(v, 1)),
    mergedViewTopLayerMs: mergedMs.map((v) => round(v, 1)),
  };
  const outDir = smoke ? path.join(repoRoot, 'test-results/bench-smoke') : path.join(repoRoot, 'bench');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'layer-index.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(JSON.stringify(results, null, 2));
  rmSync(dataDir, { recursive: true, force: true });
  await docker.getImage(TAG).remove({ force: true });
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
