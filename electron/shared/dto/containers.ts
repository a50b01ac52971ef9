/** Container shapes that cross the API. Mapped from Engine JSON in electron/engine/mappers.ts. */

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
  /** Compose project, when the container belongs to one (label com.docker.compose.project). */
  composeProject?: string;
  /** Compose service (com.docker.compose.service) and replica number (com.docker.compose.container-number). */
  composeService?: string;
  composeNumber?: number;
  /** From the status words: "Up 5 minutes (healthy)"; absent when the image has no health check. */
  health?: ContainerHealth;
}

/** The health-check state the Engine reports with a running container's status. */
export type ContainerHealth = 'healthy' | 'unhealthy' | 'starting';
