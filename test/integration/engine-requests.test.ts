/**
 * What the lists cost the Engine, counted by a proxy on its socket. The backend keeps both lists
 * current from one shared event stream, so once that stream is open a refresh costs no Engine
 * request at all, whatever the number of containers; a change costs one small request for the
 * containers its events name. Changes are made behind Gantry's back, on the Engine directly.
 */
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testEnv } from '../support/fixtures';
import { startRequestCounter, type RequestCounter } from '../support/requestCounter';
import {
  call,
  collectEngineEvents,
  rawDocker,
  runIdleContainer,
  type testBackend,
  testDockerHost,
} from '../support/testEngine';
import { createBackend } from '../../electron/api/backend';

const docker = rawDocker();
const name = 'gt-int-requests';
const tag = { repo: 'gt-int-requests', tag: 'mirror' };
let counter: RequestCounter;
let backend: ReturnType<typeof testBackend>;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(testEnv('tmp'), 'c'));
  counter = await startRequestCounter(testDockerHost().replace(/^unix:\/\//, ''), path.join(dir, 'count.sock'));
  // Revalidation is the last test's subject; until then a mirror this young is never refreshed.
  backend = createBackend({ DOCKER_HOST: `unix://${counter.socketPath}` }, { revalidateAfterMs: 60_000 });
});
afterAll(async () => {
  await docker
    .getContainer(name)
    .remove({ force: true })
    .catch(() => undefined);
  await docker
    .getImage(`${tag.repo}:${tag.tag}`)
    .remove()
    .catch(() => undefined);
  await backend.dispose();
  await counter.close();
});

describe('Engine requests for the lists', () => {
  it('two pages listening share one Engine event stream', async () => {
    counter.reset();
    for (const seen of [collectEngineEvents(backend, 'page-1'), collectEngineEvents(backend, 'page-2')]) {
      await vi.waitFor(() => expect(seen[0]).toMatchObject({ kind: 'engine', status: { state: 'connected' } }), {
        timeout: 10_000,
      });
    }
    backend.router.unsubscribe('page-2', 1);
    expect(counter.requests().filter((request) => request === '/events')).toHaveLength(1);
  });

  it('with the stream open, refreshing both lists costs no Engine request', async () => {
    const engineContainers = await docker.listContainers({ all: true });
    await call(backend, 'images.list', {}); // the first images list is fetched once
    counter.reset();
    for (let i = 0; i < 3; i++) {
      const [containers, images] = await Promise.all([
        call(backend, 'containers.list', {}),
        call(backend, 'images.list', {}),
      ]);
      expect(containers.map((c) => c.id)).toEqual(engineContainers.map((c) => c.Id));
      expect(images.length).toBeGreaterThan(0);
    }
    expect(counter.requests()).toEqual([]);
  });

  it('a container started behind our back is in the next list, fetched by requests naming it only', async () => {
    counter.reset();
    const container = await runIdleContainer(docker, name);
    await vi.waitFor(
      async () => {
        const list = await call(backend, 'containers.list', {});
        expect(list[0]).toMatchObject({ id: container.id, name, state: 'running' });
      },
      { timeout: 10_000 },
    );
    // Only the filtered lookups the events caused: never a full listing.
    expect(counter.requests().length).toBeGreaterThan(0);
    expect(new Set(counter.requests())).toEqual(new Set(['/containers/json']));
    const engineOrder = (await docker.listContainers({ all: true })).map((c) => c.Id);
    expect((await call(backend, 'containers.list', {})).map((c) => c.id)).toEqual(engineOrder);

    counter.reset();
    await container.stop({ t: 5 });
    await vi.waitFor(
      async () => {
        const list = await call(backend, 'containers.list', {});
        expect(list.find((c) => c.id === container.id)?.state).toBe('exited');
      },
      { timeout: 10_000 },
    );
    const images = await call(backend, 'images.list', {});
    const imageId = (await container.inspect()).Image;
    const busybox = images.find((image) => image.id === imageId);
    expect(busybox?.containers).toBe(
      (await docker.listContainers({ all: true })).filter((c) => c.ImageID === busybox?.id).length,
    );
    expect(counter.requests()).not.toContain('/images/json');
  });

  it('an image event drops the image list: the next refresh fetches it once, with the change', async () => {
    const source = (await call(backend, 'images.list', {})).find((image) => image.repoTags.length > 0)!;
    counter.reset();
    await docker.getImage(source.id).tag(tag);
    await vi.waitFor(
      async () => {
        const images = await call(backend, 'images.list', {});
        expect(images.find((image) => image.id === source.id)?.repoTags).toContain(`${tag.repo}:${tag.tag}`);
      },
      { timeout: 10_000 },
    );
    await call(backend, 'images.list', {});
    expect(counter.requests().filter((request) => request === '/images/json')).toHaveLength(1);
  });

  it('a list from an older mirror refreshes it in the background and publishes the rows that changed', async () => {
    const fresh = createBackend({ DOCKER_HOST: `unix://${counter.socketPath}` }, { revalidateAfterMs: 0 });
    try {
      const seen = collectEngineEvents(fresh, 'page');
      const container = await runIdleContainer(docker, name);
      const first = async () => (await call(fresh, 'containers.list', {})).find((c) => c.id === container.id);
      await vi.waitFor(async () => expect((await first())?.status).toMatch(/^Up /), { timeout: 10_000 });
      // The Engine's words for this container change within seconds ("Up 1 second", "Up 2 seconds").
      await new Promise((resolve) => setTimeout(resolve, 2_200));
      const seenBefore = seen.length;
      const wordsThen = (await first())!.status; // from memory: the words of the last full list
      // …and the refresh that list set off brings the Engine's current words.
      await vi.waitFor(
        () => {
          const refreshed = seen
            .slice(seenBefore)
            .some(
              (e) =>
                e.kind === 'container' &&
                e.action === 'refresh' &&
                e.id === container.id &&
                /^Up /.test(e.container?.status ?? '') &&
                e.container?.status !== wordsThen,
            );
          expect(refreshed).toBe(true);
        },
        { timeout: 5_000 },
      );
      expect((await first())!.status).not.toBe(wordsThen);
    } finally {
      await fresh.dispose();
    }
  });
});
