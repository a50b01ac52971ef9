/**
 * The Engine requests on one image, typed as the JSON they return: dockerode's own types lack
 * fields we read (and answer `any` for removals). Also how messages name an image.
 */
import type Docker from 'dockerode';
import type { EngineImageInspect } from './imageDetail';
import type { EngineHistoryItem } from './imageHistory';
import { shortId } from './layerChains';

/** One entry of DELETE /images/{ref}: a reference untagged, or an image / layer chain deleted. */
export interface EngineDeleteItem {
  Untagged?: string;
  Deleted?: string;
}

/** GET /images/{ref}/json as the JSON it is (dockerode's own type lacks fields and the index signature). */
export function inspectRaw(docker: Docker, ref: string): Promise<EngineImageInspect> {
  return docker.getImage(ref).inspect() as unknown as Promise<EngineImageInspect>;
}

export function historyRaw(docker: Docker, ref: string): Promise<EngineHistoryItem[]> {
  return docker.getImage(ref).history() as Promise<EngineHistoryItem[]>;
}

export function imageSubject(ref: string): string {
  return `image ${/^(sha256:)?[a-f0-9]{64}$/.test(ref) ? shortId(ref) : ref}`;
}

export async function removeRaw(
  docker: Docker,
  ref: string,
  options: { force?: boolean; noprune?: boolean },
): Promise<{ untagged: string[]; deleted: string[] }> {
  const items = ((await docker.getImage(ref).remove(options)) ?? []) as EngineDeleteItem[];
  return {
    untagged: items.flatMap((item) => (item.Untagged ? [item.Untagged] : [])),
    deleted: items.flatMap((item) => (item.Deleted ? [item.Deleted] : [])),
  };
}
