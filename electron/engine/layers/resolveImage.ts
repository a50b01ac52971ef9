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

export interface ResolvedImage {
  layout: 'legacy' | 'oci';
  config: ImageConfig;
  /** The image's layers, bottom first (a layer used twice appears twice). */
  layers: LayerCandidate[];
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

function legacyConfigs(contents: ArchiveContents): JsonDocument[] {
  const manifest = contents.json.get('manifest.json')?.value;
  if (!Array.isArray(manifest)) return [];
  return (manifest as LegacyManifestItem[])
    .map((item) =>
      typeof item?.Config === 'string' ? contents.json.get(item.Config.replace(/^\.?\//, '')) : undefined,
    )
    .filter((doc): doc is JsonDocument => doc !== undefined);
}

/** The config of `imageId` (its digest is the ID), or the archive's only/first image. */
function pickConfig(configs: JsonDocument[], imageId: string): JsonDocument | undefined {
  return configs.find((doc) => doc.digest === imageId) ?? configs[0];
}

export function resolveImage(contents: ArchiveContents, imageId: string): ResolvedImage {
  const oci = contents.json.has('index.json') ? pickConfig(ociConfigs(contents), imageId) : undefined;
  const legacy = oci ? undefined : pickConfig(legacyConfigs(contents), imageId);
  const doc = oci ?? legacy;
  if (!doc) {
    throw new BadArchiveError('the image archive has no manifest and config (manifest.json or index.json)');
  }
  const config = doc.value as ImageConfig;
  const diffIds = config.rootfs?.diff_ids;
  if (!Array.isArray(diffIds)) throw new BadArchiveError('the image config lists no layers (rootfs.diff_ids)');
  const layers = diffIds.map((diffId) => {
    const layer = contents.layers.get(diffId);
    if (!layer) throw new BadArchiveError(`the image archive has no layer with diff ID ${diffId}`);
    return layer;
  });
  return { layout: oci ? 'oci' : 'legacy', config, layers };
}
