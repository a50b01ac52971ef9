/**
 * The images domain through the router, on the seeded private engine. The test makes its own
 * image (FROM the seeded busybox) and tags, and removes them afterwards: the seeded images, tags
 * and containers are shared with the other tests and stay as they were.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tarArchive } from '../bench/tar';
import { buildTagged } from '../support/buildImage';
import { SEED } from '../support/fixtures';
import { call, rawDocker, testBackend } from '../support/testEngine';

const backend = testBackend();
const docker = rawDocker();

/** Our own image: built here, removed by the last test (or afterAll). */
const REMOVABLE = 'gantry-int/removable:1';
/** A tag the test adds to the seeded busybox and takes off again. */
const EXTRA_TAG = { repository: 'gantry-int/extra', tag: '1' };
const EXTRA = `${EXTRA_TAG.repository}:${EXTRA_TAG.tag}`;

/** Metadata-only images FROM busybox (same layers, own IDs): one untagged away, one a container uses. */
const LABELLED = 'gantry-int/labelled:1';
const FORCED = 'gantry-int/forced:1';
const FORCED_CONTAINER = 'gt-int-forced';

/** Builds with the Engine's legacy builder from an in-memory context. */
async function build(tag: string, dockerfile: string, files: { name: string; body: Buffer }[] = []): Promise<void> {
  const context = tarArchive([{ name: 'Dockerfile', body: Buffer.from(dockerfile) }, ...files]);
  await buildTagged(docker, tag, context);
}

async function tagsNow(): Promise<Map<string, string[]>> {
  const images = await docker.listImages();
  return new Map(images.map((image) => [image.Id, (image.RepoTags ?? []).filter((t) => t !== '<none>:<none>').sort()]));
}

async function arrange(): Promise<void> {
  await build(REMOVABLE, `FROM ${SEED.images.busybox}\nCOPY payload /payload\nRUN echo built > /built\nCMD ["sh"]\n`, [
    // Random, so the layer is this image's own and no build cache or other image shares it.
    { name: 'payload', body: randomBytes(64 * 1024) },
  ]);
  await build(LABELLED, `FROM ${SEED.images.busybox}\nLABEL gantry.int=${randomBytes(4).toString('hex')}\n`);
  await build(FORCED, `FROM ${SEED.images.busybox}\nLABEL gantry.int=${randomBytes(4).toString('hex')}\n`);
  await docker
    .getContainer(FORCED_CONTAINER)
    .remove({ force: true })
    .catch(() => undefined);
  await docker.createContainer({ name: FORCED_CONTAINER, Image: FORCED, Cmd: ['true'] });
}

beforeAll(arrange, 120_000);
afterAll(async () => {
  await docker
    .getContainer(FORCED_CONTAINER)
    .remove({ force: true })
    .catch(() => undefined);
  for (const ref of [EXTRA, REMOVABLE, LABELLED, FORCED]) {
    await docker
      .getImage(ref)
      .remove({ force: true })
      .catch(() => undefined);
  }
  await backend.dispose();
});

describe('images.inspect', () => {
  it('shows a seeded image from inside: its containers, its base, its cleaned history and layers', async () => {
    const detail = await call(backend, 'images.inspect', { id: SEED.images.web });
    expect(detail.repoTags.sort()).toEqual([SEED.images.web, SEED.images.webLatest].sort());
    expect(detail.containers.map((c) => c.name)).toEqual([SEED.containers.web.name]);
    expect(detail.containers[0]).toMatchObject({ state: 'running' });
    expect(detail.base).toMatchObject({ name: SEED.images.busybox, layerCount: 1 });
    expect(detail.config).toMatchObject({ exposedPorts: ['80/tcp'], labels: { 'gantry.test': 'web' } });
    expect(detail.buildContainerConfig?.differsFrom).toContain('cmd');
    expect((detail.raw as { Id?: string }).Id).toBe(detail.id);

    const { steps } = detail.history;
    expect(steps.map((s) => s.keyword)).toEqual(['IMPORT', 'COPY', 'LABEL', 'EXPOSE', 'CMD']);
    expect(steps.every((s) => !s.text.includes('#(nop)') && !s.text.includes('/bin/sh -c'))).toBe(true);
    expect(steps[4]!.text).toMatch(/^CMD \["sh" "-c" /);
    expect(steps[1]!.text).toMatch(/^COPY dir:[0-9a-f]{12} \/www$/);
    expect(detail.history).toMatchObject({
      layersApproximate: false,
      baseStepCount: 1,
      base: { name: SEED.images.busybox },
    });
    expect(steps.map((s) => s.fromBase)).toEqual([true, false, false, false, false]);
    expect(steps.map((s) => s.metadataOnly)).toEqual([false, false, true, true, true]);
    expect(steps[1]!.layer).toMatchObject({ index: 1, diffId: detail.diffIds[1], sharedWith: [] });
    const sharingBase = steps[0]!.layer!.sharedWith.map((ref) => ref.name);
    expect(sharingBase).toEqual(
      expect.arrayContaining([SEED.images.busybox, SEED.images.worker, SEED.images.scratchpad]),
    );
  });

  it('finds an image by short ID, and cleans RUN steps of an image built here', async () => {
    const full = (await docker.getImage(REMOVABLE).inspect()).Id;
    const detail = await call(backend, 'images.inspect', { id: full.slice(7, 19) });
    expect(detail.id).toBe(full);
    expect(detail.history.steps.map((s) => s.text).slice(1)).toEqual([
      expect.stringMatching(/^COPY file:[0-9a-f]{12} \/payload$/),
      'RUN echo built > /built',
      'CMD ["sh"]',
    ]);
    expect(detail.base?.name).toBe(SEED.images.busybox);
  });

  it('answers NOT_FOUND in plain words for an unknown image', async () => {
    const answer = await backend.router.invoke('images.inspect', { id: 'gantry-int/no-such-image:1' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    if (!answer.ok) expect(answer.error.message).toContain('gantry-int/no-such-image:1 was not found');
  });
});

describe('images.map', () => {
  it('puts the seeded images built FROM busybox under the busybox node', async () => {
    const map = await call(backend, 'images.map', {});
    const busyboxNode = map.roots.find((root) => root.images.some((image) => image.name === SEED.images.busybox));
    expect(busyboxNode).toBeDefined();
    const below = busyboxNode!.children.flatMap((child) => child.images.flatMap((image) => image.tags));
    expect(below).toEqual(
      expect.arrayContaining([SEED.images.web, SEED.images.worker, SEED.images.scratchpad, REMOVABLE]),
    );
    expect(busyboxNode!.bytes).toBeGreaterThan(500_000);
  });
});

describe('images.tag and images.untag', () => {
  it('adds and removes one tag; the image list follows the Engine events', async () => {
    // A list first, so the mirror holds one that only an image event can drop.
    await call(backend, 'images.list', {});
    const tagged = await call(backend, 'images.tag', { id: SEED.images.busybox, ...EXTRA_TAG });
    expect(tagged.repoTags).toEqual(expect.arrayContaining([SEED.images.busybox, EXTRA]));
    await expect
      .poll(async () => (await call(backend, 'images.list', {})).some((image) => image.repoTags.includes(EXTRA)))
      .toBe(true);

    const untagged = await call(backend, 'images.untag', { reference: EXTRA });
    expect(untagged).toEqual({ untagged: [EXTRA], deleted: [], imageRemains: true });
    expect((await docker.getImage(SEED.images.busybox).inspect()).RepoTags).toEqual([SEED.images.busybox]);
    await expect
      .poll(async () => (await call(backend, 'images.list', {})).some((image) => image.repoTags.includes(EXTRA)))
      .toBe(false);
  });

  it('refuses to take the last tag of an image nothing uses (that would delete it)', async () => {
    const answer = await backend.router.invoke('images.untag', { reference: REMOVABLE });
    expect(answer).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!answer.ok) expect(answer.error.message).toContain('Use Remove');
    expect((await docker.getImage(REMOVABLE).inspect()).RepoTags).toEqual([REMOVABLE]);
  });

  it('takes the last tag and the image with it only when asked to', async () => {
    const id = (await docker.getImage(LABELLED).inspect()).Id;
    const result = await call(backend, 'images.untag', { reference: LABELLED, alsoRemoveImage: true });
    expect(result).toMatchObject({ untagged: [LABELLED], imageRemains: false });
    expect(result.deleted).toContain(id);
    expect((await docker.getImage(SEED.images.busybox).inspect()).RepoTags).toEqual([SEED.images.busybox]);
  });

  it('refuses to take the last tag of an image a container uses, naming the container', async () => {
    const answer = await backend.router.invoke('images.untag', { reference: SEED.images.worker });
    expect(answer).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!answer.ok) expect(answer.error.message).toContain(`container ${SEED.containers.worker.name} (running)`);
  });

  it('acts only on one of the image’s own tags, not on whatever else the Engine resolves', async () => {
    // The Engine resolves the docker.io spelling to the seeded image, whose tag is spelled without it.
    const answer = await backend.router.invoke('images.untag', { reference: `docker.io/${SEED.images.busybox}` });
    expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    if (!answer.ok) expect(answer.error.message).toContain(`its tags: ${SEED.images.busybox}`);
    expect((await docker.getImage(SEED.images.busybox).inspect()).RepoTags).toEqual([SEED.images.busybox]);
  });

  it('refuses to move a tag that names another image', async () => {
    const answer = await backend.router.invoke('images.tag', {
      id: REMOVABLE,
      repository: 'gantry-test/web',
      tag: '1.0',
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});

describe('images.removePreview and images.remove', () => {
  it('refuses to remove an image in use, naming the container', async () => {
    const answer = await backend.router.invoke('images.remove', {
      id: SEED.images.web,
      force: false,
      expectTags: [SEED.images.web, SEED.images.webLatest],
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!answer.ok) {
      expect(answer.error.message).toBe(
        `image ${SEED.images.web} is used by container ${SEED.containers.web.name} (running) — stop and remove it first, or force.`,
      );
    }
  });

  it('refuses when the tags are not the ones the preview showed', async () => {
    const answer = await backend.router.invoke('images.remove', {
      id: SEED.images.web,
      force: true,
      expectTags: [SEED.images.web],
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!answer.ok) expect(answer.error.message).toContain('changed since it was shown');
  });

  it('forced, removes an image a stopped container uses and says what that did', async () => {
    const preview = await call(backend, 'images.removePreview', { id: FORCED });
    expect(preview).toMatchObject({
      forceNeeded: true,
      bytesFreed: 0,
      containers: [{ name: FORCED_CONTAINER, state: 'created' }],
    });
    const refused = await backend.router.invoke('images.remove', {
      id: preview.id,
      force: false,
      expectTags: [FORCED],
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!refused.ok) expect(refused.error.message).toContain(`container ${FORCED_CONTAINER} (created)`);

    const result = await call(backend, 'images.remove', { id: preview.id, force: true, expectTags: [FORCED] });
    expect(result.deleted).toContain(preview.id);
    expect(result.bytesFreed).toBe(0);
    expect(result.notes.join(' ')).toContain(`container ${FORCED_CONTAINER} (created) still exist`);
    // The container stays, referring to an image that is gone.
    expect((await docker.getContainer(FORCED_CONTAINER).inspect()).Image).toBe(preview.id);
  });

  it('previews and removes an unused image: that image goes, nothing else', async () => {
    const preview = await call(backend, 'images.removePreview', { id: REMOVABLE });
    expect(preview).toMatchObject({
      repoTags: [REMOVABLE],
      containers: [],
      childImages: [],
      forceNeeded: false,
      layersShared: 1,
    });
    expect(preview.layersFreed).toBe(2); // COPY and RUN
    expect(preview.bytesFreed).toBeGreaterThan(64 * 1024);
    expect(preview.blockedReason).toBeUndefined();

    const before = await tagsNow();
    expect((await call(backend, 'images.list', {})).some((image) => image.id === preview.id)).toBe(true);
    const result = await call(backend, 'images.remove', { id: preview.id, force: false, expectTags: preview.repoTags });
    expect(result.untagged).toEqual([REMOVABLE]);
    expect(result.deleted).toContain(preview.id);
    // The Engine lists the layers it deleted by chain ID: exactly the ones the preview said.
    expect(result.bytesFreed).toBe(preview.bytesFreed);

    const after = await tagsNow();
    before.delete(preview.id);
    expect(after).toEqual(before);
    expect(after.get((await docker.getImage(SEED.images.busybox).inspect()).Id)).toEqual([SEED.images.busybox]);
    // The image list follows the Engine's delete event by itself.
    await expect
      .poll(async () => (await call(backend, 'images.list', {})).some((image) => image.id === preview.id))
      .toBe(false);
    const gone = await backend.router.invoke('images.inspect', { id: preview.id });
    expect(gone).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
