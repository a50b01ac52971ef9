import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { EngineConnection } from '../../electron/engine/connection';
import { ImageLayerCache, INSPECT_CONCURRENCY } from '../../electron/engine/imageLayerCache';
import type { ImageSummary } from '../../electron/shared/dto';
import { GantryError } from '../../electron/shared/errors';

const diffOf = (n: number) => `sha256:${n.toString(16).padStart(64, '0')}`;

/** An engine whose images each have one layer; counts requests and how many run at once. */
function fakeEngine(missing = new Set<string>()) {
  const stats = { requests: 0, inFlight: 0, maxInFlight: 0 };
  const answer = async <T>(value: T): Promise<T> => {
    stats.requests++;
    stats.inFlight++;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    await sleep(2);
    stats.inFlight--;
    return value;
  };
  const docker = {
    getImage: (id: string) => ({
      inspect: () => answer({ Id: id, RootFS: { Layers: [diffOf(Number.parseInt(id.slice(7, 19), 16))] } }),
      history: () => answer([{ CreatedBy: '/bin/sh -c #(nop) COPY file:ab in /x ', Size: 42 }]),
    }),
  };
  // A removed image answers 404, which the connection maps to NOT_FOUND (the subject names it by short ID).
  const engine = {
    call: (subject: string, run: (d: typeof docker) => Promise<unknown>) =>
      [...missing].some((id) => subject.includes(id.slice(7, 19)))
        ? Promise.reject(new GantryError('NOT_FOUND', 'gone'))
        : run(docker),
  };
  return { engine: engine as unknown as EngineConnection, stats };
}

function summaries(count: number): ImageSummary[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `sha256:${i.toString(16).padStart(12, '0')}${'a'.repeat(52)}`,
    repoTags: [`img${i}:1`],
    repoDigests: [],
    created: i,
    size: 42,
    containers: 0,
  }));
}

describe('ImageLayerCache', () => {
  it('inspects every image once, a bounded number at a time', async () => {
    const { engine, stats } = fakeEngine();
    const cache = new ImageLayerCache(engine);
    const images = summaries(100);
    const layered = await cache.layered(images);
    expect(layered).toHaveLength(100);
    expect(layered[5]).toMatchObject({ id: images[5]!.id, tags: ['img5:1'], diffIds: [diffOf(5)], layerSizes: [42] });
    expect(stats.requests).toBe(200); // inspect + history per image
    // Each image in progress has its two requests in flight.
    expect(stats.maxInFlight).toBeLessThanOrEqual(INSPECT_CONCURRENCY * 2);
    expect(stats.maxInFlight).toBeGreaterThan(2);

    await cache.layered(images);
    expect(stats.requests).toBe(200); // cached forever: image IDs are content digests
  });

  it('forgets images that are gone, and leaves out one removed while it was asked for', async () => {
    const images = summaries(10);
    const { engine } = fakeEngine(new Set([images[3]!.id]));
    const cache = new ImageLayerCache(engine);
    const layered = await cache.layered(images);
    expect(layered.map((image) => image.id)).not.toContain(images[3]!.id);
    expect(cache.size()).toBe(9);
    await cache.layered(images.slice(0, 5));
    expect(cache.size()).toBe(4);
  });
});
