/**
 * What a container added, changed and deleted relative to its image (GET /containers/{id}/changes,
 * as `docker diff`), with the sizes of the changed files where they come cheaply.
 *
 * The changes endpoint gives paths and kinds only. Sizes come from one HEAD of the archive
 * endpoint per path (a stat in the X-Docker-Container-Path-Stat header, no body): cheap for a
 * few, not for the thousands a package install changes — for a stopped container each one mounts
 * its filesystem on the Engine's side, under the container's lock. Measured here: 200 stats take
 * 1.2–1.8 s (4 at a time; one at a time ~1.5× longer). So at most SIZE_STAT_LIMIT paths are
 * stat'ed (about half a second), and when more files changed than that, none are: sizes stay
 * empty rather than covering an arbitrary part of the tree. Folders that are parents of other
 * changes are never stat'ed; deleted paths have no size.
 */
import type Docker from 'dockerode';
import type { ContainerChange, ContainerChangeKind, ContainerChanges } from '../../shared/dto';
import type { EngineConnection } from '../connection';
import { isRegularFile, statPath } from './archiveRequest';
import { containerSubject } from './paths';

export const SIZE_STAT_LIMIT = 100;
/** The Engine serialises them on the container's lock; a few in flight still hide the round trips. */
const SIZE_STAT_PARALLEL = 4;

/** The Engine's kinds (pkg/archive ChangeType): 0 modified, 1 added, 2 deleted. */
export function changeKind(kind: number): ContainerChangeKind | null {
  switch (kind) {
    case 0:
      return 'modified';
    case 1:
      return 'added';
    case 2:
      return 'deleted';
    default:
      return null;
  }
}

/** By path, folder by folder ("/a", "/a/b", "/a-b"), so a folder comes right before what is in it. */
export function comparePaths(a: string, b: string): number {
  const left = a.split('/');
  const right = b.split('/');
  for (let at = 0; at < Math.min(left.length, right.length); at += 1) {
    if (left[at] !== right[at]) return left[at]! < right[at]! ? -1 : 1;
  }
  return left.length - right.length;
}

/** The Engine's answer (null when nothing changed) as sorted changes; unknown kinds are left out. */
export function toChanges(raw: readonly { Path?: string; Kind?: number }[] | null): ContainerChange[] {
  const changes: ContainerChange[] = [];
  for (const item of raw ?? []) {
    const kind = changeKind(item.Kind ?? -1);
    if (kind && typeof item.Path === 'string') changes.push({ path: item.Path, kind });
  }
  return changes.sort((a, b) => comparePaths(a.path, b.path));
}

/** Added or modified paths that may be files: everything but deletions and parents of other changes. */
export function sizeCandidates(changes: readonly ContainerChange[]): string[] {
  const parents = new Set<string>();
  for (const { path } of changes) {
    for (let slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
      parents.add(path.slice(0, slash));
    }
  }
  return changes.filter((change) => change.kind !== 'deleted' && !parents.has(change.path)).map((c) => c.path);
}

/** Runs `work` over `items`, `parallel` at a time. */
async function eachLimited<T>(items: readonly T[], parallel: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(parallel, items.length) }, worker));
}

async function fileSizes(docker: Docker, id: string, paths: readonly string[]): Promise<Record<string, number>> {
  const sizes: Record<string, number> = {};
  if (paths.length > SIZE_STAT_LIMIT) return sizes;
  await eachLimited(paths, SIZE_STAT_PARALLEL, async (path) => {
    // Sizes are extra: a path gone since the diff (a running container) or any failure leaves it out.
    const stat = await statPath(docker, id, path).catch(() => null);
    if (stat && isRegularFile(stat)) sizes[path] = stat.size;
  });
  return sizes;
}

export async function containerChanges(engine: EngineConnection, id: string): Promise<ContainerChanges> {
  const raw: unknown = await engine.call(containerSubject(id), (docker) => docker.getContainer(id).changes());
  const changes = toChanges(raw as { Path?: string; Kind?: number }[] | null);
  const docker = await engine.docker();
  return { changes, sizes: await fileSizes(docker, id, sizeCandidates(changes)) };
}
