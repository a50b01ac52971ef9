import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildImageMap, type MapImage } from '../../electron/engine/imageMap';
import { chainIdsOf, findBaseImage, imagesSharingLayer, chainIndex } from '../../electron/engine/layerChains';
import type { ImageMapNode } from '../../electron/shared/dto';

/** A made-up diff ID per layer name (hashed, so no two names collide). */
const diff = (name: string) => `sha256:${createHash('sha256').update(name).digest('hex')}`;

/** An image with the given layers (by short names), 10 bytes per layer. */
function image(id: string, tags: string[], layers: string[], created = 0): MapImage {
  const diffIds = layers.map(diff);
  return {
    id: `sha256:${id.padEnd(64, 'f')}`,
    tags,
    created,
    size: layers.length * 10,
    containers: 0,
    diffIds,
    chainIds: chainIdsOf(diffIds),
    layerSizes: layers.map(() => 10),
    sizesApproximate: false,
  };
}

function names(node: ImageMapNode): string[] {
  return node.images.map((i) => i.name);
}

describe('chain IDs', () => {
  it('follow the OCI rule: chain(n) = sha256(chain(n-1) + " " + diff(n))', () => {
    // Recorded on Engine 20.10: gantry-test/web's two layers and the chain ID its layer store uses.
    expect(
      chainIdsOf([
        'sha256:a6a45b5638ff1c456d88e90bf6191a6dba2e2ece37fdbb0e64e0f1f9059d5c9d',
        'sha256:62cf7f1796b208ea0678f5695ad02d53068753681f6b6877dab3d2ba701a37d3',
      ]),
    ).toEqual([
      'sha256:a6a45b5638ff1c456d88e90bf6191a6dba2e2ece37fdbb0e64e0f1f9059d5c9d',
      'sha256:aa1f03f4bac1620306584ba85250e128a904c72ad4cd23e5ce139c73ed8bdd23',
    ]);
  });

  it('share a layer only when everything below it is the same too', () => {
    const a = image('a', ['a:1'], ['base', 'x']);
    const b = image('b', ['b:1'], ['other', 'x']);
    const c = image('c', ['c:1'], ['base', 'x', 'y']);
    const all = [a, b, c];
    const index = chainIndex(all);
    const byId = new Map(all.map((i) => [i.id, i]));
    expect(imagesSharingLayer(a, 1, index, byId).map((r) => r.name)).toEqual(['c:1']);
    expect(imagesSharingLayer(b, 1, index, byId)).toEqual([]);
  });
});

describe('findBaseImage', () => {
  const base = image('b0', ['busybox:latest'], ['base'], 1);
  const danglingBase = image('b1', [], ['base'], 0);
  const mid = image('m0', ['mid:1'], ['base', 'm'], 2);
  const app = image('a0', ['app:1'], ['base', 'm', 'app'], 3);

  it('is the image with the longest proper prefix of the layers', () => {
    expect(findBaseImage(app, [base, mid, app])).toMatchObject({ name: 'mid:1', layerCount: 2 });
    expect(findBaseImage(mid, [base, mid, app])).toMatchObject({ name: 'busybox:latest', layerCount: 1 });
  });

  it('prefers a tagged image among equals', () => {
    expect(findBaseImage(mid, [danglingBase, base])?.name).toBe('busybox:latest');
  });

  it('counts an older image with the very same layers (FROM it, metadata only), never a newer one', () => {
    const labelled = image('l0', ['labelled:1'], ['base'], 5);
    expect(findBaseImage(labelled, [base, labelled])?.name).toBe('busybox:latest');
    expect(findBaseImage(base, [base, labelled])).toBeUndefined();
  });

  it('is none for an unrelated image', () => {
    expect(findBaseImage(image('u0', ['u:1'], ['other']), [base, mid])).toBeUndefined();
  });
});

describe('buildImageMap', () => {
  it('puts two images built FROM one base under the base node', () => {
    const map = buildImageMap([
      image('b0', ['busybox:latest'], ['base']),
      image('w0', ['web:1.0'], ['base', 'www']),
      image('k0', ['worker:2.3'], ['base', 'worker']),
    ]);
    expect(map.roots).toHaveLength(1);
    const root = map.roots[0]!;
    expect(names(root)).toEqual(['busybox:latest']);
    expect(root.imageCount).toBe(3);
    expect(root.children.map(names).sort()).toEqual([['web:1.0'], ['worker:2.3']]);
    expect(root.children.every((child) => child.depth === 2 && child.layerCount === 1)).toBe(true);
  });

  it('groups two images FROM one untagged base on a shared inner node, path-compressed', () => {
    const map = buildImageMap([
      image('w0', ['web:1'], ['l1', 'l2', 'l3', 'web']),
      image('k0', ['worker:1'], ['l1', 'l2', 'l3', 'wk']),
    ]);
    const root = map.roots[0]!;
    expect(root).toMatchObject({ layerCount: 3, depth: 3, bytes: 30, images: [], imageCount: 2 });
    expect(root.id).toBe(chainIdsOf(['l1', 'l2', 'l3'].map(diff))[2]);
    expect(root.children.map((c) => c.layerCount)).toEqual([1, 1]);
  });

  it('hangs an image equal to a prefix of another where its layers end: it is the base', () => {
    const map = buildImageMap([image('a0', ['app:1'], ['base', 'a', 'b']), image('b0', ['base:1'], ['base'])]);
    expect(names(map.roots[0]!)).toEqual(['base:1']);
    expect(map.roots[0]!.children[0]).toMatchObject({ layerCount: 2, depth: 3, bytes: 20 });
    expect(names(map.roots[0]!.children[0]!)).toEqual(['app:1']);
  });

  it('keeps unrelated images as separate roots, marks dangling images, and images with equal layers share a node', () => {
    const map = buildImageMap([
      image('a0', ['alpine:3'], ['alp']),
      image('d0', [], ['deb']),
      image('d1', ['debian:12'], ['deb']),
    ]);
    expect(map.roots).toHaveLength(2);
    const debian = map.roots.find((root) => root.images.length === 2)!;
    expect(debian.images.map((i) => [i.name, i.dangling])).toEqual([
      ['debian:12', false],
      ['d0ffffffffff', true],
    ]);
  });

  it('says a node’s bytes are unknown when a layer size is', () => {
    const unknown = { ...image('a0', ['a:1'], ['x', 'y']), layerSizes: [10, null], sizesApproximate: true };
    const map = buildImageMap([unknown]);
    expect(map.roots[0]!.bytes).toBeNull();
    expect(map.approximateSizes).toBe(true);
  });

  it('is the same whatever order the images come in', () => {
    const images = [
      image('b0', ['busybox:latest'], ['base']),
      image('w0', ['web:1.0', 'web:latest'], ['base', 'www']),
      image('k0', ['worker:2.3'], ['base', 'worker']),
      image('x0', ['x:1'], ['xx']),
    ];
    expect(buildImageMap([...images].reverse())).toEqual(buildImageMap(images));
  });

  it('groups 1,000 images (100 bases, 10 images each) without losing any', () => {
    const images: MapImage[] = [];
    for (let b = 0; b < 100; b++) {
      const base = [`os${b}`, `pkg${b}`];
      images.push(image(`b${b}`, [`base${b}:1`], base));
      for (let i = 0; i < 9; i++)
        images.push(image(`i${b}x${i}`, [`app${b}-${i}:1`], [...base, `app${b}x${i}`, `cfg${b}x${i}`]));
    }
    const map = buildImageMap(images);
    expect(map.imageCount).toBe(1000);
    expect(map.roots).toHaveLength(100);
    expect(map.roots.reduce((sum, root) => sum + root.imageCount, 0)).toBe(1000);
    expect(map.roots.every((root) => root.images.length === 1 && root.children.length === 9)).toBe(true);
  });
});
