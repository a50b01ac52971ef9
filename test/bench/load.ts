/**
 * Builds the bench load on a private engine: images (many single-layer images with distinct small
 * layers, loaded in one `docker load`, plus tags over the seeded real images), volumes, and
 * containers in a mix of states with the running ones newest (so they are the rows on screen).
 */
import { createHash } from 'node:crypto';
import type Docker from 'dockerode';
import { SEED } from '../support/fixtures';
import { tarArchive } from './tar';

export interface LoadSize {
  containers: number;
  running: number;
  exited: number;
  images: number;
  volumes: number;
}

export const FULL_LOAD: LoadSize = { containers: 1000, running: 100, exited: 100, images: 1000, volumes: 200 };
export const SMOKE_LOAD: LoadSize = { containers: 50, running: 10, exited: 5, images: 50, volumes: 10 };

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** A docker-save archive of `count` images, each one layer holding one distinct small file. */
export function generatedImagesArchive(count: number, offset: number): Buffer {
  const entries: { name: string; body: Buffer }[] = [];
  const manifest: { Config: string; RepoTags: string[]; Layers: string[] }[] = [];
  for (let i = offset; i < offset + count; i++) {
    const layer = tarArchive([
      { name: `bench/file-${i}.txt`, body: Buffer.from(`bench layer ${i}\n`.repeat(1 + (i % 50))) },
    ]);
    const diffId = `sha256:${sha256(layer)}`;
    const created = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
    const config = Buffer.from(
      JSON.stringify({
        architecture: 'amd64',
        os: 'linux',
        created,
        config: { Cmd: ['sh'], Labels: { 'dev.gantry.bench': String(i) } },
        rootfs: { type: 'layers', diff_ids: [diffId] },
        history: [{ created, created_by: `gantry bench layer ${i}` }],
      }),
    );
    const configName = `${sha256(config)}.json`;
    const layerName = `${sha256(layer)}/layer.tar`;
    entries.push({ name: configName, body: config }, { name: layerName, body: layer });
    manifest.push({
      Config: configName,
      RepoTags: [`gantry-bench/layer-${String(i).padStart(4, '0')}:v1`],
      Layers: [layerName],
    });
  }
  entries.push({ name: 'manifest.json', body: Buffer.from(JSON.stringify(manifest)) });
  return tarArchive(entries);
}

async function inBatches<T>(items: T[], parallel: number, work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

async function loadImages(docker: Docker, count: number): Promise<void> {
  const seededTags = Object.values(SEED.images);
  const existing = (await docker.listImages()).length;
  // `count` distinct images (many single-layer ones), plus a quarter as many extra tags over the
  // seeded real images, so `docker images` prints a row per tag as it does on a real machine.
  const generated = Math.max(0, count - existing);
  const tagCount = Math.floor(count / 4);
  const chunk = 250;
  for (let offset = 0; offset < generated; offset += chunk) {
    const stream = await docker.loadImage(
      generatedImagesArchive(Math.min(chunk, generated - offset), offset) as unknown as NodeJS.ReadableStream,
    );
    await new Promise((resolve, reject) =>
      docker.modem.followProgress(stream, (error) => (error ? reject(error) : resolve(null))),
    );
  }
  await inBatches(
    Array.from({ length: tagCount }, (_, i) => i),
    4,
    (i) => docker.getImage(seededTags[i % seededTags.length]!).tag({ repo: `gantry-bench/tagged-${i}`, tag: 'v1' }),
  );
}

async function createContainers(docker: Docker, size: LoadSize): Promise<void> {
  const idle = ['sh', '-c', 'trap "exit 0" TERM; sleep 100000 & wait'];
  const created = size.containers - size.running - size.exited;
  // Order matters: newest first in lists, so the running ones (created last) are the rows on screen.
  const plan = [
    ...Array.from({ length: created }, (_, i) => ({ name: `bench-created-${i}`, cmd: ['true'], start: false })),
    ...Array.from({ length: size.exited }, (_, i) => ({ name: `bench-exited-${i}`, cmd: ['true'], start: true })),
    ...Array.from({ length: size.running }, (_, i) => ({
      name: `bench-running-${String(i).padStart(3, '0')}`,
      cmd: idle,
      start: true,
    })),
  ];
  for (const group of [plan.slice(0, created), plan.slice(created)]) {
    await inBatches(group, 6, async ({ name, cmd, start }) => {
      const container = await docker.createContainer({
        name,
        Image: SEED.images.busybox,
        Cmd: cmd,
        Labels: { 'dev.gantry.bench': '1' },
      });
      if (start) await container.start();
    });
  }
}

/**
 * Builds the load, or tops it up: a rerun on the same engine (by hand, while tuning) reuses what
 * the last run made instead of failing on names in use.
 */
export async function buildLoad(docker: Docker, size: LoadSize): Promise<void> {
  const benchImages = await docker.listImages({ filters: { label: ['dev.gantry.bench'] } });
  if (benchImages.length === 0) await loadImages(docker, size.images);
  const volumes = (await docker.listVolumes()).Volumes ?? [];
  if (!volumes.some((volume) => volume.Name.startsWith('gantry-bench-volume-'))) {
    await inBatches(
      Array.from({ length: size.volumes }, (_, i) => i),
      8,
      (i) => docker.createVolume({ Name: `gantry-bench-volume-${i}` }),
    );
  }
  const benchContainers = await docker.listContainers({ all: true, filters: { label: ['dev.gantry.bench'] } });
  if (benchContainers.length > 0) return;
  const existing = (await docker.listContainers({ all: true })).length;
  await createContainers(docker, {
    ...size,
    containers: Math.max(size.running + size.exited, size.containers - existing),
  });
}
