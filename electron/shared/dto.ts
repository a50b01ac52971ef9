/** Plain data shapes that cross the API. Mapped from Engine JSON in electron/engine/mappers.ts. */

export const CONTAINER_STATES = ['created', 'running', 'paused', 'restarting', 'removing', 'exited', 'dead'] as const;
export type ContainerState = (typeof CONTAINER_STATES)[number];

export interface PortBinding {
  /** Host address the port is published on ("0.0.0.0", "::", "127.0.0.1"); absent when not published. */
  hostIp?: string;
  hostPort?: number;
  containerPort: number;
  protocol: 'tcp' | 'udp' | 'sctp';
}

export interface ContainerSummary {
  /** Full 64-hex ID. */
  id: string;
  /** Primary name without the leading slash. */
  name: string;
  /** The image reference the container was created from, as the Engine reports it. */
  image: string;
  /** The image's full ID ("sha256:…"). */
  imageId: string;
  command: string;
  /** Unix seconds. */
  created: number;
  state: ContainerState;
  /** The Engine's own status words, as `docker ps` prints them: "Up 3 minutes", "Exited (0) 2 hours ago". */
  status: string;
  ports: PortBinding[];
  /** Compose project, when the container belongs to one. */
  composeProject?: string;
}

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

export interface EngineInfo {
  /** The address we are talking to, e.g. "unix:///var/run/docker.sock". */
  address: string;
  /** Where the address came from: the DOCKER_HOST variable or the first socket that answered. */
  source: 'DOCKER_HOST' | 'detected';
  name: string;
  version: string;
  apiVersion: string;
  os: string;
  arch: string;
}

export type EngineStatus =
  | { state: 'connected'; info: EngineInfo }
  | {
      state: 'unavailable';
      /** The address we would use (the first candidate when nothing answered). */
      address: string;
      /** Every address tried, in order. */
      tried: string[];
      /** Short machine-readable reason: ENOENT, EACCES, ECONNREFUSED, TIMEOUT… */
      reason: string;
      /** What happened and what to do, in plain words. */
      message: string;
    };

/**
 * What the engine-events stream delivers. Container events come with the container's fresh summary
 * so the renderer updates the one row the event names instead of refetching the whole list.
 */
export type EngineEvent =
  | { kind: 'container'; action: string; id: string; container: ContainerSummary | null }
  | { kind: 'image'; action: string; id: string }
  | { kind: 'engine'; status: EngineStatus };
