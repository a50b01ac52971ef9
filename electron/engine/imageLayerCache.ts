/**
 * Every local image's layers (RootFS diff IDs, chain IDs, per-layer sizes from its history), kept
 * per engine scope. An image ID is the digest of its configuration, which names its layers and
 * history: what is cached for an ID never changes, so entries are never revalidated — only
 * forgotten once the image is gone. Tags do change, so they are not kept here; callers take them
 * from the image list.
 *
 * Filling it costs two Engine requests per image (inspect, history), a bounded number at a time,
 * so a first map of a thousand images does not flood the Engine; later maps cost none.
 */
import type { ImageSummary } from '../shared/dto';
import type { EngineConnection } from './connection';
import { layerSizes, mapStepsToLayers, toHistorySteps, type EngineHistoryItem } from './imageHistory';
import type { MapImage } from './imageMap';
import { chainIdsOf } from './layerChains';

export const INSPECT_CONCURRENCY = 8;

export interface CachedLayers {
  diffIds: string[];
  chainIds: string[];
  layerSizes: (number | null)[];
  sizesApproximate: boolean;
}

/** The part of an inspect answer the cache reads. */
export interface InspectRootFs {
  RootFS?: { Layers?: string[] | null } | null;
}

export function toCachedLayers(inspect: InspectRootFs, history: readonly EngineHistoryItem[]): CachedLayers {
  const diffIds = [...(inspect.RootFS?.Layers ?? [])];
  const steps = toHistorySteps(history);
  const mapping = mapStepsToLayers(steps, diffIds.length);
  return {
    diffIds,
    chainIds: chainIdsOf(diffIds),
    layerSizes: layerSizes(steps, mapping),
    sizesApproximate: mapping.approximate,
  };
}

/** Runs `task` over `items`, at most `limit` at a time. */
async function eachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

function isNotFound(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'NOT_FOUND';
}

export class ImageLayerCache {
  private readonly known = new Map<string, CachedLayers>();
  private readonly pending = new Map<string, Promise<CachedLayers>>();

  constructor(
    private readonly engine: EngineConnection,
    private readonly concurrency = INSPECT_CONCURRENCY,
  ) {}

  /** Keeps what a caller that already inspected an image learned (the detail page). */
  remember(id: string, layers: CachedLayers): void {
    this.known.set(id, layers);
  }

  /** One image's layers: from memory, or two Engine requests (shared by callers asking at once). */
  get(id: string): Promise<CachedLayers> {
    const known = this.known.get(id);
    if (known) return Promise.resolve(known);
    let promise = this.pending.get(id);
    if (!promise) {
      const subject = `image ${id.replace(/^sha256:/, '').slice(0, 12)}`;
      promise = this.engine
        .call(subject, (docker) => {
          const image = docker.getImage(id);
          return Promise.all([
            image.inspect() as Promise<InspectRootFs>,
            image.history() as Promise<EngineHistoryItem[]>,
          ]);
        })
        .then(([inspect, history]) => {
          const layers = toCachedLayers(inspect, history);
          this.known.set(id, layers);
          return layers;
        })
        .finally(() => this.pending.delete(id));
      this.pending.set(id, promise);
    }
    return promise;
  }

  /**
   * The layers of every image in `images` (the current image list), with the list's tags, sizes
   * and usage. Entries for images no longer listed are forgotten; an image removed meanwhile is
   * left out.
   */
  async layered(images: readonly ImageSummary[]): Promise<MapImage[]> {
    const current = new Set(images.map((image) => image.id));
    for (const id of this.known.keys()) if (!current.has(id)) this.known.delete(id);
    const found = new Map<string, CachedLayers>();
    await eachLimited(images, this.concurrency, async (image) => {
      try {
        found.set(image.id, await this.get(image.id));
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
    });
    return images.flatMap((image) => {
      const layers = found.get(image.id);
      return layers
        ? [
            {
              id: image.id,
              tags: image.repoTags,
              created: image.created,
              size: image.size,
              containers: image.containers,
              ...layers,
            },
          ]
        : [];
    });
  }

  /** How many images are cached (tests, diagnostics). */
  size(): number {
    return this.known.size;
  }
}
