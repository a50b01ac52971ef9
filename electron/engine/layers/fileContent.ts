/**
 * The content of one regular file as a layer shows it, read from the image's export again (only
 * as far as that file). View: the first MiB, as text when it is text. Download: the whole file as
 * base64, refused above 32 MiB — that is a job for `docker cp` or `docker save`.
 */
import type { LayerFileContent } from '../../shared/dto';
import { GantryError } from '../../shared/errors';
import type { LayerIndex } from './buildIndex';
import { readLayerFile } from './fileReader';
import type { LayerIndexer } from './layerIndexer';
import { visibleCopy } from './layerQueries';

export const VIEW_BYTES = 1024 * 1024;
export const DOWNLOAD_BYTES = 32 * 1024 * 1024;
const SNIFF_BYTES = 8 * 1024;

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** NUL bytes or invalid UTF-8 in the first 8 KiB (a character cut at the 8 KiB edge is fine). */
export function looksBinary(data: Buffer): boolean {
  const sample = data.subarray(0, SNIFF_BYTES);
  if (sample.includes(0)) return true;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return false;
  } catch {
    return true;
  }
}

export async function layerFileContent(
  indexer: LayerIndexer,
  index: LayerIndex,
  layer: number,
  path: string,
  purpose: 'view' | 'download',
): Promise<LayerFileContent> {
  const wanted = path.replace(/^\/+/, '');
  const copy = visibleCopy(index, layer, wanted);
  // A hard link's bytes are its target's, stored in the same layer's tar.
  const entryPath = copy.type === 'hardlink' && copy.link ? copy.link : copy.path;
  const size = copy.type === 'hardlink' ? (visibleCopy(index, copy.layer, entryPath).size ?? 0) : copy.size;
  if (copy.type !== 'file' && copy.type !== 'hardlink') {
    const what =
      copy.type === 'dir'
        ? 'a directory'
        : copy.type === 'symlink'
          ? `a symbolic link to ${copy.link}`
          : 'not a regular file';
    throw new GantryError('BAD_INPUT', `/${copy.path} is ${what}; only regular files have content to show.`);
  }
  if (purpose === 'download' && size > DOWNLOAD_BYTES) {
    throw new GantryError(
      'CONFLICT',
      `/${copy.path} is ${mib(size)}, more than Gantry downloads (${mib(DOWNLOAD_BYTES)}). Copy it out with docker cp from a container of this image instead.`,
    );
  }
  const maxBytes = purpose === 'view' ? VIEW_BYTES : DOWNLOAD_BYTES;
  const controller = new AbortController();
  let data: Buffer | null;
  try {
    const input = await indexer.export(index.summary.imageId, controller.signal);
    data = await readLayerFile(input, index.archivePaths[copy.layer]!, entryPath, maxBytes);
  } finally {
    controller.abort(); // stop the Engine's export: we have what we came for
  }
  if (data === null) {
    throw new GantryError('ENGINE_ERROR', `The image export did not contain /${copy.path} in layer ${copy.layer}.`);
  }
  const binary = looksBinary(data);
  const asText = purpose === 'view' && !binary;
  return {
    path: copy.path,
    layer: copy.layer,
    size,
    encoding: asText ? 'utf8' : 'base64',
    content: asText ? new TextDecoder('utf-8').decode(data) : data.toString('base64'),
    truncated: data.length < size,
    binary,
  };
}
