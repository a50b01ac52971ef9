/**
 * Layer compression, told by a blob's first bytes (media types in manifests are not trusted, and a
 * legacy archive has none), and the matching decompressing stream.
 */
import { Transform } from 'node:stream';
import zlib from 'node:zlib';
import { Decompress } from 'fzstd';

export type Compression = 'none' | 'gzip' | 'zstd';

export function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

export function isZstd(head: Uint8Array): boolean {
  return head.length >= 4 && head[0] === 0x28 && head[1] === 0xb5 && head[2] === 0x2f && head[3] === 0xfd;
}

/** A tar's first header says "ustar" at offset 257; an empty tar is all zero blocks. */
export function isTar(head: Buffer): boolean {
  if (head.length >= 262 && head.toString('latin1', 257, 262) === 'ustar') return true;
  return head.length >= 512 && head.subarray(0, 512).every((byte) => byte === 0);
}

type ZstdFactory = () => Transform;

/** Node ≥ 22.15 (and Electron) has zstd in zlib; Node 20 does not, and fzstd fills in. */
function nativeZstd(): ZstdFactory | null {
  const create = (zlib as unknown as { createZstdDecompress?: ZstdFactory }).createZstdDecompress;
  return typeof create === 'function' ? () => create() : null;
}

/** fzstd's push API as a Transform, so backpressure works as with zlib's streams. */
function fzstdTransform(): Transform {
  let push: ((chunk: Buffer) => void) | null = null;
  const decoder = new Decompress((chunk) => push?.(Buffer.from(chunk)));
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      push = (data) => this.push(data);
      try {
        decoder.push(chunk);
        done();
      } catch (error) {
        done(error as Error);
      }
    },
    flush(done) {
      push = (data) => this.push(data);
      try {
        decoder.push(new Uint8Array(0), true);
        done();
      } catch (error) {
        done(error as Error);
      }
    },
  });
}

export function decompressor(compression: Exclude<Compression, 'none'>): Transform {
  if (compression === 'gzip') return zlib.createGunzip();
  return (nativeZstd() ?? fzstdTransform)();
}
