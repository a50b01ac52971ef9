/**
 * One image seen from inside: its inspect and history, joined with what the other local images
 * and the containers say about it (base image, shared layers, users). The joining is pure
 * (`toImageDetail`); `inspectImage` does the Engine requests.
 */
import {
  IMAGE_NAMES_MAX,
  type ContainerSummary,
  type ImageContainerRef,
  type ImageDetail,
  type ImageHistoryStep,
  type ImageNameRef,
  type ImageSummary,
} from '../shared/dto';
import type { EngineConnection } from './connection';
import { toBuildContainerConfig, toImageConfigView, type EngineImageConfig } from './imageConfig';
import { mapStepsToLayers, toHistorySteps, type EngineHistoryItem, type HistoryStep } from './imageHistory';
import { toCachedLayers, type ImageLayerCache } from './imageLayerCache';
import { historyRaw, imageSubject, inspectRaw } from './imageRequests';
import { chainIndex, findBaseImage, imagesSharingLayer, type LayeredImage } from './layerChains';

/** The fields we read from GET /images/{id}/json (Engine API 1.41). */
export interface EngineImageInspect extends Record<string, unknown> {
  Id: string;
  RepoTags?: string[] | null;
  RepoDigests?: string[] | null;
  Parent?: string;
  Created?: string;
  Os?: string;
  Architecture?: string;
  Variant?: string;
  Author?: string;
  Comment?: string;
  DockerVersion?: string;
  Size?: number;
  Config?: EngineImageConfig | null;
  ContainerConfig?: EngineImageConfig | null;
  RootFS?: { Type?: string; Layers?: string[] | null } | null;
}

export function containersUsing(imageId: string, containers: readonly ContainerSummary[]): ImageContainerRef[] {
  return containers
    .filter((container) => container.imageId === imageId)
    .map(({ id, name, state, status }) => ({ id, name, state, status }));
}

function capped(sharing: ImageNameRef[]): { sharedWith: ImageNameRef[]; sharedWithCount: number } {
  return { sharedWith: sharing.slice(0, IMAGE_NAMES_MAX), sharedWithCount: sharing.length };
}

function sameStep(a: HistoryStep, b: HistoryStep): boolean {
  return a.raw === b.raw && a.created === b.created && a.size === b.size;
}

/**
 * How many of the oldest steps came from the base image: the base's own history when it is a
 * prefix of this one's (it is, for an image built FROM it), else every step up to the one that
 * made the base's top layer.
 */
export function countBaseSteps(
  steps: readonly HistoryStep[],
  layerOfStep: readonly (number | null)[],
  baseLayerCount: number,
  baseSteps: readonly HistoryStep[] | null,
): number {
  if (baseSteps && baseSteps.length <= steps.length && baseSteps.every((step, i) => sameStep(step, steps[i]!))) {
    return baseSteps.length;
  }
  const top = layerOfStep.indexOf(baseLayerCount - 1);
  return top < 0 ? 0 : top + 1;
}

function unixSeconds(iso: string | undefined): number {
  const ms = iso ? Date.parse(iso) : NaN;
  return Number.isFinite(ms) ? Math.floor(ms / 1000) : 0;
}

export interface DetailContext {
  /** Every local image with its layers (the image list joined with the layer cache). */
  images: readonly LayeredImage[];
  containers: readonly ContainerSummary[];
  /** The history of the base image, when one was found and fetched. */
  baseHistory?: readonly EngineHistoryItem[] | null;
}

export function toImageDetail(
  inspect: EngineImageInspect,
  history: readonly EngineHistoryItem[],
  context: DetailContext,
): ImageDetail {
  const self = layeredSelf(inspect, history);
  const others = context.images.filter((image) => image.id !== self.id);
  const all = [...others, self];
  const byId = new Map(all.map((image) => [image.id, image]));
  const index = chainIndex(all);
  const base = findBaseImage(self, others);

  const steps = toHistorySteps(history);
  const mapping = mapStepsToLayers(steps, self.diffIds.length);
  const baseSteps = context.baseHistory ? toHistorySteps(context.baseHistory) : null;
  const baseStepCount = base ? countBaseSteps(steps, mapping.layerOfStep, base.layerCount, baseSteps) : 0;

  const historySteps: ImageHistoryStep[] = steps.map((step, i) => {
    const layer = mapping.layerOfStep[i];
    return {
      keyword: step.keyword,
      text: step.text,
      ...(step.buildArgs ? { buildArgs: step.buildArgs } : {}),
      raw: step.raw,
      created: step.created,
      size: step.size,
      ...(step.comment ? { comment: step.comment } : {}),
      metadataOnly: !step.makesLayer,
      ...(layer === null || layer === undefined
        ? {}
        : {
            layer: {
              index: layer,
              diffId: self.diffIds[layer]!,
              chainId: self.chainIds[layer]!,
              ...capped(imagesSharingLayer(self, layer, index, byId)),
            },
          }),
      fromBase: i < baseStepCount,
    };
  });

  const config = toImageConfigView(inspect.Config);
  const buildContainerConfig = toBuildContainerConfig(config, inspect.ContainerConfig);
  const text = (value: string | undefined) => (value ? value : undefined);
  const detail: ImageDetail = {
    id: inspect.Id,
    repoTags: self.tags,
    repoDigests: (inspect.RepoDigests ?? []).filter((digest) => digest !== '<none>@<none>'),
    parent: text(inspect.Parent),
    created: self.created,
    os: inspect.Os ?? '',
    architecture: inspect.Architecture ?? '',
    variant: text(inspect.Variant),
    author: text(inspect.Author),
    comment: text(inspect.Comment),
    dockerVersion: text(inspect.DockerVersion),
    size: inspect.Size ?? 0,
    config,
    buildContainerConfig,
    diffIds: self.diffIds,
    containers: containersUsing(inspect.Id, context.containers),
    base,
    history: { steps: historySteps, layersApproximate: mapping.approximate, base, baseStepCount },
    raw: inspect,
  };
  for (const key of Object.keys(detail) as (keyof ImageDetail)[]) if (detail[key] === undefined) delete detail[key];
  if (!detail.history.base) delete detail.history.base;
  return detail;
}

function layeredSelf(inspect: EngineImageInspect, history: readonly EngineHistoryItem[]): LayeredImage {
  return {
    id: inspect.Id,
    tags: (inspect.RepoTags ?? []).filter((tag) => tag !== '<none>:<none>'),
    created: unixSeconds(inspect.Created),
    ...toCachedLayers(inspect, history),
  };
}

/**
 * Inspects one image (by ID or reference) with its history, the base image's history, and the
 * layers of every listed image (from the layer cache), and joins them.
 */
export async function inspectImage(
  engine: EngineConnection,
  cache: ImageLayerCache,
  ref: string,
  lists: () => Promise<{ images: ImageSummary[]; containers: ContainerSummary[] }>,
): Promise<ImageDetail> {
  const [[inspect, history], { images, containers }] = await Promise.all([
    engine.call(imageSubject(ref), (docker) => Promise.all([inspectRaw(docker, ref), historyRaw(docker, ref)])),
    lists(),
  ]);
  cache.remember(inspect.Id, toCachedLayers(inspect, history));
  const layered = await cache.layered(images);
  const base = findBaseImage(
    layeredSelf(inspect, history),
    layered.filter((image) => image.id !== inspect.Id),
  );
  const baseHistory = base
    ? await engine.call(imageSubject(base.id), (docker) => historyRaw(docker, base.id)).catch(() => null)
    : null;
  return toImageDetail(inspect, history, { images: layered, containers, baseHistory });
}
