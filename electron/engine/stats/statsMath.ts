/**
 * One Engine stats reading (GET /containers/{id}/stats) turned into a sample, with the docker CLI's
 * own rules on Linux (cli/command/container/stats_helpers.go), so Gantry and `docker stats` agree.
 * Pure: every field may be missing (a stopped container's reading is almost empty) and reads as 0.
 */
import type { ContainerStatsSample } from '../../shared/dto';

/** The parts of the Engine's stats JSON we read. */
export interface EngineStats {
  id?: string;
  read?: string;
  cpu_stats?: CpuStats;
  precpu_stats?: CpuStats;
  memory_stats?: { usage?: number; limit?: number; stats?: Record<string, number> };
  networks?: Record<string, { rx_bytes?: number; tx_bytes?: number }>;
  blkio_stats?: { io_service_bytes_recursive?: { op?: string; value?: number }[] | null };
  pids_stats?: { current?: number };
}

interface CpuStats {
  cpu_usage?: { total_usage?: number; percpu_usage?: number[] | null };
  system_cpu_usage?: number;
  online_cpus?: number;
}

const num = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/** CPUs the container could use: online_cpus, or (older Engines) the length of percpu_usage. */
export function onlineCpus(stats: EngineStats): number {
  const online = num(stats.cpu_stats?.online_cpus);
  return online > 0 ? online : (stats.cpu_stats?.cpu_usage?.percpu_usage?.length ?? 0);
}

/** cpu_delta / system_delta × online CPUs × 100, or 0 unless both deltas are positive (as the CLI). */
export function cpuPercent(stats: EngineStats): number {
  const cpuDelta = num(stats.cpu_stats?.cpu_usage?.total_usage) - num(stats.precpu_stats?.cpu_usage?.total_usage);
  const systemDelta = num(stats.cpu_stats?.system_cpu_usage) - num(stats.precpu_stats?.system_cpu_usage);
  if (cpuDelta <= 0 || systemDelta <= 0) return 0;
  return (cpuDelta / systemDelta) * onlineCpus(stats) * 100;
}

/**
 * Usage minus the inactive page cache, as calculateMemUsageUnixNoCache: cgroup v1 reports
 * total_inactive_file, v2 inactive_file; a value not below usage is ignored.
 */
export function memoryUsageNoCache(stats: EngineStats): number {
  const usage = num(stats.memory_stats?.usage);
  const counters = stats.memory_stats?.stats ?? {};
  if ('total_inactive_file' in counters && num(counters.total_inactive_file) < usage) {
    return usage - num(counters.total_inactive_file);
  }
  const inactive = num(counters.inactive_file);
  return inactive < usage ? usage - inactive : usage;
}

/** Against the limit (the Engine gives the host's memory when the container has none); 0 without one. */
export function memoryPercent(used: number, limit: number): number {
  return limit > 0 ? (used / limit) * 100 : 0;
}

/** Bytes received and sent, summed over the container's networks. */
export function networkTotals(stats: EngineStats): { rx: number; tx: number } {
  let rx = 0;
  let tx = 0;
  for (const network of Object.values(stats.networks ?? {})) {
    rx += num(network?.rx_bytes);
    tx += num(network?.tx_bytes);
  }
  return { rx, tx };
}

/** Block I/O bytes: entries whose op starts with r/R are reads, w/W writes (cgroup v1 and v2 spell them differently). */
export function blockIoTotals(stats: EngineStats): { read: number; write: number } {
  let read = 0;
  let write = 0;
  for (const entry of stats.blkio_stats?.io_service_bytes_recursive ?? []) {
    const first = entry?.op?.[0];
    if (first === 'r' || first === 'R') read += num(entry.value);
    else if (first === 'w' || first === 'W') write += num(entry.value);
  }
  return { read, write };
}

/** The Engine's "zero time": what it sends for a container that is not running (or gone). */
const ZERO_TIME = /^0001-01-01/;

/** A reading of a container that is no longer running: no read time and no CPU counters. */
export function isEmptyReading(stats: EngineStats): boolean {
  return !stats.read || ZERO_TIME.test(stats.read) || stats.cpu_stats === undefined;
}

export function toSample(id: string, stats: EngineStats, now = Date.now()): ContainerStatsSample {
  const memoryUsage = memoryUsageNoCache(stats);
  const memoryLimit = num(stats.memory_stats?.limit);
  const network = networkTotals(stats);
  const block = blockIoTotals(stats);
  const read = stats.read ? Date.parse(stats.read) : NaN;
  return {
    id,
    at: Number.isFinite(read) && !ZERO_TIME.test(stats.read ?? '') ? read : now,
    cpuPercent: cpuPercent(stats),
    onlineCpus: onlineCpus(stats),
    memoryUsage,
    memoryLimit,
    memoryPercent: memoryPercent(memoryUsage, memoryLimit),
    networkRx: network.rx,
    networkTx: network.tx,
    blockRead: block.read,
    blockWrite: block.write,
    pids: num(stats.pids_stats?.current),
  };
}
