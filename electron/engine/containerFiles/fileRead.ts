/**
 * One regular file of a container, for the viewer: the Engine's archive of that path is a tar
 * with the one entry; its first MiB is read and the request ended. Text or binary is decided as
 * for a layer file (layers/fileContent.ts: NUL or invalid UTF-8 in the first 8 KiB).
 */
import type { Readable } from 'node:stream';
import tar from 'tar-stream';
import type { ContainerFileContent } from '../../shared/dto';
import { GantryError } from '../../shared/errors';
import type { EngineConnection } from '../connection';
import { looksBinary, VIEW_BYTES } from '../layers/fileContent';
import { entryType } from '../layers/layerSink';
import { openArchive, streamFailure } from './archiveRequest';
import { canonicalPath, linkTargetPath } from './paths';

interface FirstEntry {
  header: tar.Header;
  /** Its first `maxBytes` (only for a regular file). */
  data: Buffer;
}

/** The archive's first entry and, for a regular file, up to `maxBytes` of it; then it stops. */
export async function readFirstEntry(input: Readable, maxBytes: number): Promise<FirstEntry | null> {
  const extract = tar.extract();
  input.on('error', (error) => extract.destroy(error));
  input.pipe(extract);
  try {
    for await (const entry of extract) {
      if (entryType(entry.header.type) !== 'file') return { header: entry.header, data: Buffer.alloc(0) };
      const parts: Buffer[] = [];
      let length = 0;
      for await (const chunk of entry) {
        const data = chunk as Buffer;
        parts.push(data.subarray(0, maxBytes - length));
        length += Math.min(data.length, maxBytes - length);
        if (length >= maxBytes) break;
      }
      return { header: entry.header, data: Buffer.concat(parts) };
    }
    return null;
  } finally {
    input.unpipe(extract);
    input.destroy();
    extract.destroy();
  }
}

function notAFile(path: string, header: tar.Header): GantryError {
  const type = entryType(header.type);
  if (type === 'dir') return new GantryError('BAD_INPUT', `${path} is a folder, not a file.`);
  if (type === 'symlink') {
    const target = linkTargetPath(path, header.linkname ?? '');
    return new GantryError(
      'BAD_INPUT',
      `${path} is a symbolic link to ${header.linkname ?? '?'}; open ${target} instead.`,
    );
  }
  return new GantryError('BAD_INPUT', `${path} is a special file (device, pipe or socket), not a regular file.`);
}

export async function readContainerFile(
  engine: EngineConnection,
  id: string,
  requested: string,
  maxBytes = VIEW_BYTES,
): Promise<ContainerFileContent> {
  const path = canonicalPath(requested);
  const controller = new AbortController();
  let first: FirstEntry | null;
  try {
    const input = await openArchive(engine, id, path, controller.signal);
    first = await readFirstEntry(input, maxBytes).catch((error: unknown) => {
      throw streamFailure(engine, id, path, error);
    });
  } finally {
    controller.abort(); // we have what we came for: the Engine stops sending
  }
  if (!first) throw streamFailure(engine, id, path, new Error('the Engine sent an empty archive'));
  if (entryType(first.header.type) !== 'file') throw notAFile(path, first.header);
  const size = first.header.size ?? first.data.length;
  const binary = looksBinary(first.data);
  return {
    path,
    size,
    encoding: binary ? 'base64' : 'utf8',
    content: binary ? first.data.toString('base64') : new TextDecoder('utf-8').decode(first.data),
    truncated: first.data.length < size,
    binary,
  };
}
