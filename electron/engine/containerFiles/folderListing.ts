/**
 * One folder of a container, listed from the Engine's archive of it (GET /containers/{id}/archive):
 * the archive holds the whole tree below the folder, so it is streamed — headers only — to find
 * the direct children and add up folder sizes, and cut off when it grows past the bounds below.
 */
import type { ContainerDirListing } from '../../shared/dto';
import { GantryError } from '../../shared/errors';
import type { EngineConnection } from '../connection';
import { openArchive, streamFailure, type PathWords } from './archiveRequest';
import { scanArchive, type ScanLimits } from './archiveScan';
import { DirectChildren } from './directChildren';
import { canonicalPath, containerSubject, linkTargetPath } from './paths';

/**
 * At ~110 MB/s (what the Engine exports here) 256 MiB is a couple of seconds: enough for any
 * ordinary folder, while "/" of a big image stops there with `truncated` instead of reading it all.
 * 200,000 entries bounds the work for trees of many small files (a node_modules).
 */
export const LISTING_LIMITS: ScanLimits = { maxBytes: 256 * 1024 * 1024, maxEntries: 200_000 };

type Outcome = { kind: 'listing'; listing: ContainerDirListing } | { kind: 'symlink'; target: string };

/** Reads the archive of `requestPath` and lists it as `folder`, unless its first entry is no folder. */
async function readFolder(
  engine: EngineConnection,
  id: string,
  folder: string,
  requestPath: string,
  limits: ScanLimits,
  words?: PathWords,
): Promise<Outcome> {
  const controller = new AbortController();
  try {
    const input = await openArchive(engine, id, requestPath, controller.signal, words);
    const children = new DirectChildren(folder);
    // The first entry says what the path is; anything but a folder stops the read right there.
    const scan = scanArchive(
      input,
      (header) => {
        children.add(header);
        return children.first()?.type === 'dir';
      },
      limits,
    );
    const { truncated } = await scan.catch((error: unknown) => {
      throw streamFailure(engine, id, folder, error);
    });
    const first = children.first();
    if (first?.type === 'symlink') return { kind: 'symlink', target: first.link ?? '' };
    if (first && first.type !== 'dir') {
      const what = first.type === 'other' ? 'a special file (device, pipe or socket)' : 'a file';
      throw new GantryError('BAD_INPUT', `${folder} is ${what}, not a folder.`);
    }
    return { kind: 'listing', listing: { path: folder, entries: children.entries(), truncated } };
  } finally {
    controller.abort(); // whatever happened, the Engine stops sending
  }
}

/**
 * Lists the direct children of `path`. A symbolic link to a folder (/lib → usr/lib) is followed,
 * once, by asking for "<link>/.", which makes the Engine resolve the final link inside the
 * container; the listing keeps the path that was asked for. Links below are listed, not followed.
 */
export async function listFolder(
  engine: EngineConnection,
  id: string,
  path: string,
  limits: ScanLimits = LISTING_LIMITS,
): Promise<ContainerDirListing> {
  const folder = canonicalPath(path);
  const outcome = await readFolder(engine, id, folder, folder, limits);
  if (outcome.kind === 'listing') return outcome.listing;
  const target = linkTargetPath(folder, outcome.target);
  const link = `${folder} is a symbolic link to ${outcome.target}`;
  const followed = await readFolder(engine, id, folder, `${folder}/.`, limits, {
    missing: () => new GantryError('NOT_FOUND', `${link}, but ${target} does not exist in ${containerSubject(id)}.`),
    notADirectory: () => new GantryError('BAD_INPUT', `${link}, which is a file, not a folder.`),
  });
  if (followed.kind === 'listing') return followed.listing;
  // "<link>/." always names what the link resolves to; a link again would be an Engine change.
  throw new GantryError('BAD_INPUT', `${link}, which the Engine did not follow.`);
}
