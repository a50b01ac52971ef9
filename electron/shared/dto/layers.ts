/**
 * The layer index: what is inside each of an image's layers, which history step made it, and
 * how much of the image is bytes a later layer hid (waste). Built by electron/engine/layers/ from
 * the Engine's image export; an image ID is a content digest, so an index never goes stale.
 */

/** What a tar entry is. Devices, fifos and the like are 'other'. */
export type LayerEntryType = 'file' | 'dir' | 'symlink' | 'hardlink' | 'other';

/** What a layer did to a path, against the merged view of the layers below it. */
export type ChangeKind = 'added' | 'modified' | 'removed';

/** One path in a layer, or in the image's filesystem as of a layer. */
export interface LayerFileRow {
  /** Normalised, relative to the root, no leading "/" or "./" ("etc/ssl/certs"). */
  path: string;
  type: LayerEntryType;
  /** Bytes of a regular file; 0 for everything else (hard links share their target's bytes). */
  size: number;
  /** Permission bits, setuid/setgid/sticky included (0o7777 mask). */
  mode: number;
  uid: number;
  gid: number;
  /** Symlink target as written, or the path a hard link points at. */
  link?: string;
  /**
   * 'changes' view: the layer shown. 'merged' view: the layer whose copy is visible there.
   * For a removed row, the layer that removed it.
   */
  layer: number;
  kind: ChangeKind;
  /** A directory listed again with the same mode and owner: only there because something inside it changed. */
  relisted?: true;
}

/** Counts and bytes of what a layer (or the whole image) added, modified and removed. */
export interface ChangeFigures {
  addedCount: number;
  addedBytes: number;
  /** Re-listed directories with unchanged metadata are not counted. */
  modifiedCount: number;
  /** Bytes of the new copies. */
  modifiedBytes: number;
  removedCount: number;
  /** Bytes of the copies that disappeared from view. */
  removedBytes: number;
}

/** One step of the image's build history, from its config. */
export interface HistoryStep {
  index: number;
  /** ISO time, when the config has it. */
  created?: string;
  /** As recorded ("/bin/sh -c #(nop)  CMD …" included); see `shortCreatedBy` for a display form. */
  createdBy: string;
  comment?: string;
  /** Steps like ENV or CMD that made no layer. */
  emptyLayer: boolean;
  /** The layer this step created, or null. */
  layer: number | null;
}

export interface LayerSummary {
  /** Position from the bottom (0 = base layer). */
  index: number;
  /** sha256 of the uncompressed layer tar, as in the config's rootfs.diff_ids. */
  diffId: string;
  /** Digest of the blob as stored in the archive (the compressed one for gzip/zstd layers). */
  digest: string;
  compression: 'none' | 'gzip' | 'zstd';
  /** Bytes of the blob in the archive. */
  archiveBytes: number;
  /** Bytes of all regular files the layer writes. */
  size: number;
  /** Rows in this layer's 'changes' view. */
  entryCount: number;
  figures: ChangeFigures;
  /** Bytes this layer writes that a later layer replaces or removes. */
  wastedBytes: number;
  /** Index into `history` of the step that created this layer, or null when the config does not say. */
  historyIndex: number | null;
  createdBy: string | null;
}

/** A path whose bytes are stored more often than they are seen. */
export interface WastedPath {
  path: string;
  wastedBytes: number;
  /** Indexes of the layers that wrote a copy of it, bottom first. */
  layers: number[];
  /** Not in the final image at all: every copy is waste. */
  removed: boolean;
}

export interface LayerIndexSummary {
  imageId: string;
  layout: 'legacy' | 'oci';
  layers: LayerSummary[];
  history: HistoryStep[];
  totals: ChangeFigures;
  /** Sum of all file bytes in all layers. */
  storedBytes: number;
  /** Bytes of the files visible in the final image. */
  keptBytes: number;
  /** storedBytes − keptBytes: copies a later layer replaced or removed (the kept copy is not waste). */
  wastedBytes: number;
  /** keptBytes / storedBytes; 1 for an image without file bytes. */
  efficiency: number;
  /** Largest waste first. */
  topWaste: WastedPath[];
}

/** Events of the 'layers.index' task stream: progress, then one 'done', then the stream ends. */
export type LayerIndexEvent =
  | {
      kind: 'progress';
      phase: 'starting' | 'reading' | 'indexing';
      /** Bytes of the export read so far (reading). */
      done: number;
      /** The image's size as the Engine reports it; the export is about that long. */
      total: number;
      message: string;
    }
  | { kind: 'done'; summary: LayerIndexSummary; /** Answered from the cache, no export read. */ cached: boolean };

export type LayerFilesView = 'changes' | 'merged';

export interface LayerFilesResult {
  imageId: string;
  layer: number;
  view: LayerFilesView;
  /** Rows in the whole view; `entries` holds `offset`… up to the limit asked, sorted by path. */
  total: number;
  offset: number;
  entries: LayerFileRow[];
}

export interface LayerSearchMatch {
  path: string;
  layer: number;
  kind: ChangeKind;
  type: LayerEntryType;
  size: number;
}

export interface LayerSearchResult {
  matches: LayerSearchMatch[];
  /** All matches, also those past the limit. */
  total: number;
  truncated: boolean;
}

export interface LayerFileContent {
  path: string;
  /** The layer whose copy this is (the topmost at or below the layer asked). */
  layer: number;
  /** The file's full size. */
  size: number;
  /** 'utf8' for text; 'base64' for binary content and for every download. */
  encoding: 'utf8' | 'base64';
  content: string;
  /** Only the first MiB is here (view). */
  truncated: boolean;
  /** NUL bytes or invalid UTF-8 in the first 8 KiB. */
  binary: boolean;
}
