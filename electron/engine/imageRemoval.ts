/**
 * Removing an image: first exactly what would go (`previewRemoval`, pure arithmetic over layer
 * chains), then the removal itself, refused when the image changed since the preview.
 *
 * Removal is by image ID, as `docker rmi <id>`: the Engine deletes the image, its tags, and the
 * untagged intermediate images of its own build (legacy builder), which hold no layer that is not
 * the image's own. Layers another local image shares stay: they are stored once per chain.
 */
import {
  IMAGE_NAMES_MAX,
  type ContainerSummary,
  type ImageNameRef,
  type ImageRemovePreview,
  type ImageRemoveResult,
  type ImageSummary,
} from '../shared/dto';
import { GantryError } from '../shared/errors';
import type { EngineConnection } from './connection';
import { containersUsing } from './imageDetail';
import { historyRaw, imageSubject, inspectRaw, removeRaw } from './imageRequests';
import { explainImageConflict, listContainers } from './imageErrors';
import { toCachedLayers, type ImageLayerCache } from './imageLayerCache';
import { chainIndex, imagesBuiltOn, nameRef, shortId, type LayeredImage } from './layerChains';

export interface RemovalTarget extends LayeredImage {
  repoDigests: string[];
}

/** How messages name an image: its first tag, or its short ID. */
function imageName(image: { id: string; tags: readonly string[] }): string {
  return nameRef(image).name;
}

/**
 * What removing `target` takes. `others` are the other local images with their layers;
 * `directChildren` the images whose parent it is (the Engine refuses to remove those, even forced).
 */
export function previewRemoval(
  target: RemovalTarget,
  others: readonly LayeredImage[],
  containers: readonly ContainerSummary[],
  directChildren: readonly ImageNameRef[],
): ImageRemovePreview {
  const index = chainIndex(others.filter((image) => image.id !== target.id));
  let bytesFreed = 0;
  let layersFreed = 0;
  let approximate = target.sizesApproximate;
  target.chainIds.forEach((chainId, layer) => {
    if (index.has(chainId)) return;
    layersFreed++;
    const size = target.layerSizes[layer];
    if (size === null || size === undefined) approximate = true;
    else bytesFreed += size;
  });

  const users = containersUsing(target.id, containers);
  const running = users.filter(
    (container) => container.state === 'running' || container.state === 'paused' || container.state === 'restarting',
  );
  const name = imageName(target);
  const forceReasons: string[] = [];
  if (users.length > 0) {
    forceReasons.push(
      `image ${name} is used by ${listContainers(users)}; forced, the image goes but the containers stay, and its layers stay on disk until they are removed.`,
    );
  }
  if (target.tags.length > 1) {
    forceReasons.push(
      `image ${name} has ${target.tags.length} tags (${[...target.tags].sort().join(', ')}); all of them go with it.`,
    );
  }
  // The images people know: listed ones built on it. Direct children may also be the hidden
  // intermediate images of a legacy build; they block the removal but are not worth naming.
  const listed = new Set(others.map((image) => image.id));
  const builtOn = imagesBuiltOn(target, others);
  const childImages = [
    ...builtOn,
    ...directChildren.filter((child) => listed.has(child.id) && !builtOn.some((b) => b.id === child.id)),
  ];
  let blockedReason: string | undefined;
  if (directChildren.length > 0) {
    const shown = childImages.slice(0, 5).map((c) => c.name);
    const more = childImages.length > shown.length ? ` and ${childImages.length - shown.length} more` : '';
    const names = shown.length > 0 ? ` (${shown.join(', ')}${more})` : '';
    blockedReason = `other images were built on image ${name}${names}; the Engine refuses to remove an image others depend on, even forced — remove them first.`;
  } else if (running.length > 0) {
    blockedReason = `image ${name} is used by ${listContainers(running)}; the Engine refuses to remove it even forced while a container runs — stop and remove the container first.`;
  }
  return {
    id: target.id,
    repoTags: [...target.tags].sort(),
    repoDigests: target.repoDigests,
    // A container's own layer sits on the image's layers: while one exists, nothing is freed.
    bytesFreed: users.length > 0 ? 0 : bytesFreed,
    bytesFreedApproximate: approximate,
    layersFreed: users.length > 0 ? 0 : layersFreed,
    layersShared: target.chainIds.length - (users.length > 0 ? 0 : layersFreed),
    containers: users,
    childImages: childImages.slice(0, IMAGE_NAMES_MAX),
    childImageCount: childImages.length,
    forceNeeded: users.length > 0 || target.tags.length > 1,
    forceReasons,
    ...(blockedReason ? { blockedReason } : {}),
  };
}

/** Bytes of the layers the Engine says it deleted (it lists them by chain ID). */
export function bytesOfDeletedLayers(
  target: LayeredImage,
  deleted: readonly string[],
): { bytes: number; approximate: boolean } {
  const gone = new Set(deleted);
  let bytes = 0;
  let approximate = target.sizesApproximate;
  target.chainIds.forEach((chainId, layer) => {
    if (!gone.has(chainId)) return;
    const size = target.layerSizes[layer];
    if (size === null || size === undefined) approximate = true;
    else bytes += size;
  });
  return { bytes, approximate };
}

export interface RemovalLists {
  images: ImageSummary[];
  containers: ContainerSummary[];
}

async function loadTarget(engine: EngineConnection, cache: ImageLayerCache, ref: string): Promise<RemovalTarget> {
  const [inspect, history] = await engine.call(imageSubject(ref), (docker) =>
    Promise.all([inspectRaw(docker, ref), historyRaw(docker, ref)]),
  );
  const layers = toCachedLayers(inspect, history);
  cache.remember(inspect.Id, layers);
  return {
    id: inspect.Id,
    tags: (inspect.RepoTags ?? []).filter((tag) => tag !== '<none>:<none>'),
    repoDigests: (inspect.RepoDigests ?? []).filter((digest) => digest !== '<none>@<none>'),
    created: 0,
    ...layers,
  };
}

/** Images whose parent is `id`, including the hidden intermediate images of legacy builds. */
async function directChildrenOf(engine: EngineConnection, id: string): Promise<ImageNameRef[]> {
  const all = (await engine.call('images', (docker) => docker.listImages({ all: true }))) as {
    Id: string;
    ParentId?: string;
    RepoTags?: string[] | null;
  }[];
  return all
    .filter((image) => image.ParentId === id)
    .map((image) => nameRef({ id: image.Id, tags: (image.RepoTags ?? []).filter((tag) => tag !== '<none>:<none>') }));
}

export async function removalPreview(
  engine: EngineConnection,
  cache: ImageLayerCache,
  ref: string,
  lists: () => Promise<RemovalLists>,
): Promise<ImageRemovePreview> {
  const [target, { images, containers }] = await Promise.all([loadTarget(engine, cache, ref), lists()]);
  const [others, children] = await Promise.all([cache.layered(images), directChildrenOf(engine, target.id)]);
  return previewRemoval(target, others, containers, children);
}

function sameTags(a: readonly string[], b: readonly string[]): boolean {
  const sorted = (tags: readonly string[]) => JSON.stringify([...new Set(tags)].sort());
  return sorted(a) === sorted(b);
}

export async function removeImage(
  engine: EngineConnection,
  cache: ImageLayerCache,
  input: { id: string; force: boolean; expectTags: string[] },
  lists: () => Promise<RemovalLists>,
): Promise<ImageRemoveResult> {
  const [target, { containers }] = await Promise.all([loadTarget(engine, cache, input.id), lists()]);
  const name = imageName(target);
  if (!sameTags(target.tags, input.expectTags)) {
    const now = target.tags.length > 0 ? [...target.tags].sort().join(', ') : 'none';
    const shown = input.expectTags.length > 0 ? [...input.expectTags].sort().join(', ') : 'none';
    throw new GantryError(
      'CONFLICT',
      `The tags of image ${shortId(target.id)} changed since it was shown (now: ${now}; shown: ${shown}). Look at it again before removing.`,
    );
  }
  const users = containersUsing(target.id, containers);
  if (users.length > 0 && !input.force) {
    throw new GantryError(
      'CONFLICT',
      `image ${name} is used by ${listContainers(users)} — stop and remove it first, or force.`,
    );
  }
  const { untagged, deleted } = await engine
    .call(imageSubject(target.id), (docker) => removeRaw(docker, target.id, { force: input.force }))
    .catch((error: unknown) => {
      throw explainImageConflict(error, name, containers);
    });
  const { bytes, approximate } = bytesOfDeletedLayers(target, deleted);
  const notes: string[] = [];
  if (input.force && users.length > 0) {
    notes.push(
      `Forced: ${listContainers(users)} still exist and now refer to a deleted image; its layers stay on disk until they are removed.`,
    );
  }
  if (input.force && target.tags.length > 1)
    notes.push(`Forced: all ${target.tags.length} tags were removed with the image.`);
  return { untagged, deleted, bytesFreed: bytes, bytesFreedApproximate: approximate, notes };
}
