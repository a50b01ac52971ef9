import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED } from '../support/fixtures';
import { call, rawDocker, runIdleContainer, testBackend } from '../support/testEngine';

const backend = testBackend();
const docker = rawDocker();
const toggleName = 'gt-int-toggle';

beforeAll(() => runIdleContainer(docker, toggleName));
afterAll(async () => {
  await docker.getContainer(toggleName).remove({ force: true });
  await backend.dispose();
});

describe('containers through the router, on a real engine', () => {
  it('lists every seeded container with its state, image and ports', async () => {
    const containers = await call(backend, 'containers.list', {});
    for (const seeded of Object.values(SEED.containers)) {
      const found = containers.find((c) => c.name === seeded.name);
      expect(found, seeded.name).toBeDefined();
      expect(found?.state).toBe(seeded.state);
      expect(found?.image.replace(/:latest$/, '')).toBe(seeded.image.replace(/:latest$/, ''));
    }
    const web = containers.find((c) => c.name === SEED.containers.web.name);
    expect(web?.ports).toContainEqual(expect.objectContaining({ containerPort: 80, hostPort: 8080, protocol: 'tcp' }));
    const failed = containers.find((c) => c.name === SEED.containers.failed.name);
    expect(failed?.status).toMatch(/^Exited \(3\) /);
  });

  it('lists containers newest first, as docker ps -a does', async () => {
    const created = (await call(backend, 'containers.list', {})).map((c) => c.created);
    expect(created).toEqual([...created].sort((a, b) => b - a));
  });

  it('stops and starts a container, and the Engine agrees', async () => {
    await call(backend, 'containers.stop', { id: toggleName });
    expect((await docker.getContainer(toggleName).inspect()).State.Status).toBe('exited');
    await call(backend, 'containers.start', { id: toggleName });
    expect((await docker.getContainer(toggleName).inspect()).State.Status).toBe('running');
  });

  it('starting a running container is not an error (as with docker start)', async () => {
    await expect(call(backend, 'containers.start', { id: toggleName })).resolves.toEqual({
      id: toggleName,
      changed: false,
    });
  });

  it('acting on a missing container answers NOT_FOUND with the Engine message', async () => {
    const answer = await backend.router.invoke('containers.stop', { id: 'gt-no-such-container' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    if (!answer.ok) expect(answer.error.message).toContain('No such container');
  });
});

describe('images through the router, on a real engine', () => {
  it('lists every seeded tag, the dangling image, sizes and usage counts', async () => {
    const images = await call(backend, 'images.list', {});
    const tags = images.flatMap((image) => image.repoTags);
    for (const tag of Object.values(SEED.images)) expect(tags).toContain(tag);
    expect(images.filter((image) => image.repoTags.length === 0)).toHaveLength(SEED.danglingImages);

    const web = images.find((image) => image.repoTags.includes(SEED.images.web));
    // Two tags, one image.
    expect(web?.repoTags).toEqual(expect.arrayContaining([SEED.images.web, SEED.images.webLatest]));
    expect(web?.containers).toBe(Object.values(SEED.containers).filter((c) => c.image === SEED.images.web).length);
    const busybox = images.find((image) => image.repoTags.includes(SEED.images.busybox));
    expect(busybox?.size).toBeGreaterThan(500_000);
  });
});
