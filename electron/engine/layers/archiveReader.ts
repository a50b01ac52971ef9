/**
 * Reads an image export (`docker save` / GET /images/{id}/get) once, as a stream, in either
 * layout — legacy (manifest.json, <id>/layer.tar, <config>.json) or OCI (oci-layout, index.json,
 * blobs/sha256/…). Nothing is unpacked to disk and no file content is kept, except small JSON
 * documents (manifests, index, configs).
 *
 * Blobs may come before the manifests that say what they are, so every blob that looks like a
 * tar (plain, gzip or zstd, by its first bytes) is listed as a layer candidate, keyed by its
 * diff ID: the blob's own name in the OCI layout (content-addressed), else the digest computed while
 * it streams (see layerSink.ts). resolveImage then matches the config's diff IDs to
 * candidates by digest, never by position in the archive.
 */
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import tar from 'tar-stream';
import { isGzip, isTar, isZstd, type Compression } from './decompress';
import { normalisePath } from './entryPaths';
import { LayerSink, type BlobSink, type LayerCandidate } from './layerSink';

/** Manifests and configs are a few KiB; anything bigger is not one of them. */
const MAX_JSON_BYTES = 8 * 1024 * 1024;
/** Enough to tell a tar (magic at 257) from gzip, zstd or JSON. */
const SNIFF_BYTES = 512;

export interface JsonDocument {
  /** sha256 of the document's bytes: an image ID for a config. */
  digest: string;
  value: unknown;
}

export interface ArchiveContents {
  /** Small JSON documents by archive path. */
  json: Map<string, JsonDocument>;
  /** Layer candidates by diff ID; a legacy layer.tar by its path (its diff ID is in the manifest). */
  layers: Map<string, LayerCandidate>;
  /** Bytes of the outer archive read. */
  bytes: number;
}

export interface ReadOptions {
  /** Bytes read so far; called per chunk (callers throttle). */
  onBytes?: (bytes: number) => void;
  /** Called when a layer blob has been listed; return true to stop reading (the rest is ignored). */
  onLayer?: (candidate: LayerCandidate) => boolean;
}

/** One entry's data, as tar-stream hands it over. */
type EntrySource = tar.ExtractEvents['entry'][1];

/** Thrown for archives that are cut short or are not an image export. */
export class BadArchiveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BadArchiveError';
  }
}

class JsonSink implements BlobSink {
  private readonly chunks: Buffer[] = [];
  constructor(
    private readonly path: string,
    private readonly into: Map<string, JsonDocument>,
  ) {}
  write(chunk: Buffer): boolean {
    this.chunks.push(Buffer.from(chunk));
    return true;
  }
  onDrain(): void {}
  onError(): void {}
  finish(): Promise<void> {
    const bytes = Buffer.concat(this.chunks);
    try {
      const value: unknown = JSON.parse(bytes.toString('utf8'));
      this.into.set(this.path, { digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`, value });
    } catch {
      // Not JSON after all: not one of ours, so not an error.
    }
    return Promise.resolve();
  }
  abort(): void {}
}

const skipSink: BlobSink = {
  write: () => true,
  onDrain: () => {},
  onError: () => {},
  finish: () => Promise.resolve(),
  abort: () => {},
};

function looksLikeJson(head: Buffer): boolean {
  const first = head.toString('latin1').trimStart()[0];
  return first === '{' || first === '[';
}

function chooseSink(path: string, head: Buffer, size: number, contents: ArchiveContents): BlobSink | LayerSink {
  let compression: Compression | null = null;
  if (isGzip(head)) compression = 'gzip';
  else if (isZstd(head)) compression = 'zstd';
  else if (isTar(head)) compression = 'none';
  if (compression) return new LayerSink(path, compression);
  if (size <= MAX_JSON_BYTES && looksLikeJson(head)) return new JsonSink(path, contents.json);
  return skipSink;
}

/** Streams one outer entry into the right sink: sniff its first bytes, then pass everything on. */
function readEntry(
  path: string,
  size: number,
  stream: EntrySource,
  contents: ArchiveContents,
  onLayer: ReadOptions['onLayer'],
): Promise<boolean> {
  return new Promise((resolve, reject) => {
    let head: Buffer[] = [];
    let headBytes = 0;
    let sink: BlobSink | LayerSink | null = null;
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      sink?.abort(error);
      reject(error);
    };
    const start = () => {
      const first = Buffer.concat(head);
      head = [];
      sink = chooseSink(path, first, size, contents);
      sink.onDrain(() => stream.resume());
      sink.onError(fail);
      if (first.length > 0 && !sink.write(first)) stream.pause();
    };
    stream.on('data', (data) => {
      const chunk = data as Buffer;
      if (failed) return;
      if (!sink) {
        head.push(chunk);
        headBytes += chunk.length;
        if (headBytes < SNIFF_BYTES) return;
        return start();
      }
      if (!sink.write(chunk)) stream.pause();
    });
    stream.on('error', fail);
    stream.on('end', () => {
      if (failed) return;
      if (!sink) start();
      const done = sink!;
      done.finish().then(() => {
        if (failed) return;
        if (done instanceof LayerSink) {
          const candidate = done.result();
          // Keyed by diff ID, or by path for a legacy layer.tar (its diff ID comes from the manifest).
          contents.layers.set(candidate.diffId ?? candidate.archivePath, candidate);
          resolve(onLayer?.(candidate) === true);
        } else resolve(false);
      }, fail);
    });
  });
}

/**
 * Reads the whole export (or until `onLayer` says stop). Rejects with BadArchiveError when the
 * archive is cut short or broken; the input stream's own errors (an aborted request) pass through.
 */
export function readImageArchive(input: Readable, options: ReadOptions = {}): Promise<ArchiveContents> {
  const contents: ArchiveContents = { json: new Map(), layers: new Map(), bytes: 0 };
  const outer = tar.extract();
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (error?: Error) => {
      if (settled) return;
      settled = true;
      input.unpipe?.();
      if (error) {
        outer.destroy();
        reject(error);
      } else resolve(contents);
    };
    const bad = (error: Error) =>
      settle(
        error instanceof BadArchiveError
          ? error
          : new BadArchiveError(`the image archive is cut short or malformed (${error.message})`),
      );

    outer.on('entry', (header, stream, next) => {
      const isFile = header.type === 'file' || header.type === 'contiguous-file';
      if (!isFile || settled) {
        stream.on('error', () => undefined); // the extractor reports it
        stream.on('end', () => next());
        stream.resume();
        return;
      }
      readEntry(normalisePath(header.name), header.size ?? 0, stream, contents, options.onLayer).then(
        (stop) => (stop ? settle() : next()),
        (error: Error) => bad(error),
      );
    });
    outer.on('finish', () => settle());
    outer.on('error', bad);

    input.on('data', (chunk: Buffer) => {
      if (settled) return;
      contents.bytes += chunk.length;
      options.onBytes?.(contents.bytes);
      if (!outer.write(chunk)) input.pause();
    });
    outer.on('drain', () => input.resume());
    input.on('end', () => {
      if (!settled) outer.end(undefined);
    });
    input.on('error', (error: Error) => settle(error));
    input.on('close', () => {
      // A socket closed without 'end' is an export that stopped half-way.
      if (!settled && !input.readableEnded) settle(new BadArchiveError('the Engine stopped sending the image archive'));
    });
  });
}
