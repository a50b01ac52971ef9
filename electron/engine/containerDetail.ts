/**
 * One container seen whole: GET /containers/{id}/json in plain fields. The mapping is pure and
 * defensive (`toContainerDetail`): the Engine omits fields across versions and for containers in
 * odd states, and zero times ("0001-01-01T00:00:00Z": never started) become absent fields.
 */
import {
  CONTAINER_STATES,
  type ContainerDetail,
  type ContainerLimits,
  type ContainerMount,
  type ContainerNetwork,
  type ContainerState,
  type ContainerStateView,
  type HealthCheckRun,
} from '../shared/dto';
import { toEnv } from './containerEnv';
import { toInspectPorts } from './containerPorts';
import type { EngineConnection } from './connection';
import { containerSubject } from './containers';

/** The fields we read from GET /containers/{id}/json (Engine API 1.41). All optional: odd states omit some. */
export interface EngineContainerInspect extends Record<string, unknown> {
  Id?: string;
  Name?: string;
  Created?: string;
  Path?: string;
  Args?: string[] | null;
  Image?: string;
  RestartCount?: number;
  State?: {
    Status?: string;
    Running?: boolean;
    Paused?: boolean;
    Restarting?: boolean;
    OOMKilled?: boolean;
    Dead?: boolean;
    Pid?: number;
    ExitCode?: number;
    Error?: string;
    StartedAt?: string;
    FinishedAt?: string;
    Health?: {
      Status?: string;
      FailingStreak?: number;
      Log?: { Start?: string; End?: string; ExitCode?: number; Output?: string }[] | null;
    } | null;
  } | null;
  Config?: {
    Hostname?: string;
    User?: string;
    Env?: string[] | null;
    Cmd?: string[] | string | null;
    Entrypoint?: string[] | string | null;
    Image?: string;
    WorkingDir?: string;
    Labels?: Record<string, string> | null;
    ExposedPorts?: Record<string, unknown> | null;
  } | null;
  HostConfig?: {
    Memory?: number;
    MemorySwap?: number;
    MemoryReservation?: number;
    NanoCpus?: number;
    CpuShares?: number;
    CpuQuota?: number;
    CpuPeriod?: number;
    CpusetCpus?: string;
    PidsLimit?: number | null;
    RestartPolicy?: { Name?: string; MaximumRetryCount?: number } | null;
  } | null;
  Mounts?:
    | {
        Type?: string;
        Name?: string;
        Source?: string;
        Destination?: string;
        Driver?: string;
        Mode?: string;
        RW?: boolean;
      }[]
    | null;
  NetworkSettings?: {
    Ports?: Record<string, { HostIp?: string; HostPort?: string }[] | null> | null;
    Networks?: Record<
      string,
      {
        NetworkID?: string;
        IPAddress?: string;
        IPPrefixLen?: number;
        GlobalIPv6Address?: string;
        Gateway?: string;
        MacAddress?: string;
        Aliases?: string[] | null;
      } | null
    > | null;
  } | null;
}

/** An ISO time, or undefined for the Engine's zero time (year 1) and anything unreadable. */
export function engineTime(value: string | undefined): string | undefined {
  if (!value || value.startsWith('0001-01-01')) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) && ms > 0 ? new Date(ms).toISOString() : undefined;
}

const HEALTH = new Set(['healthy', 'unhealthy', 'starting']);

function toStateView(state: NonNullable<EngineContainerInspect['State']>): ContainerStateView {
  const status = (state.Status ?? '').toLowerCase();
  const startedAt = engineTime(state.StartedAt);
  const finishedAt = engineTime(state.FinishedAt);
  const health = state.Health;
  return {
    status: (CONTAINER_STATES as readonly string[]).includes(status) ? (status as ContainerState) : 'dead',
    running: state.Running === true,
    paused: state.Paused === true,
    restarting: state.Restarting === true,
    oomKilled: state.OOMKilled === true,
    dead: state.Dead === true,
    pid: state.Pid ?? 0,
    exitCode: state.ExitCode ?? 0,
    ...(state.Error ? { error: state.Error } : {}),
    ...(startedAt ? { startedAt } : {}),
    ...(finishedAt ? { finishedAt } : {}),
    ...(health
      ? {
          health: {
            status: HEALTH.has(health.Status ?? '') ? (health.Status as 'healthy') : 'none',
            failingStreak: health.FailingStreak ?? 0,
            log: (health.Log ?? []).map((run): HealthCheckRun => ({
              start: engineTime(run.Start) ?? '',
              end: engineTime(run.End) ?? '',
              exitCode: run.ExitCode ?? 0,
              output: run.Output ?? '',
            })),
          },
        }
      : {}),
  };
}

const MOUNT_TYPES = new Set(['bind', 'volume', 'tmpfs', 'npipe', 'cluster', 'image']);

function toMounts(mounts: EngineContainerInspect['Mounts']): ContainerMount[] {
  return (mounts ?? []).map((mount) => {
    const type = MOUNT_TYPES.has(mount.Type ?? '') ? (mount.Type as ContainerMount['type']) : 'other';
    return {
      type,
      ...(type === 'volume' && mount.Name ? { name: mount.Name } : {}),
      source: mount.Source ?? '',
      destination: mount.Destination ?? '',
      readOnly: mount.RW === false,
      ...(mount.Driver ? { driver: mount.Driver } : {}),
      ...(mount.Mode ? { mode: mount.Mode } : {}),
    };
  });
}

/** An anonymous volume's name is 64 hex characters the Engine chose; a named one was given by someone. */
const ANONYMOUS_VOLUME = /^[0-9a-f]{64}$/;

/** The container's anonymous volumes (what `docker rm -v` removes), by name. */
export function anonymousVolumeNames(inspect: Pick<EngineContainerInspect, 'Mounts'>): string[] {
  return (inspect.Mounts ?? [])
    .filter((mount) => mount.Type === 'volume' && ANONYMOUS_VOLUME.test(mount.Name ?? ''))
    .map((mount) => mount.Name!);
}

function toNetworks(networks: NonNullable<EngineContainerInspect['NetworkSettings']>['Networks']): ContainerNetwork[] {
  return Object.entries(networks ?? {})
    .map(([name, network]): ContainerNetwork => {
      const n = network ?? {};
      return {
        name,
        networkId: n.NetworkID ?? '',
        ...(n.IPAddress ? { ipAddress: n.IPAddress } : {}),
        ...(n.IPAddress && n.IPPrefixLen ? { ipPrefix: `${n.IPAddress}/${n.IPPrefixLen}` } : {}),
        ...(n.GlobalIPv6Address ? { ipv6Address: n.GlobalIPv6Address } : {}),
        ...(n.Gateway ? { gateway: n.Gateway } : {}),
        ...(n.MacAddress ? { macAddress: n.MacAddress } : {}),
        aliases: n.Aliases ?? [],
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

function toLimits(host: EngineContainerInspect['HostConfig']): ContainerLimits {
  const h = host ?? {};
  const pids = h.PidsLimit ?? 0;
  return {
    memoryBytes: h.Memory ?? 0,
    memorySwapBytes: h.MemorySwap ?? 0,
    memoryReservationBytes: h.MemoryReservation ?? 0,
    nanoCpus: h.NanoCpus ?? 0,
    cpuShares: h.CpuShares ?? 0,
    cpuQuota: h.CpuQuota ?? 0,
    cpuPeriod: h.CpuPeriod ?? 0,
    ...(h.CpusetCpus ? { cpusetCpus: h.CpusetCpus } : {}),
    // -1 and 0 both mean unlimited to the Engine.
    ...(pids > 0 ? { pidsLimit: pids } : {}),
    restartPolicy: { name: h.RestartPolicy?.Name || 'no', maximumRetryCount: h.RestartPolicy?.MaximumRetryCount ?? 0 },
  };
}

/** Old Engines and hand-written configs give a string where an array is usual. */
function asList(value: string[] | string | null | undefined): string[] | undefined {
  if (value === null || value === undefined) return undefined;
  return typeof value === 'string' ? [value] : value;
}

export function toContainerDetail(raw: EngineContainerInspect): ContainerDetail {
  const config = raw.Config ?? {};
  const labels = config.Labels ?? {};
  const entrypoint = asList(config.Entrypoint);
  const cmd = asList(config.Cmd);
  const composeProject = labels['com.docker.compose.project'];
  const composeService = labels['com.docker.compose.service'];
  return {
    id: raw.Id ?? '',
    name: (raw.Name ?? '').replace(/^\//, '') || (raw.Id ?? '').slice(0, 12),
    image: config.Image ?? raw.Image ?? '',
    imageId: raw.Image ?? '',
    path: raw.Path ?? '',
    args: raw.Args ?? [],
    ...(entrypoint ? { entrypoint } : {}),
    ...(cmd ? { cmd } : {}),
    ...(config.WorkingDir ? { workingDir: config.WorkingDir } : {}),
    ...(config.User ? { user: config.User } : {}),
    ...(config.Hostname ? { hostname: config.Hostname } : {}),
    created: engineTime(raw.Created) ?? '',
    state: toStateView(raw.State ?? {}),
    restartCount: raw.RestartCount ?? 0,
    env: toEnv(config.Env),
    mounts: toMounts(raw.Mounts),
    networks: toNetworks(raw.NetworkSettings?.Networks),
    ports: toInspectPorts(raw),
    labels,
    limits: toLimits(raw.HostConfig),
    ...(composeProject ? { composeProject } : {}),
    ...(composeService ? { composeService } : {}),
    raw,
  };
}

/** GET /containers/{id}/json, raw. */
export async function inspectContainerRaw(engine: EngineConnection, id: string): Promise<EngineContainerInspect> {
  const raw: unknown = await engine.call(containerSubject(id), (docker) => docker.getContainer(id).inspect());
  return raw as EngineContainerInspect;
}

export async function inspectContainer(engine: EngineConnection, id: string): Promise<ContainerDetail> {
  return toContainerDetail(await inspectContainerRaw(engine, id));
}
