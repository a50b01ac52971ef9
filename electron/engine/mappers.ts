/**
 * Engine JSON → our DTOs. Pure and defensive: the Engine omits fields across versions and for
 * containers in odd states, so every field has a fallback rather than an exception.
 */
import {
  CONTAINER_STATES,
  type ContainerHealth,
  type ContainerState,
  type ContainerSummary,
  type ImageSummary,
  type PortBinding,
} from '../shared/dto';

/** The fields we read from GET /containers/json (Engine API 1.41+). */
export interface EngineContainer {
  Id: string;
  Names?: string[] | null;
  Image?: string;
  ImageID?: string;
  Command?: string;
  Created?: number;
  State?: string;
  Status?: string;
  Ports?: { IP?: string; PrivatePort: number; PublicPort?: number; Type?: string }[] | null;
  Labels?: Record<string, string> | null;
}

/** The fields we read from GET /images/json. */
export interface EngineImage {
  Id: string;
  RepoTags?: string[] | null;
  RepoDigests?: string[] | null;
  Created?: number;
  Size?: number;
}

const PROTOCOLS = new Set(['tcp', 'udp', 'sctp']);

function toState(value: string | undefined): ContainerState {
  const state = (value ?? '').toLowerCase();
  return (CONTAINER_STATES as readonly string[]).includes(state) ? (state as ContainerState) : 'dead';
}

function toPorts(ports: EngineContainer['Ports']): PortBinding[] {
  const seen = new Set<string>();
  const result: PortBinding[] = [];
  for (const port of ports ?? []) {
    const protocol = PROTOCOLS.has(port.Type ?? '') ? (port.Type as PortBinding['protocol']) : 'tcp';
    const binding: PortBinding = { containerPort: port.PrivatePort, protocol };
    if (port.PublicPort) {
      binding.hostPort = port.PublicPort;
      binding.hostIp = port.IP ?? '0.0.0.0';
    }
    const key = `${binding.hostIp ?? ''}|${binding.hostPort ?? ''}|${binding.containerPort}|${protocol}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(binding);
  }
  // The order `docker ps` uses: by container port, then host port.
  return result.sort(
    (a, b) =>
      a.containerPort - b.containerPort ||
      (a.hostPort ?? 0) - (b.hostPort ?? 0) ||
      a.protocol.localeCompare(b.protocol),
  );
}

/** "Up 5 minutes (healthy)", "Up 2 seconds (health: starting)" → the health word; nothing without a check. */
export function healthFromStatus(status: string): ContainerHealth | undefined {
  const match = /\((healthy|unhealthy|health: starting)\)/.exec(status);
  if (!match) return undefined;
  return match[1] === 'health: starting' ? 'starting' : (match[1] as ContainerHealth);
}

function composeNumber(label: string | undefined): number | undefined {
  const number = label === undefined ? NaN : Number(label);
  return Number.isInteger(number) && number > 0 ? number : undefined;
}

export function toContainerSummary(raw: EngineContainer): ContainerSummary {
  const names = raw.Names ?? [];
  // A container linked into others has extra names like "/other/alias"; its own is the one without a second slash.
  const primary = names.find((name) => name.lastIndexOf('/') === 0) ?? names[0] ?? raw.Id.slice(0, 12);
  const composeProject = raw.Labels?.['com.docker.compose.project'];
  const composeService = raw.Labels?.['com.docker.compose.service'];
  const replica = composeNumber(raw.Labels?.['com.docker.compose.container-number']);
  const health = healthFromStatus(raw.Status ?? '');
  return {
    id: raw.Id,
    name: primary.replace(/^\//, ''),
    image: raw.Image ?? '',
    imageId: raw.ImageID ?? '',
    command: raw.Command ?? '',
    created: raw.Created ?? 0,
    state: toState(raw.State),
    status: raw.Status ?? '',
    ports: toPorts(raw.Ports),
    ...(composeProject ? { composeProject } : {}),
    ...(composeService ? { composeService } : {}),
    ...(replica !== undefined ? { composeNumber: replica } : {}),
    ...(health ? { health } : {}),
  };
}

/**
 * Maps images, counting how many containers use each from the image IDs of every container (one
 * container list, no per-image calls).
 */
export function toImageSummaries(images: EngineImage[], containerImageIds: Iterable<string>): ImageSummary[] {
  const usage = new Map<string, number>();
  for (const imageId of containerImageIds) {
    if (imageId) usage.set(imageId, (usage.get(imageId) ?? 0) + 1);
  }
  return images
    .map((image) => ({
      id: image.Id,
      repoTags: (image.RepoTags ?? []).filter((tag) => tag !== '<none>:<none>'),
      repoDigests: (image.RepoDigests ?? []).filter((digest) => digest !== '<none>@<none>'),
      created: image.Created ?? 0,
      size: image.Size ?? 0,
      containers: usage.get(image.Id) ?? 0,
    }))
    .sort((a, b) => b.created - a.created || a.id.localeCompare(b.id));
}
