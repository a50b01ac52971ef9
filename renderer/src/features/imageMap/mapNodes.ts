/** The backend's image map (`images.map`) as the ImageMap component's forest. Pure. */
import type { ImageMap, ImageMapNode } from '../../../../electron/shared/dto';
import { formatSize, plural } from '../../lib/format';
import type { MapNode } from './mapLayout';

export function toMapNode(node: ImageMapNode): MapNode {
  return {
    id: node.id,
    layers: node.layerCount,
    bytes: node.bytes,
    images: node.images.map((image) => ({ id: image.id, name: image.name, dangling: image.dangling })),
    children: node.children.map(toMapNode),
  };
}

export function toForest(map: ImageMap): MapNode[] {
  return map.roots.map(toMapNode);
}

/** The route parameter for an image: its ID without "sha256:". */
export function imageParam(id: string): string {
  return id.replace(/^sha256:/, '');
}

/** "5 images · 12 distinct layers · 1.98MB of layers" (+ "· some sizes approximate"); the map itself names the bases. */
export function mapSummary(map: ImageMap): string {
  const parts = [plural(map.imageCount, 'image'), plural(map.layerCount, 'distinct layer')];
  const known = sumKnown(map.roots);
  if (known !== null) parts.push(`${formatSize(known)} of layers`);
  if (map.approximateSizes) parts.push('some sizes approximate');
  return parts.join(' · ');
}

/** Bytes of every segment, each counted once (shared layers once); null if any is unknown. */
function sumKnown(nodes: readonly ImageMapNode[]): number | null {
  let total = 0;
  for (const node of nodes) {
    if (node.bytes === null) return null;
    const below = sumKnown(node.children);
    if (below === null) return null;
    total += node.bytes + below;
  }
  return total;
}
