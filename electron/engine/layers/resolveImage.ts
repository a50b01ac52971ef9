/**
 * Which layers make up the image, from the JSON documents of its export: the manifest (legacy
 * manifest.json, or OCI index.json → manifest), its config, and the config's rootfs.diff_ids
 * matched to the listed layer candidates by digest. Pure.
 */
import type { ArchiveContents, JsonDocument } from './archiveReader';
import { BadArchiveError } from './archiveReader';
import type { ConfigHistoryItem } from './history';
import type { LayerCandidate } from './layerSink';

export interface ImageConfig {
  rootfs?: { diff_ids?: string[] };
  history?: ConfigHistoryItem[];
}

/** A layer candidate whose diff ID is known (from its bytes, its blob name, or the legacy manifest). */
export type ResolvedLayer = LayerCandidate & { diffId: string; digest: string };

export interface ResolvedImage {
  layout: 'legacy' | 'oci';
  config: ImageConfig;
  /** The image's layers, bottom first (a layer used twice appears twice). */
  layers: ResolvedLayer[];
}

interface Descriptor {
  digest?: string;
}
interface OciIndexOrManifest {
  manifests?: Descriptor[];
  config?: Descriptor;
}
interface LegacyManifestItem {
  Config?: string;
  /** The image's layer.tar paths, in rootfs.diff_ids' order. */
  Layers?: string[];
}

function blobPath(digest: string | undefined): string | null {
  const match = /^([a-z0-9]+):([a-f0-9]{32,})$/.exec(digest ?? '');
  return match ? `blobs/${match[1]}/${match[2]}` : null;
}

/** Every manifest reachable from index.json (nested indexes, e.g. multi-platform, followed). */
function ociConfigs(contents: ArchiveContents): JsonDocument[] {
  const configs: JsonDocument[] = [];
  const seen = new Set<string>();
  const visit = (doc: JsonDocument | undefined) => {
    const value = doc?.value as OciIndexOrManifest | undefined;
    if (!value || typeof value !== 'object') return;
    for (const child of value.manifests ?? []) {
      const path = blobPath(child.digest);
      if (path && !seen.has(path)) {
        seen.add(path);
        visit(contents.json.get(path));
      }
    }
    const configPath = blobPath(value.config?.digest);
    const config = configPath ? contents.json.get(configPath) : undefined;
    if (config) configs.push(config);
  };
  visit(contents.json.get('index.json'));
  return configs;
}

const archivePathOf = (path: string) => path.replace(/^\.?\//, '');

/** Each image of manifest.json: its config document and its layer paths. */
function legacyImages(contents: ArchiveContents): { doc: JsonDocument; layerPaths: string[] }[] {
  const manifest = contents.json.get('manifest.json')?.value;
  if (!Array.isArray(manifest)) return [];
  return (manifest as LegacyManifestItem[]).flatMap((item) => {
    const doc = typeof item?.Config === 'string' ? contents.json.get(archivePathOf(item.Config)) : undefined;
    const layerPaths = Array.isArray(item?.Layers)
      ? item.Layers.filter((p) => typeof p === 'string').map(archivePathOf)
      : [];
    return doc ? [{ doc, layerPaths }] : [];
  });
}

/** The config of `imageId` (its digest is the ID), or the archive's only/first image. */
function pickConfig(configs: JsonDocument[], imageId: string): JsonDocument | undefined {
  return configs.find((doc) => doc.digest === imageId) ?? configs[0];
}

export function resolveImage(contents: ArchiveContents, imageId: string): ResolvedImage {
  const oci = contents.json.has('index.json') ? pickConfig(ociConfigs(contents), imageId) : undefined;
  const legacyList = oci ? [] : legacyImages(contents);
  const legacyDoc = oci
    ? undefined
    : pickConfig(
        legacyList.map((image) => image.doc),
        imageId,
      );
  const doc = oci ?? legacyDoc;
  if (!doc) {
    throw new BadArchiveError('the image archive has no manifest and config (manifest.json or index.json)');
  }
  const config = doc.value as ImageConfig;
  const diffIds = config.rootfs?.diff_ids;
  if (!Array.isArray(diffIds)) throw new BadArchiveError('the image config lists no layers (rootfs.diff_ids)');
  const layerPaths = legacyList.find((image) => image.doc === legacyDoc)?.layerPaths ?? [];
  const layers = diffIds.map((diffId, i): ResolvedLayer => {
    // By digest where the archive gives one (hashed, or an OCI blob's name); else the legacy
    // manifest's layer path at the same place as this diff ID.
    const byDigest = contents.layers.get(diffId);
    if (byDigest) return { ...byDigest, diffId, digest: byDigest.digest ?? diffId };
    const path = layerPaths[i];
    const byPath = path === undefined ? undefined : contents.layers.get(path);
    if (!byPath || byPath.diffId !== null) {
      throw new BadArchiveError(`the image archive has no layer with diff ID ${diffId}`);
    }
    return { ...byPath, diffId, digest: diffId };
  });
  return { layout: oci ? 'oci' : 'legacy', config, layers };
}
