/**
 * The image map: every local image placed on the tree of layer stacks they share. Pure and linear
 * in the total number of layers, so a thousand images group in milliseconds.
 *
 * A chain ID names a layer together with everything below it, so the trie needs no explicit
 * paths: one node per chain ID, its parent the chain ID one layer down. Runs of layers with a
 * single child and no image of their own are then compressed into one node, so the tree shows only
 * where images fork or end. An image whose layers are a prefix of another's sits on an inner node:
 * it is that one's base.
 */
import type { ImageMap, ImageMapImage, ImageMapNode } from '../shared/dto';
import { nameRef, type LayeredImage } from './layerChains';

export interface MapImage extends LayeredImage {
  size: number;
  containers: number;
}

interface TrieNode {
  chainId: string;
  diffId: string;
  size: number | null;
  children: Map<string, TrieNode>;
  images: ImageMapImage[];
}

function mapImage(image: MapImage): ImageMapImage {
  return {
    ...nameRef(image),
    tags: [...image.tags].sort(),
    size: image.size,
    created: image.created,
    containers: image.containers,
  };
}

function byName(a: ImageMapImage, b: ImageMapImage): number {
  return Number(a.dangling) - Number(b.dangling) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
}

/** Walks one compressed run down from `start`, and what lies below it. */
function compress(start: TrieNode, depthBefore: number): ImageMapNode {
  let top = start;
  let layerCount = 1;
  let bytes: number | null = start.size;
  while (top.images.length === 0 && top.children.size === 1) {
    top = top.children.values().next().value as TrieNode;
    layerCount++;
    bytes = bytes === null || top.size === null ? null : bytes + top.size;
  }
  const depth = depthBefore + layerCount;
  const children = [...top.children.values()]
    .map((child) => compress(child, depth))
    .sort((a, b) => a.id.localeCompare(b.id));
  const images = [...top.images].sort(byName);
  return {
    id: top.chainId,
    topDiffId: top.diffId,
    layerCount,
    depth,
    bytes,
    images,
    imageCount: images.length + children.reduce((sum, child) => sum + child.imageCount, 0),
    children,
  };
}

export function buildImageMap(images: readonly MapImage[]): ImageMap {
  const nodes = new Map<string, TrieNode>();
  const roots = new Map<string, TrieNode>();
  const layerless: ImageMapImage[] = [];

  for (const image of images) {
    let parent: TrieNode | null = null;
    image.chainIds.forEach((chainId, layer) => {
      let node = nodes.get(chainId);
      if (!node) {
        node = { chainId, diffId: image.diffIds[layer] ?? '', size: null, children: new Map(), images: [] };
        nodes.set(chainId, node);
        (parent ? parent.children : roots).set(chainId, node);
      }
      // Any image's history may know the layer's size; the first one that does is as good as any.
      if (node.size === null) node.size = image.layerSizes[layer] ?? null;
      parent = node;
    });
    if (parent) (parent as TrieNode).images.push(mapImage(image));
    else layerless.push(mapImage(image));
  }

  const tree = [...roots.values()].map((root) => compress(root, 0)).sort((a, b) => a.id.localeCompare(b.id));
  if (layerless.length > 0) {
    // Images without any layer (possible for some imported or hand-made images) share nothing.
    const sorted = layerless.sort(byName);
    tree.push({
      id: 'no-layers',
      topDiffId: '',
      layerCount: 0,
      depth: 0,
      bytes: 0,
      images: sorted,
      imageCount: sorted.length,
      children: [],
    });
  }
  return {
    roots: tree,
    imageCount: images.length,
    layerCount: nodes.size,
    approximateSizes: images.some((image) => image.sizesApproximate),
  };
}
