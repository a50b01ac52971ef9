/**
 * Image export archives built in memory with tar-stream, for the layer index's unit tests: the
 * legacy layout Engine 20.10 writes and the OCI layout Docker 25+ writes (which the Engine here
 * cannot produce). Blobs are placed before manifest.json / index.json, as an exporter may, to
 * prove layers are matched by digest rather than by their place in the archive.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import zlib from 'node:zlib';
import tar from 'tar-stream';

type HeaderArgument = Parameters<tar.Pack['entry']>[0];

export interface TestEntry {
  name: string;
  type?: 'file' | 'directory' | 'symlink' | 'link';
  /** File content; a number means that many bytes of "x". */
  body?: string | number;
  mode?: number;
  linkname?: string;
}

export const file = (name: string, body: string | number, mode = 0o644): TestEntry => ({ name, body, mode });
export const dir = (name: string, mode = 0o755): TestEntry => ({ name, type: 'directory', mode });
export const symlink = (name: string, linkname: string): TestEntry => ({ name, type: 'symlink', linkname });
export const hardlink = (name: string, linkname: string): TestEntry => ({ name, type: 'link', linkname });
export const whiteout = (path: string): TestEntry => {
  const slash = path.lastIndexOf('/');
  return file(`${path.slice(0, slash + 1)}.wh.${path.slice(slash + 1)}`, '');
};
export const opaque = (dirPath: string): TestEntry => file(`${dirPath}/.wh..wh..opq`, '');

function bodyOf(entry: TestEntry): Buffer {
  if (typeof entry.body === 'number') return Buffer.alloc(entry.body, 'x');
  return Buffer.from(entry.body ?? '');
}

/** Packs tar entries, in the order given, into one archive buffer. */
export async function packAll(entries: { header: HeaderArgument; body?: Buffer }[]): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  pack.on('data', (chunk) => chunks.push(chunk as Buffer));
  const ended = new Promise<void>((resolve, reject) => {
    pack.on('end', () => resolve());
    pack.on('error', reject);
  });
  for (const { header, body } of entries) {
    await new Promise<void>((resolve, reject) =>
      body
        ? pack.entry(header, body, (e) => (e ? reject(e) : resolve()))
        : pack.entry(header, (e) => (e ? reject(e) : resolve())).end(undefined),
    );
  }
  pack.finalize();
  await ended;
  return Buffer.concat(chunks);
}

/** A layer tar as the Engine writes one (paths without a leading "/"). */
export function layerTar(entries: TestEntry[]): Promise<Buffer> {
  return packAll(
    entries.map((entry) => {
      const type = entry.type ?? 'file';
      const header: HeaderArgument = { name: entry.name, type, mode: entry.mode ?? 0o644, uid: 0, gid: 0 };
      if (entry.linkname) header.linkname = entry.linkname;
      return type === 'file' ? { header, body: bodyOf(entry) } : { header };
    }),
  );
}

export const sha256 = (data: Buffer) => `sha256:${createHash('sha256').update(data).digest('hex')}`;

export type TestCompression = 'none' | 'gzip' | 'zstd';

export function compress(data: Buffer, compression: TestCompression): Buffer {
  if (compression === 'gzip') return zlib.gzipSync(data);
  // Node 20 has no zstd compressor; the zstd CLI (Debian package zstd) does.
  if (compression === 'zstd') return execFileSync('zstd', ['-q', '-c', '-3'], { input: data });
  return data;
}

export interface TestImage {
  layers: Buffer[];
  /** created_by per history step; empty_layer for those named in `emptySteps`. */
  history: { createdBy: string; empty?: boolean }[];
}

function configOf(image: TestImage): Buffer {
  return Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: { Cmd: ['sh'] },
      rootfs: { type: 'layers', diff_ids: image.layers.map(sha256) },
      history: image.history.map((step) => ({
        created: '2026-01-01T00:00:00Z',
        created_by: step.createdBy,
        ...(step.empty ? { empty_layer: true } : {}),
      })),
    }),
  );
}

export interface TestArchive {
  archive: Buffer;
  imageId: string;
  diffIds: string[];
}

/** `docker save` as Engine 20.10 writes it: <id>/layer.tar per layer, <hex>.json config, manifest.json last. */
export async function legacyArchive(image: TestImage): Promise<TestArchive> {
  const config = configOf(image);
  const imageId = sha256(config);
  const hex = imageId.slice(7);
  // Layer directories named by a made-up v1 ID, in reverse order: not the diff_ids' order.
  const layerDirs = image.layers.map((layer) =>
    createHash('sha256')
      .update(`v1:${sha256(layer)}`)
      .digest('hex'),
  );
  const entries: { header: HeaderArgument; body?: Buffer }[] = [];
  for (let i = image.layers.length - 1; i >= 0; i--) {
    entries.push({ header: { name: `${layerDirs[i]}/`, type: 'directory' } });
    entries.push({ header: { name: `${layerDirs[i]}/VERSION` }, body: Buffer.from('1.0') });
    entries.push({ header: { name: `${layerDirs[i]}/layer.tar` }, body: image.layers[i]! });
  }
  entries.push({ header: { name: `${hex}.json` }, body: config });
  const manifest = [
    { Config: `${hex}.json`, RepoTags: ['test/image:1'], Layers: layerDirs.map((d) => `${d}/layer.tar`) },
  ];
  entries.push({ header: { name: 'manifest.json' }, body: Buffer.from(JSON.stringify(manifest)) });
  return { archive: await packAll(entries), imageId, diffIds: image.layers.map(sha256) };
}

/** The OCI layout Docker 25+ writes: blobs (layers first, reversed), then oci-layout and index.json. */
export async function ociArchive(image: TestImage, compressions: TestCompression[]): Promise<TestArchive> {
  const config = configOf(image);
  const imageId = sha256(config);
  const blobs = image.layers.map((layer, i) => compress(layer, compressions[i] ?? 'none'));
  const mediaType = (c: TestCompression) =>
    `application/vnd.oci.image.layer.v1.tar${c === 'none' ? '' : c === 'gzip' ? '+gzip' : '+zstd'}`;
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: imageId, size: config.length },
      layers: blobs.map((blob, i) => ({
        mediaType: mediaType(compressions[i] ?? 'none'),
        digest: sha256(blob),
        size: blob.length,
      })),
    }),
  );
  const index = {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: [
      { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: sha256(manifest), size: manifest.length },
    ],
  };
  const blob = (data: Buffer) => ({ header: { name: `blobs/sha256/${sha256(data).slice(7)}` }, body: data });
  const entries: { header: HeaderArgument; body?: Buffer }[] = [
    { header: { name: 'blobs/', type: 'directory' } },
    { header: { name: 'blobs/sha256/', type: 'directory' } },
    ...[...blobs].reverse().map(blob),
    blob(config),
    blob(manifest),
    { header: { name: 'oci-layout' }, body: Buffer.from('{"imageLayoutVersion":"1.0.0"}') },
    { header: { name: 'index.json' }, body: Buffer.from(JSON.stringify(index)) },
  ];
  return { archive: await packAll(entries), imageId, diffIds: image.layers.map(sha256) };
}
