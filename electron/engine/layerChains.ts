/**
 * Which local images share which layers. The Engine stores a layer once per *chain*: the layer
 * together with every layer below it (OCI chain ID: sha256 of "parentChainID diffID"). Two images
 * share a layer exactly when their diff IDs agree up to and including it, so everything here
 * compares chain IDs, never bare diff IDs. Pure apart from hashing.
 */
import { createHash } from 'node:crypto';
import type { BaseImageRef, ImageNameRef } from '../shared/dto';

/** What the image layer cache knows of one image, plus its current tags (from the image list). */
export interface LayeredImage {
  id: string;
  tags: string[];
  /** Unix seconds. */
  created: number;
  diffIds: string[];
  /** chainIds[i] identifies layers 0..i. */
  chainIds: string[];
  /** Bytes per layer from the history, null where no step could be matched. */
  layerSizes: (number | null)[];
  /** True when the history did not match the layers one to one. */
  sizesApproximate: boolean;
}

/** OCI chain IDs: chain(0) = diff(0); chain(n) = sha256(chain(n-1) + " " + diff(n)). */
export function chainIdsOf(diffIds: readonly string[]): string[] {
  const chain: string[] = [];
  for (const diffId of diffIds) {
    const previous = chain[chain.length - 1];
    chain.push(previous ? `sha256:${createHash('sha256').update(`${previous} ${diffId}`).digest('hex')}` : diffId);
  }
  return chain;
}

/** The 12-hex short form `docker images` prints. */
export function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}

/** Tags sorted so that the name shown for an image does not depend on the Engine's order. */
export function nameRef(image: { id: string; tags: readonly string[] }): ImageNameRef {
  const first = [...image.tags].sort()[0];
  return { id: image.id, name: first ?? shortId(image.id), dangling: first === undefined };
}

/** chain ID → IDs of the images whose layers include that chain. */
export function chainIndex(images: readonly LayeredImage[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const image of images) {
    for (const chainId of new Set(image.chainIds)) {
      const holders = index.get(chainId);
      if (holders) holders.push(image.id);
      else index.set(chainId, [image.id]);
    }
  }
  return index;
}

function byName(a: ImageNameRef, b: ImageNameRef): number {
  return Number(a.dangling) - Number(b.dangling) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
}

/** The other images that share layer `layer` of `image` (same chain through it), by name. */
export function imagesSharingLayer(
  image: LayeredImage,
  layer: number,
  index: Map<string, string[]>,
  byId: Map<string, LayeredImage>,
): ImageNameRef[] {
  const chainId = image.chainIds[layer];
  if (!chainId) return [];
  return (index.get(chainId) ?? [])
    .filter((id) => id !== image.id)
    .map((id) => nameRef(byId.get(id) ?? { id, tags: [] }))
    .sort(byName);
}

function isPrefix(prefix: readonly string[], of: readonly string[]): boolean {
  return prefix.length <= of.length && prefix.every((chainId, i) => of[i] === chainId);
}

/**
 * The local image this one was most likely built FROM: the one whose layers are the longest
 * proper prefix of this one's, preferring a tagged image, then the older one. An image with exactly
 * the same layers counts too when it is older (a FROM that only added metadata: LABEL, CMD…).
 */
export function findBaseImage(image: LayeredImage, all: readonly LayeredImage[]): BaseImageRef | undefined {
  let best: LayeredImage | undefined;
  for (const candidate of all) {
    if (candidate.id === image.id || candidate.diffIds.length === 0) continue;
    const n = candidate.chainIds.length;
    if (!isPrefix(candidate.chainIds, image.chainIds)) continue;
    if (n === image.chainIds.length && !(candidate.created < image.created)) continue;
    if (!best) {
      best = candidate;
      continue;
    }
    const longer = n - best.chainIds.length;
    const tagged = Number(candidate.tags.length > 0) - Number(best.tags.length > 0);
    if (longer > 0 || (longer === 0 && (tagged > 0 || (tagged === 0 && candidate.created < best.created)))) {
      best = candidate;
    }
  }
  return best ? { ...nameRef(best), layerCount: best.diffIds.length } : undefined;
}

/** Images whose layers extend this one's (built on it, directly or not), by name. */
export function imagesBuiltOn(image: LayeredImage, all: readonly LayeredImage[]): ImageNameRef[] {
  if (image.chainIds.length === 0) return [];
  return all
    .filter((other) => other.id !== image.id && other.chainIds.length > image.chainIds.length)
    .filter((other) => isPrefix(image.chainIds, other.chainIds))
    .map(nameRef)
    .sort(byName);
}
