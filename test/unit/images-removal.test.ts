import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { explainImageConflict } from '../../electron/engine/imageErrors';
import { bytesOfDeletedLayers, previewRemoval, type RemovalTarget } from '../../electron/engine/imageRemoval';
import { chainIdsOf } from '../../electron/engine/layerChains';
import { mapEngineError } from '../../electron/engine/errors';
import { IMAGE_NAMES_MAX, type ContainerSummary } from '../../electron/shared/dto';
import { GantryError } from '../../electron/shared/errors';

const diff = (name: string) => `sha256:${createHash('sha256').update(name).digest('hex')}`;
const id = (name: string) => `sha256:${createHash('sha256').update(`image ${name}`).digest('hex')}`;

function layered(name: string, tags: string[], layers: [string, number | null][]): RemovalTarget {
  const diffIds = layers.map(([layer]) => diff(layer));
  return {
    id: id(name),
    tags,
    created: 0,
    repoDigests: [],
    diffIds,
    chainIds: chainIdsOf(diffIds),
    layerSizes: layers.map(([, size]) => size),
    sizesApproximate: false,
  };
}

function container(name: string, imageId: string, state: ContainerSummary['state']): ContainerSummary {
  return {
    id: createHash('sha256').update(name).digest('hex'),
    name,
    image: '',
    imageId,
    command: '',
    created: 0,
    state,
    status: '',
    ports: [],
  };
}

const base = layered('base', ['busybox:latest'], [['os', 1000]]);
const web = layered(
  'web',
  ['web:1.0', 'web:latest'],
  [
    ['os', 1000],
    ['www', 25],
    ['cfg', 5],
  ],
);
const child = layered(
  'child',
  ['web-child:1'],
  [
    ['os', 1000],
    ['www', 25],
    ['cfg', 5],
    ['extra', 7],
  ],
);
const worker = layered(
  'worker',
  ['worker:2.3'],
  [
    ['os', 1000],
    ['wk', 11],
  ],
);

describe('previewRemoval', () => {
  it('frees only the layers no other image shares (by chain), and says which stay', () => {
    const preview = previewRemoval(worker, [base, web, worker], [], []);
    expect(preview).toMatchObject({
      bytesFreed: 11,
      layersFreed: 1,
      layersShared: 1,
      forceNeeded: false,
      bytesFreedApproximate: false,
    });
    expect(preview.blockedReason).toBeUndefined();
  });

  it('frees nothing of a layer a child image extends, and names the child', () => {
    const preview = previewRemoval(web, [base, web, child, worker], [], []);
    expect(preview.bytesFreed).toBe(0);
    expect(preview.childImages.map((c) => c.name)).toEqual(['web-child:1']);
  });

  it('does not count a same-diff layer on a different chain as shared', () => {
    const lookalike = layered(
      'look',
      ['look:1'],
      [
        ['other-os', 500],
        ['wk', 11],
      ],
    );
    expect(previewRemoval(worker, [base, lookalike], [], []).bytesFreed).toBe(11);
  });

  it('needs force for several tags, and for containers (then frees nothing while they exist)', () => {
    const tags = previewRemoval(web, [base, web], [], []);
    expect(tags).toMatchObject({ forceNeeded: true, bytesFreed: 30, repoTags: ['web:1.0', 'web:latest'] });
    expect(tags.forceReasons[0]).toContain('2 tags');

    const used = previewRemoval(worker, [base, worker], [container('gt-old', worker.id, 'exited')], []);
    expect(used).toMatchObject({ forceNeeded: true, bytesFreed: 0, layersFreed: 0 });
    expect(used.containers.map((c) => c.name)).toEqual(['gt-old']);
    expect(used.forceReasons[0]).toContain('container gt-old (exited)');
    expect(used.blockedReason).toBeUndefined();
  });

  it('says when even force would be refused: a running container, or direct child images', () => {
    const running = previewRemoval(worker, [base, worker], [container('gt-worker-1', worker.id, 'running')], []);
    expect(running.blockedReason).toContain('container gt-worker-1 (running)');
    const parent = previewRemoval(
      base,
      [base, web, worker],
      [],
      [{ id: id('hidden'), name: 'hidden', dangling: true }],
    );
    expect(parent.blockedReason).toContain('web:1.0, worker:2.3');
    expect(parent.childImages.map((c) => c.name)).toEqual(['web:1.0', 'worker:2.3']);
  });

  it('names at most IMAGE_NAMES_MAX child images, and counts them all', () => {
    const children = Array.from({ length: 60 }, (_, i) =>
      layered(
        `c${i}`,
        [`child${i}:1`],
        [
          ['os', 1000],
          [`c${i}`, 1],
        ],
      ),
    );
    const preview = previewRemoval(base, [base, ...children], [], []);
    expect(preview.childImages).toHaveLength(IMAGE_NAMES_MAX);
    expect(preview.childImageCount).toBe(60);
  });

  it('says approximate when a freed layer’s size is unknown', () => {
    const unknown = layered(
      'u',
      ['u:1'],
      [
        ['os', 1000],
        ['u', null],
        ['v', 3],
      ],
    );
    expect(previewRemoval(unknown, [base], [], [])).toMatchObject({
      bytesFreed: 3,
      layersFreed: 2,
      bytesFreedApproximate: true,
    });
  });
});

describe('bytesOfDeletedLayers', () => {
  it('adds up the layers the Engine listed as deleted, by chain ID', () => {
    const deleted = [web.id, web.chainIds[2]!, web.chainIds[1]!];
    expect(bytesOfDeletedLayers(web, deleted)).toEqual({ bytes: 30, approximate: false });
    expect(bytesOfDeletedLayers(web, [web.id])).toEqual({ bytes: 0, approximate: false });
  });
});

describe('explainImageConflict', () => {
  const conflict = (message: string) =>
    mapEngineError(Object.assign(new Error(message), { statusCode: 409, json: { message } }), 'unix:///x', 'image web');
  const stopped = container('gt-stopped-1', web.id, 'exited');

  it('names the container the Engine gives by short ID', () => {
    const error = explainImageConflict(
      conflict(
        `conflict: unable to delete 1a2b3c4d5e6f (must be forced) - image is being used by stopped container ${stopped.id.slice(0, 12)}`,
      ),
      'web:1.0',
      [stopped],
    );
    expect(error).toBeInstanceOf(GantryError);
    expect((error as GantryError).code).toBe('CONFLICT');
    expect((error as GantryError).message).toBe(
      'image web:1.0 is used by container gt-stopped-1 (exited) — remove it first, or force.',
    );
  });

  it('explains the other cryptic conflicts', () => {
    const children = explainImageConflict(
      conflict('conflict: unable to delete 1a2b3c4d5e6f (cannot be forced) - image has dependent child images'),
      'busybox:latest',
      [],
      [{ id: web.id, name: 'web:1.0', dangling: false }],
    ) as GantryError;
    expect(children.message).toContain('built on image busybox:latest (web:1.0)');
    const lastTag = explainImageConflict(
      conflict(
        `conflict: unable to remove repository reference "web:1.0" (must force) - container ${stopped.id.slice(0, 12)} is using its referenced image 1a2b3c4d5e6f`,
      ),
      'web:1.0',
      [stopped],
    ) as GantryError;
    expect(lastTag.message).toContain('container gt-stopped-1 (exited)');
  });

  it('leaves other errors alone', () => {
    const notFound = new GantryError('NOT_FOUND', 'gone');
    expect(explainImageConflict(notFound, 'x', [])).toBe(notFound);
  });
});
