/**
 * The layer index in a compact form for the disk cache: rows as short arrays instead of objects
 * with repeated keys, so a 17k-entry index is a few hundred KiB of gzip and parses in a few ms.
 * Decoding checks the shape: a cache file that does not decode is treated as absent.
 */
import type { ChangeKind, LayerEntryType, LayerFileRow } from '../../shared/dto';
import type { LayerIndex } from './buildIndex';

export const CODEC_VERSION = 1;

const TYPES: LayerEntryType[] = ['file', 'dir', 'symlink', 'hardlink', 'other'];
const KINDS: ChangeKind[] = ['added', 'modified', 'removed'];

/** [path, type, size, mode, uid, gid, link or 0, kind, relisted 1/0] */
type Row = [string, number, number, number, number, number, string | 0, number, 0 | 1];

interface Encoded {
  v: number;
  imageId: string;
  summary: LayerIndex['summary'];
  archivePaths: string[];
  changes: Row[][];
}

export function encodeIndex(index: LayerIndex): string {
  const encoded: Encoded = {
    v: CODEC_VERSION,
    imageId: index.summary.imageId,
    summary: index.summary,
    archivePaths: index.archivePaths,
    changes: index.changes.map((rows) =>
      rows.map((r): Row => [
        r.path,
        TYPES.indexOf(r.type),
        r.size,
        r.mode,
        r.uid,
        r.gid,
        r.link ?? 0,
        KINDS.indexOf(r.kind),
        r.relisted ? 1 : 0,
      ]),
    ),
  };
  return JSON.stringify(encoded);
}

function decodeRow(row: Row, layer: number): LayerFileRow {
  const [path, type, size, mode, uid, gid, link, kind, relisted] = row;
  const decoded: LayerFileRow = { path, type: TYPES[type]!, size, mode, uid, gid, layer, kind: KINDS[kind]! };
  if (link !== 0) decoded.link = link;
  if (relisted === 1) decoded.relisted = true;
  if (typeof path !== 'string' || !decoded.type || !decoded.kind) throw new Error('bad row');
  return decoded;
}

/** The index of `imageId`, or an error when the text is not one (wrong version, image or shape). */
export function decodeIndex(text: string, imageId: string): LayerIndex {
  const encoded = JSON.parse(text) as Encoded;
  if (encoded?.v !== CODEC_VERSION || encoded.imageId !== imageId || encoded.summary?.imageId !== imageId) {
    throw new Error('not this index');
  }
  const layers = encoded.summary.layers;
  if (
    !Array.isArray(layers) ||
    encoded.changes.length !== layers.length ||
    encoded.archivePaths.length !== layers.length
  ) {
    throw new Error('layer counts disagree');
  }
  return {
    summary: encoded.summary,
    archivePaths: encoded.archivePaths,
    changes: encoded.changes.map((rows, layer) => rows.map((row) => decodeRow(row, layer))),
  };
}
