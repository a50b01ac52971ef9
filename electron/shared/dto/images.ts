/** Image shapes that cross the API. Mapped from Engine JSON in electron/engine/image*.ts. */
import type { ContainerState } from './containers';

export interface ImageSummary {
  /** Full ID ("sha256:…"). */
  id: string;
  /** Every "repository:tag" that points at the image; empty when the image is dangling. */
  repoTags: string[];
  repoDigests: string[];
  /** Unix seconds. */
  created: number;
  /** Bytes, including shared layers, as `docker images` reports. */
  size: number;
  /** How many containers (in any state) were created from this image. */
  containers: number;
}

/** Lists of other images' names in one answer stop here (a base layer may be shared by thousands). */
export const IMAGE_NAMES_MAX = 50;

/** Another local image, named for people: its first tag, or its short ID when it has none. */
export interface ImageNameRef {
  id: string;
  /** First "repository:tag", or the 12-hex short ID when the image is dangling. */
  name: string;
  dangling: boolean;
}

/** A container made from an image. */
export interface ImageContainerRef {
  id: string;
  name: string;
  state: ContainerState;
  /** The Engine's status words ("Up 3 minutes", "Exited (0) 2 hours ago"). */
  status: string;
}

export interface ImageHealthcheck {
  /** As the Engine keeps it: ["CMD-SHELL", "curl -f …"], ["CMD", "curl", …] or ["NONE"]. */
  test: string[];
  intervalSeconds?: number;
  timeoutSeconds?: number;
  retries?: number;
  startPeriodSeconds?: number;
}

/** An image's (or its build container's) configuration in plain words; empty fields are left out. */
export interface ImageConfigView {
  cmd?: string[];
  entrypoint?: string[];
  /** In the image's order; a value may contain "=". */
  env?: { name: string; value: string }[];
  workingDir?: string;
  user?: string;
  /** "80/tcp", sorted. */
  exposedPorts?: string[];
  /** Mount points, sorted. */
  volumes?: string[];
  labels?: Record<string, string>;
  healthcheck?: ImageHealthcheck;
  stopSignal?: string;
  shell?: string[];
  onBuild?: string[];
}

export type ImageConfigField = keyof ImageConfigView;

/** The base image found locally: the one whose layers are the longest prefix of this image's. */
export interface BaseImageRef extends ImageNameRef {
  layerCount: number;
}

/** One layer a history step made. */
export interface ImageStepLayer {
  /** 0-based position in RootFS.Layers. */
  index: number;
  diffId: string;
  /** The Engine's key for this layer stack (OCI chain ID): equal chain IDs are stored once. */
  chainId: string;
  /**
   * Other local images that share this layer (the same chain up to and including it), by name; at
   * most IMAGE_NAMES_MAX of them, `sharedWithCount` says how many there are in all.
   */
  sharedWith: ImageNameRef[];
  sharedWithCount: number;
}

/** One build step of `docker history`, oldest first. */
export interface ImageHistoryStep {
  /** "RUN", "COPY", "ADD", "CMD", "ENV", …; "IMPORT" for a `docker import`ed filesystem; "" when unknown. */
  keyword: string;
  /** The cleaned instruction line, starting with the keyword: `CMD ["sh"]`, `RUN echo hi`. */
  text: string;
  /** Build arguments the step ran with (legacy builder's "|2 A=1 B=2" prefix). */
  buildArgs?: { name: string; value: string }[];
  /** The Engine's CreatedBy, unchanged (for hover / copy). */
  raw: string;
  /** Unix seconds. */
  created: number;
  /** Bytes the step added. */
  size: number;
  comment?: string;
  /** True when the step made no layer (CMD, ENV, LABEL…). */
  metadataOnly: boolean;
  /** Set on steps that made a layer, when the layer could be attributed. */
  layer?: ImageStepLayer;
  /** True for the steps that came from the base image (see ImageHistory.base). */
  fromBase: boolean;
}

export interface ImageHistory {
  /** Oldest first. */
  steps: ImageHistoryStep[];
  /**
   * True when the steps that made layers did not match RootFS.Layers one to one, so layers were
   * attributed from the newest step backwards; a step's `layer` may then be wrong.
   */
  layersApproximate: boolean;
  /** The base image the first `baseStepCount` steps belong to, when one is found locally. */
  base?: BaseImageRef;
  baseStepCount: number;
}

export interface ImageDetail {
  id: string;
  repoTags: string[];
  repoDigests: string[];
  /** Legacy builder's parent image ID, when the Engine reports one. */
  parent?: string;
  /** Unix seconds. */
  created: number;
  os: string;
  architecture: string;
  variant?: string;
  author?: string;
  comment?: string;
  dockerVersion?: string;
  /** Bytes, including shared layers. */
  size: number;
  config: ImageConfigView;
  /**
   * The configuration of the container the last build step ran in (legacy builds); only when the
   * Engine reports a non-empty one. `differsFrom` names the fields that differ from `config`.
   */
  buildContainerConfig?: { config: ImageConfigView; differsFrom: ImageConfigField[] };
  /** RootFS diff IDs, lowest layer first. */
  diffIds: string[];
  containers: ImageContainerRef[];
  base?: BaseImageRef;
  history: ImageHistory;
  /** The Engine's inspect JSON, unchanged. */
  raw: Record<string, unknown>;
}

/** An image as the map shows it. */
export interface ImageMapImage extends ImageNameRef {
  tags: string[];
  size: number;
  /** Unix seconds. */
  created: number;
  containers: number;
}

/** A run of layers shared by every image below it (path-compressed: no node with one child and no image). */
export interface ImageMapNode {
  /** Chain ID of the node's top layer: stable across refreshes. */
  id: string;
  /** Diff ID of the node's top layer. */
  topDiffId: string;
  /** Layers in this node's own run. */
  layerCount: number;
  /** Layers from the root through this node. */
  depth: number;
  /** Bytes of this node's own run; null when some layer's size is unknown. */
  bytes: number | null;
  /** Images whose layers end exactly here, by name. */
  images: ImageMapImage[];
  /** Images here and below. */
  imageCount: number;
  /** Sorted by id. */
  children: ImageMapNode[];
}

export interface ImageMap {
  /** Unrelated layer stacks, sorted by id. */
  roots: ImageMapNode[];
  imageCount: number;
  /** Distinct layer stacks (chain IDs) across all images. */
  layerCount: number;
  /** Images whose layer sizes were attributed approximately (history did not match the layers). */
  approximateSizes: boolean;
}

export interface ImageRemovePreview {
  id: string;
  repoTags: string[];
  repoDigests: string[];
  /** Bytes of this image's layers that no other local image shares. */
  bytesFreed: number;
  /** True when some layer sizes were attributed approximately or are unknown. */
  bytesFreedApproximate: boolean;
  /** Layers that go with the image, and layers that stay because other images share them. */
  layersFreed: number;
  layersShared: number;
  containers: ImageContainerRef[];
  /** Images built on this one (at most IMAGE_NAMES_MAX, by name); they keep the shared layers. */
  childImages: ImageNameRef[];
  childImageCount: number;
  /** Remove needs Force: containers use the image, or it has several tags. */
  forceNeeded: boolean;
  /** Why, in plain words. */
  forceReasons: string[];
  /** Set when even a forced removal would be refused, in plain words. */
  blockedReason?: string;
}

export interface ImageRemoveResult {
  /** "repository:tag" references the Engine removed. */
  untagged: string[];
  /** Image IDs and layer chain IDs the Engine deleted. */
  deleted: string[];
  /** Bytes of the deleted layers. */
  bytesFreed: number;
  bytesFreedApproximate: boolean;
  /** What a forced removal did beyond the plain one, in plain words. */
  notes: string[];
}

export interface ImageUntagResult {
  untagged: string[];
  /** Image IDs and layer chain IDs the Engine deleted (only with alsoRemoveImage). */
  deleted: string[];
  /** Whether the image is still there. */
  imageRemains: boolean;
}

export interface ImageTagResult {
  id: string;
  repoTags: string[];
}
