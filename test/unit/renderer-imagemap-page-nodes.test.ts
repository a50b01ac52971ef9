import { describe, expect, it } from 'vitest';
import type { ImageMap, ImageMapNode } from '../../electron/shared/dto';
import { imageParam, mapSummary, toForest } from '../../renderer/src/features/imageMap/mapNodes';

function node(id: string, change: Partial<ImageMapNode> = {}): ImageMapNode {
  return {
    id,
    topDiffId: `diff-${id}`,
    layerCount: 1,
    depth: 1,
    bytes: 1000,
    images: [],
    imageCount: 0,
    children: [],
    ...change,
  };
}

const image = (id: string, name: string, dangling = false) => ({
  id,
  name,
  dangling,
  tags: dangling ? [] : [name],
  size: 10,
  created: 1,
  containers: 0,
});

const map: ImageMap = {
  roots: [
    node('base', {
      layerCount: 3,
      bytes: 4_000_000,
      images: [image('sha256:b', 'busybox:latest')],
      imageCount: 3,
      children: [
        node('web', { depth: 4, bytes: 1_000, images: [image('sha256:w', 'web:1.0')], imageCount: 1 }),
        node('old', { depth: 4, bytes: 2_000, images: [image('sha256:o', '0123456789ab', true)], imageCount: 1 }),
      ],
    }),
  ],
  imageCount: 3,
  layerCount: 5,
  approximateSizes: false,
};

describe('image map DTO → MapNode', () => {
  it('keeps the tree, layers = layerCount, bytes, and images as {id, name, dangling}', () => {
    expect(toForest(map)).toEqual([
      {
        id: 'base',
        layers: 3,
        bytes: 4_000_000,
        images: [{ id: 'sha256:b', name: 'busybox:latest', dangling: false }],
        children: [
          {
            id: 'web',
            layers: 1,
            bytes: 1_000,
            images: [{ id: 'sha256:w', name: 'web:1.0', dangling: false }],
            children: [],
          },
          {
            id: 'old',
            layers: 1,
            bytes: 2_000,
            images: [{ id: 'sha256:o', name: '0123456789ab', dangling: true }],
            children: [],
          },
        ],
      },
    ]);
  });

  it('keeps unknown sizes unknown', () => {
    expect(toForest({ ...map, roots: [node('x', { bytes: null })] })[0]!.bytes).toBeNull();
  });

  it('an empty engine is an empty forest', () => {
    expect(toForest({ roots: [], imageCount: 0, layerCount: 0, approximateSizes: false })).toEqual([]);
  });

  it('summarises in one line, shared bytes counted once', () => {
    expect(mapSummary(map)).toBe('3 images · 5 distinct layers · 4MB of layers');
    expect(mapSummary({ ...map, approximateSizes: true, roots: [node('x', { bytes: null })] })).toBe(
      '3 images · 5 distinct layers · some sizes approximate',
    );
  });

  it('opens images by their ID without sha256:', () => {
    expect(imageParam('sha256:abc')).toBe('abc');
    expect(imageParam('abc')).toBe('abc');
  });
});
