/**
 * The Engine's archive endpoint for one container path: GET (the tar, as a stream) and HEAD (a
 * stat in the X-Docker-Container-Path-Stat header). Works on running, paused and stopped
 * containers alike — the Engine mounts the filesystem itself, so no shell or exec is needed.
 *
 * The path is a query value: dockerode builds the query with querystring.stringify, which
 * percent-encodes "&", "=", "#", "?" and "%", so a path can never become another parameter.
 */
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import type Docker from 'dockerode';
import { GantryError } from '../../shared/errors';
import type { EngineConnection } from '../connection';
import { engineMessage, isConnectionFailure, mapEngineError } from '../errors';
import { containerSubject } from './paths';

/** The Engine's 404 text for a path that is not there ("Could not find the file /x in container c"). */
const MISSING_PATH = /could not find the file/i;
/** The Engine's 500 text when a folder on the way is a file. */
const NOT_A_DIRECTORY = /: not a directory\s*$/i;

type Failure = { statusCode?: number; message?: string; json?: { message?: string } | null } | null;

/** Plain words for the Engine's answers about the path itself (not the container). */
export interface PathWords {
  /** 404 "Could not find the file …"; default: "<path> does not exist in container c." */
  missing?: () => GantryError;
  /**
   * 500 "lstat <host path>/…: not a directory": a part of the path is a file. The Engine's text
   * names a folder of the host, so it is not passed on.
   */
  notADirectory?: () => GantryError;
}

/**
 * The Engine's refusal to archive a path, in plain words when it is about the path itself: a
 * missing path is NOT_FOUND naming it. Anything else (a missing container…) passes on unchanged,
 * for engine.call to map as every Engine failure. Pure.
 */
export function explainArchiveFailure(error: unknown, id: string, path: string, words: PathWords = {}): unknown {
  const failure = error as Failure;
  const text = engineMessage(failure ?? {});
  if (failure?.statusCode === 404 && MISSING_PATH.test(text)) {
    return words.missing?.() ?? new GantryError('NOT_FOUND', `${path} does not exist in ${containerSubject(id)}.`);
  }
  if (NOT_A_DIRECTORY.test(text)) {
    return (
      words.notADirectory?.() ??
      new GantryError(
        'NOT_FOUND',
        `${path} does not exist in ${containerSubject(id)}: a part of that path is a file, not a folder.`,
      )
    );
  }
  return error;
}

/**
 * The tar of `path` (already canonical), as the Engine streams it; `signal` aborts it at any
 * point. A missing path is NOT_FOUND naming the path; a missing container, the usual NOT_FOUND.
 */
export function openArchive(
  engine: EngineConnection,
  id: string,
  path: string,
  signal: AbortSignal,
  words: PathWords = {},
): Promise<Readable> {
  return engine.call(containerSubject(id), async (docker) => {
    try {
      // dockerode passes abortSignal to the request and leaves it out of the query.
      return (await docker.getContainer(id).getArchive({ path, abortSignal: signal })) as Readable;
    } catch (error) {
      throw explainArchiveFailure(error, id, path, words);
    }
  });
}

/**
 * A failure while the archive streams (after the Engine answered 200) in plain words: a lost
 * connection as every Engine call says it, anything else naming what was being read.
 */
export function streamFailure(engine: EngineConnection, id: string, path: string, error: unknown): GantryError {
  if (error instanceof GantryError) return error;
  if (isConnectionFailure(error)) return mapEngineError(error, engine.address(), containerSubject(id));
  return new GantryError(
    'ENGINE_ERROR',
    `Reading ${path} from ${containerSubject(id)} stopped: ${(error as Error | null)?.message ?? 'no details'}`,
  );
}

/** What HEAD /containers/{id}/archive says about one path (Go's os.FileMode in `mode`). */
export interface PathStat {
  name: string;
  size: number;
  mode: number;
  mtime: string;
  linkTarget: string;
}

/** Go's os.ModeType: dir, symlink, named pipe, socket, device, char device, irregular. */
const GO_MODE_TYPE = (1 << 31) | (1 << 27) | (1 << 25) | (1 << 24) | (1 << 26) | (1 << 21) | (1 << 19);

export function isRegularFile(stat: PathStat): boolean {
  return (stat.mode & GO_MODE_TYPE) === 0;
}

/** The header's base64 JSON; null when it is absent or not what the Engine writes. */
export function parsePathStat(header: string | string[] | undefined): PathStat | null {
  if (typeof header !== 'string' || header === '') return null;
  try {
    const value = JSON.parse(Buffer.from(header, 'base64').toString('utf8')) as Partial<PathStat> | null;
    if (typeof value?.size !== 'number' || typeof value.mode !== 'number') return null;
    return {
      name: String(value.name ?? ''),
      size: value.size,
      mode: value.mode,
      mtime: String(value.mtime ?? ''),
      linkTarget: String(value.linkTarget ?? ''),
    };
  } catch {
    return null;
  }
}

/**
 * A stat of one path (HEAD: no body, one mount on the Engine's side). Null when the path is gone;
 * the Engine's HEAD 404 has no body, so a missing container looks the same — callers use this
 * only for paths the container just reported.
 */
export async function statPath(
  docker: Docker,
  id: string,
  path: string,
  signal?: AbortSignal,
): Promise<PathStat | null> {
  try {
    const response = (await docker.getContainer(id).infoArchive({ path, abortSignal: signal })) as IncomingMessage;
    response.resume(); // HEAD has no body; this frees the socket
    return parsePathStat(response.headers['x-docker-container-path-stat']);
  } catch (error) {
    if ((error as { statusCode?: number } | null)?.statusCode === 404) return null;
    throw error;
  }
}
