/**
 * A file or folder of a container as the Engine archives it (what `docker cp c:/path -` writes),
 * for download. The whole tar goes over IPC as base64, so it is capped: past 64 MiB the read
 * stops at once, the request is ended and the answer says how to get it another way.
 */
import type { Readable } from 'node:stream';
import type { ContainerArchive } from '../../shared/dto';
import { GantryError } from '../../shared/errors';
import type { EngineConnection } from '../connection';
import { openArchive, streamFailure } from './archiveRequest';
import { archiveFileName, canonicalPath, containerSubject } from './paths';

export const ARCHIVE_BYTES = 64 * 1024 * 1024;

/** All of `input`, or null as soon as it passes `maxBytes` (the caller ends the request). */
export function readCapped(input: Readable, maxBytes: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    let length = 0;
    input.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > maxBytes) {
        input.destroy();
        return resolve(null);
      }
      parts.push(chunk);
    });
    input.on('end', () => resolve(Buffer.concat(parts)));
    input.on('error', reject);
    input.on('close', () => {
      if (!input.readableEnded && length <= maxBytes) reject(new Error('the Engine stopped sending the archive'));
    });
  });
}

/** Quoted for a POSIX shell when it needs to be. */
function shellWord(text: string): string {
  return /^[\w./:@%+=,-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

async function containerName(engine: EngineConnection, id: string): Promise<string> {
  const info = await engine.call(containerSubject(id), (docker) => docker.getContainer(id).inspect());
  return info.Name.replace(/^\//, '') || id;
}

export async function downloadArchive(
  engine: EngineConnection,
  id: string,
  requested: string,
  maxBytes = ARCHIVE_BYTES,
): Promise<ContainerArchive> {
  const path = canonicalPath(requested);
  // The name first, never alongside: the Engine holds the container's lock until its archive has
  // been read whole, and inspect waits for that lock — the two at once would wait on each other.
  const name = await containerName(engine, id);
  const controller = new AbortController();
  try {
    const input = await openArchive(engine, id, path, controller.signal);
    const data = await readCapped(input, maxBytes).catch((error: unknown) => {
      throw streamFailure(engine, id, path, error);
    });
    if (!data) {
      const mib = Math.round(maxBytes / 1024 / 1024);
      throw new GantryError(
        'CONFLICT',
        `The archive of ${path} is larger than ${mib} MiB, more than Gantry downloads. Copy it out with: docker cp ${shellWord(`${name}:${path}`)} .`,
      );
    }
    return { fileName: archiveFileName(name, path), bytes: data.length, base64: data.toString('base64') };
  } finally {
    controller.abort();
  }
}
