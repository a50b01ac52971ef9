/**
 * Reads one file of one layer out of an image export, streaming: the outer archive until that
 * layer's blob, the blob (decompressed) until that file, at most `maxBytes` of it — then stops,
 * and the caller aborts the Engine request. Nothing touches the local filesystem.
 */
import { Readable } from 'node:stream';
import tar from 'tar-stream';
import { decompressor, isGzip, isTar, isZstd } from './decompress';
import { normalisePath } from './entryPaths';
import { BadArchiveError } from './archiveReader';

type Source = tar.ExtractEvents['entry'][1];

async function firstBytes(iterator: AsyncIterator<unknown>, want: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let length = 0;
  while (length < want) {
    const next = await iterator.next();
    if (next.done) break;
    parts.push(next.value as Buffer);
    length += (next.value as Buffer).length;
  }
  return Buffer.concat(parts);
}

/** The uncompressed layer tar of one outer entry, as a Node stream. */
async function layerStream(blob: Source): Promise<Readable> {
  const iterator = blob[Symbol.asyncIterator]();
  const head = await firstBytes(iterator, 512);
  async function* all() {
    yield head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value as Buffer;
  }
  const raw = Readable.from(all());
  if (isGzip(head) || isZstd(head)) {
    const inflate = decompressor(isGzip(head) ? 'gzip' : 'zstd');
    raw.on('error', (error) => inflate.destroy(error));
    return raw.pipe(inflate);
  }
  if (!isTar(head)) throw new BadArchiveError('that layer is not a tar archive');
  return raw;
}

async function readEntry(entry: Source, maxBytes: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let length = 0;
  for await (const chunk of entry) {
    const data = chunk as Buffer;
    parts.push(data.subarray(0, Math.max(0, maxBytes - length)));
    length += data.length;
    if (length >= maxBytes) break;
  }
  return Buffer.concat(parts);
}

/** The first `maxBytes` of `entryPath` in the layer blob at `archivePath`, or null when it is not there. */
export async function readLayerFile(
  input: Readable,
  archivePath: string,
  entryPath: string,
  maxBytes: number,
): Promise<Buffer | null> {
  const outer = tar.extract();
  input.on('error', (error) => outer.destroy(error));
  input.pipe(outer);
  try {
    for await (const blob of outer) {
      if (normalisePath(blob.header.name) !== archivePath || blob.header.type !== 'file') {
        blob.resume();
        continue;
      }
      const layer = tar.extract();
      const source = await layerStream(blob);
      source.on('error', (error) => layer.destroy(error));
      source.pipe(layer);
      for await (const entry of layer) {
        if (normalisePath(entry.header.name) === entryPath && entry.header.type === 'file') {
          return await readEntry(entry, maxBytes);
        }
        entry.resume();
      }
      return null;
    }
    return null;
  } finally {
    input.unpipe();
    outer.destroy();
  }
}
