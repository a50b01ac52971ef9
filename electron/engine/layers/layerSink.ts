/**
 * One layer blob of the outer archive, streamed: hashed where its name is no digest, decompressed
 * when it is gzip or zstd, and listed by a second tar extractor — headers only, file contents are
 * dropped as they pass. Nothing is buffered beyond the streams' own small windows.
 */
import { createHash, type Hash } from 'node:crypto';
import type { Transform } from 'node:stream';
import tar from 'tar-stream';
import type { LayerEntryType } from '../../shared/dto';
import type { RawEntry, RawLayer } from './changes';
import { decompressor, type Compression } from './decompress';
import { normalisePath, whiteoutOf } from './entryPaths';

export interface LayerCandidate {
  /** Where the blob sits in the outer archive ("<id>/layer.tar", "blobs/sha256/<hex>"). */
  archivePath: string;
  /**
   * sha256 of the uncompressed tar; null for a legacy "<id>/layer.tar", which is not hashed:
   * resolveImage takes its diff ID from the manifest (see legacyLayerPath).
   */
  diffId: string | null;
  /** The blob's digest (of the compressed bytes when compressed); null where diffId is. */
  digest: string | null;
  compression: Compression;
  archiveBytes: number;
  raw: RawLayer;
}

export function entryType(type: tar.Header['type']): LayerEntryType {
  switch (type) {
    case 'file':
    case 'contiguous-file':
      return 'file';
    case 'directory':
      return 'dir';
    case 'symlink':
      return 'symlink';
    case 'link':
      return 'hardlink';
    default:
      return 'other';
  }
}

/** Adds one header of a layer tar to its listing; whiteout markers become removals. */
export function addLayerHeader(
  raw: RawLayer,
  header: Pick<tar.Header, 'name' | 'type' | 'size' | 'mode' | 'uid' | 'gid' | 'linkname'>,
): void {
  const path = normalisePath(header.name);
  if (path === '') return; // the root directory itself
  const marker = whiteoutOf(path);
  if (marker?.kind === 'opaque') return void raw.opaqueDirs.push(marker.dir);
  if (marker?.kind === 'remove') return void raw.removed.push(marker.path);
  const type = entryType(header.type);
  const entry: RawEntry = {
    path,
    type,
    size: type === 'file' ? (header.size ?? 0) : 0,
    mode: (header.mode ?? 0) & 0o7777,
    uid: header.uid ?? 0,
    gid: header.gid ?? 0,
  };
  if (type === 'hardlink' && header.linkname) entry.link = normalisePath(header.linkname);
  else if (type === 'symlink' && header.linkname) entry.link = header.linkname;
  raw.entries.push(entry);
}

/** A sink the outer reader writes a blob's bytes into; `write` says false when it wants a pause. */
export interface BlobSink {
  write(chunk: Buffer): boolean;
  onDrain(resume: () => void): void;
  /** Called at most once, when the blob turns out to be broken before it ends. */
  onError(fail: (error: Error) => void): void;
  finish(): Promise<void>;
  abort(error: Error): void;
}

/**
 * The digest an OCI layout blob is named by ("blobs/sha256/<hex>"). The layout is content-addressed
 * (the image-spec requires a blob's path to be its digest), so a plain-tar blob's name already is
 * its diff ID and a compressed blob's name its digest: no need to hash what the Engine named.
 * Hashing was about a tenth of the index's time on 1 GB images (≈1 s/GB on a core the Engine's own
 * export also needs). Legacy "<id>/layer.tar" names are no digest: those are still hashed.
 */
export function digestNamedBy(archivePath: string): string | undefined {
  const match = /^blobs\/sha256\/([a-f0-9]{64})$/.exec(archivePath);
  return match ? `sha256:${match[1]}` : undefined;
}

/**
 * A legacy export's layer ("<v1 id>/layer.tar", Engine ≤ 24). Its name is no digest, but the
 * export's manifest.json lists every image's layer paths in rootfs.diff_ids' order — the format's
 * own index, like an OCI manifest's layer list — so the diff ID comes from there, not from hashing
 * the layer. On a 941 MiB export of Engine 20.10 the index took 1.46× the export's own time with
 * the hashing and 1.18× without it. The manifest comes last in the archive, so the match is made in
 * resolveImage, after the stream.
 */
export function legacyLayerPath(archivePath: string): boolean {
  return /(^|\/)layer\.tar$/.test(archivePath);
}

export class LayerSink implements BlobSink {
  private readonly namedDigest: string | undefined;
  /** Null where the archive's name already gives the digest. */
  private readonly blobHash: Hash | null;
  private readonly diffHash: Hash | null;
  private readonly tarExtract = tar.extract();
  private readonly inflate: Transform | null;
  private readonly raw: RawLayer = { entries: [], removed: [], opaqueDirs: [] };
  private archiveBytes = 0;
  private readonly listed: Promise<void>;

  constructor(
    private readonly archivePath: string,
    private readonly compression: Compression,
  ) {
    this.namedDigest = digestNamedBy(archivePath);
    this.blobHash = compression !== 'none' && !this.namedDigest ? createHash('sha256') : null;
    const named = this.namedDigest !== undefined || legacyLayerPath(archivePath);
    this.diffHash = compression === 'none' && named ? null : createHash('sha256');
    this.tarExtract.on('entry', (header, stream, next) => {
      addLayerHeader(this.raw, header);
      // A broken layer destroys the entry with the extractor's error, which the extractor reports.
      stream.on('error', () => undefined);
      stream.on('end', () => next());
      stream.resume();
    });
    this.listed = new Promise((resolve, reject) => {
      this.tarExtract.on('finish', resolve);
      this.tarExtract.on('error', reject);
    });
    // Seen by onError or finish; never an unhandled rejection when the blob breaks early.
    this.listed.catch(() => undefined);
    this.inflate = compression === 'none' ? null : decompressor(compression);
    if (this.inflate) {
      const inflate = this.inflate;
      inflate.on('data', (data: Buffer) => {
        this.diffHash?.update(data);
        if (!this.tarExtract.write(data)) inflate.pause();
      });
      this.tarExtract.on('drain', () => inflate.resume());
      inflate.on('end', () => this.tarExtract.end(undefined));
      inflate.on('error', (error: Error) => this.tarExtract.destroy(error));
    }
  }

  write(chunk: Buffer): boolean {
    this.archiveBytes += chunk.length;
    if (this.inflate) {
      this.blobHash?.update(chunk);
      return this.inflate.write(chunk);
    }
    this.diffHash?.update(chunk);
    return this.tarExtract.write(chunk);
  }

  onDrain(resume: () => void): void {
    if (this.inflate) this.inflate.on('drain', resume);
    else this.tarExtract.on('drain', resume);
  }

  onError(fail: (error: Error) => void): void {
    this.listed.catch(fail);
  }

  async finish(): Promise<void> {
    if (this.inflate) this.inflate.end();
    else this.tarExtract.end(undefined);
    await this.listed;
  }

  abort(error: Error): void {
    this.inflate?.destroy(error);
    this.tarExtract.destroy(error);
  }

  /** Only after `finish` resolved. */
  result(): LayerCandidate {
    const diffId = this.diffHash ? `sha256:${this.diffHash.digest('hex')}` : (this.namedDigest ?? null);
    const digest = this.blobHash ? `sha256:${this.blobHash.digest('hex')}` : (this.namedDigest ?? diffId);
    return {
      archivePath: this.archivePath,
      diffId,
      digest,
      compression: this.compression,
      archiveBytes: this.archiveBytes,
      raw: this.raw,
    };
  }
}
