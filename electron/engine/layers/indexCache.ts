/**
 * Layer indexes cached by image ID. An image ID is the digest of the image's content, so an entry
 * is never stale and never revalidated. On disk (when given a folder): one gzip file per image,
 * written atomically (temp file, fsync, rename) so a crash leaves no partial entry; the folder is
 * capped in bytes and the least recently used files go first (a hit touches the file's mtime).
 * A file that does not decode is deleted and treated as a miss. In memory: the last few indexes,
 * so moving between a layer's views costs no disk read.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, stat, unlink, utimes } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { LayerIndex } from './buildIndex';
import { decodeIndex, encodeIndex } from './indexCodec';

const gzip = promisify(zlib.gzip);
const gunzip = promisify(zlib.gunzip);

export const DEFAULT_CACHE_BYTES = 256 * 1024 * 1024;
const MEMORY_ENTRIES = 4;
const SUFFIX = '.json.gz';
/** Temp files older than this are a crashed write's leftovers. */
const STALE_TEMP_MS = 10 * 60_000;

export interface IndexCacheOptions {
  /** Folder for the cache files; none: memory only. */
  dir?: string;
  maxBytes?: number;
}

export class LayerIndexCache {
  private readonly memory = new Map<string, LayerIndex>();
  private readonly maxBytes: number;

  constructor(private readonly options: IndexCacheOptions = {}) {
    this.maxBytes = options.maxBytes ?? DEFAULT_CACHE_BYTES;
  }

  async get(imageId: string): Promise<LayerIndex | null> {
    const remembered = this.memory.get(imageId);
    if (remembered) {
      this.remember(remembered);
      return remembered;
    }
    const file = this.fileOf(imageId);
    if (!file) return null;
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch {
      return null; // not cached
    }
    try {
      const index = decodeIndex((await gunzip(bytes)).toString('utf8'), imageId);
      const now = new Date();
      void utimes(file, now, now).catch(() => undefined); // LRU by last use
      this.remember(index);
      return index;
    } catch {
      await unlink(file).catch(() => undefined); // corrupt or foreign: drop it
      return null;
    }
  }

  async put(index: LayerIndex): Promise<void> {
    this.remember(index);
    const file = this.fileOf(index.summary.imageId);
    if (!file || !this.options.dir) return;
    const bytes = await gzip(encodeIndex(index), { level: 6 });
    if (bytes.length > this.maxBytes) return;
    await mkdir(this.options.dir, { recursive: true });
    const temp = `${file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
    await this.evict(file);
  }

  /** Whether the index of `imageId` is in memory or on disk, without decoding it. */
  async has(imageId: string): Promise<boolean> {
    if (this.memory.has(imageId)) return true;
    const file = this.fileOf(imageId);
    return file
      ? stat(file).then(
          () => true,
          () => false,
        )
      : false;
  }

  private remember(index: LayerIndex): void {
    const id = index.summary.imageId;
    this.memory.delete(id);
    this.memory.set(id, index);
    while (this.memory.size > MEMORY_ENTRIES) this.memory.delete(this.memory.keys().next().value!);
  }

  private fileOf(imageId: string): string | null {
    const match = /^sha256:([a-f0-9]{64})$/.exec(imageId);
    return this.options.dir && match ? path.join(this.options.dir, `${match[1]}${SUFFIX}`) : null;
  }

  /** Deletes the least recently used files until the folder fits the cap (never the one just written). */
  private async evict(keep: string): Promise<void> {
    const dir = this.options.dir!;
    const files: { file: string; size: number; used: number }[] = [];
    for (const name of await readdir(dir)) {
      const file = path.join(dir, name);
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) continue;
      if (name.includes(`${SUFFIX}.tmp-`)) {
        if (Date.now() - info.mtimeMs > STALE_TEMP_MS) await unlink(file).catch(() => undefined);
        continue;
      }
      if (name.endsWith(SUFFIX)) files.push({ file, size: info.size, used: info.mtimeMs });
    }
    let total = files.reduce((sum, f) => sum + f.size, 0);
    files.sort((a, b) => a.used - b.used);
    for (const candidate of files) {
      if (total <= this.maxBytes) break;
      if (candidate.file === keep) continue;
      await unlink(candidate.file).catch(() => undefined);
      total -= candidate.size;
    }
  }
}
