/**
 * One container seen whole (issue 8): its inspect in plain fields, its sizes, its processes, and
 * its writable layer (changes, files). Mapped from Engine JSON in electron/engine/container*.ts.
 */
import type { ContainerHealth, ContainerState, PortBinding } from './containers';

/** What a lifecycle action did: `changed: false` when the container already was in that state (HTTP 304). */
export interface ContainerActionResult {
  id: string;
  changed: boolean;
}

export interface ContainerRemoveResult {
  id: string;
  /** The anonymous volumes removed with it (only when asked), by name. */
  removedVolumes: string[];
}

export interface ContainerCommitResult {
  /** The new image's full ID ("sha256:…"). */
  imageId: string;
  /** "repository:tag" when one was given. */
  reference?: string;
}

export interface HealthCheckRun {
  /** ISO times. */
  start: string;
  end: string;
  exitCode: number;
  output: string;
}

export interface ContainerStateView {
  status: ContainerState;
  running: boolean;
  paused: boolean;
  restarting: boolean;
  oomKilled: boolean;
  dead: boolean;
  pid: number;
  exitCode: number;
  /** The Engine's error text for the last start, when it failed. */
  error?: string;
  /** ISO times; absent when the Engine has the zero time (never started / never finished). */
  startedAt?: string;
  finishedAt?: string;
  health?: {
    status: ContainerHealth | 'none';
    failingStreak: number;
    /** The last runs, oldest first, as the Engine keeps them (at most 5). */
    log: HealthCheckRun[];
  };
}

export interface EnvVariable {
  key: string;
  value: string;
  /** The key looks secret (PASSWORD, TOKEN, SECRET, KEY…): the page masks the value until clicked. */
  secret: boolean;
}

export interface ContainerMount {
  type: 'bind' | 'volume' | 'tmpfs' | 'npipe' | 'cluster' | 'image' | 'other';
  /** The volume's name, for volume mounts. */
  name?: string;
  /** Host path (bind) or the volume's folder on the host. */
  source: string;
  destination: string;
  readOnly: boolean;
  driver?: string;
  /** Engine mode string ("z", "ro"…), as given. */
  mode?: string;
}

export interface ContainerNetwork {
  name: string;
  networkId: string;
  ipAddress?: string;
  /** With the prefix length: "172.17.0.2/16". */
  ipPrefix?: string;
  ipv6Address?: string;
  gateway?: string;
  macAddress?: string;
  aliases: string[];
}

export interface ContainerLimits {
  /** Bytes; 0 = unlimited. */
  memoryBytes: number;
  memorySwapBytes: number;
  memoryReservationBytes: number;
  /** Billionths of a CPU (docker run --cpus=1.5 → 1.5e9); 0 = unlimited. */
  nanoCpus: number;
  cpuShares: number;
  cpuQuota: number;
  cpuPeriod: number;
  cpusetCpus?: string;
  /** 0 or absent = unlimited. */
  pidsLimit?: number;
  restartPolicy: { name: string; maximumRetryCount: number };
}

export interface ContainerDetail {
  id: string;
  name: string;
  /** The reference the container was created from ("nginx:1.27"), and the image's full ID. */
  image: string;
  imageId: string;
  /** The process the container runs: entrypoint then command, as the Engine resolved them. */
  path: string;
  args: string[];
  entrypoint?: string[];
  cmd?: string[];
  workingDir?: string;
  user?: string;
  hostname?: string;
  /** ISO time. */
  created: string;
  state: ContainerStateView;
  restartCount: number;
  env: EnvVariable[];
  mounts: ContainerMount[];
  networks: ContainerNetwork[];
  /** Published and exposed ports, as in the list. */
  ports: PortBinding[];
  labels: Record<string, string>;
  limits: ContainerLimits;
  composeProject?: string;
  composeService?: string;
  /** The Engine's inspect JSON, as it came (for the Inspect tab and Copy). */
  raw: unknown;
}

/** GET /containers/{id}/json?size=1, or one row of /containers/json?size=1. */
export interface ContainerSize {
  id: string;
  /** Bytes the container wrote on top of its image (its writable layer). */
  sizeRw: number;
  /** The container's whole filesystem: its image plus the writable layer. */
  sizeRootFs: number;
  /** When the Engine measured it (epoch ms). */
  measuredAt: number;
}

/** Every container's size, in the background (containers.sizes). */
export type ContainerSizesEvent =
  | { kind: 'progress'; elapsedMs: number; containers: number }
  | { kind: 'done'; sizes: ContainerSize[]; elapsedMs: number };

/** `docker top`: ps columns and rows, as the Engine gives them. */
export interface ContainerProcesses {
  titles: string[];
  processes: string[][];
}

export type ContainerChangeKind = 'added' | 'modified' | 'deleted';

/** One path of `docker diff`. */
export interface ContainerChange {
  path: string;
  kind: ContainerChangeKind;
}

export interface ContainerChanges {
  changes: ContainerChange[];
  /** Bytes of added or modified regular files, by path, where one archive read gave them; may be partial. */
  sizes: Record<string, number>;
}

export type ContainerFileType = 'file' | 'dir' | 'symlink' | 'hardlink' | 'other';

/** One entry of a folder inside a container (read through the archive endpoint). */
export interface ContainerDirEntry {
  name: string;
  /** Absolute path inside the container. */
  path: string;
  type: ContainerFileType;
  /** Bytes: the file's size, or for a folder the sum of the files below it that were read. */
  size: number;
  /** Permission bits (0o7777). */
  mode: number;
  uid: number;
  gid: number;
  /** Epoch ms. */
  modified: number;
  /** Symlink target or hard link's path. */
  link?: string;
}

export interface ContainerDirListing {
  /** The folder listed, absolute. */
  path: string;
  entries: ContainerDirEntry[];
  /**
   * The folder's tree was larger than one listing reads (its archive is streamed whole to find the
   * direct children): the listing stopped early, so entries may be missing and folder sizes are partial.
   */
  truncated: boolean;
}

/** A file read from a container: the same shape as a layer file, without a layer. */
export interface ContainerFileContent {
  path: string;
  size: number;
  encoding: 'utf8' | 'base64';
  content: string;
  truncated: boolean;
  binary: boolean;
}

/** A file or folder of a container as a tar archive, for download. */
export interface ContainerArchive {
  /** A file name for the download: "<container>-<basename>.tar". */
  fileName: string;
  bytes: number;
  base64: string;
}
