/** Live resource use of containers (issue 9), as `docker stats` computes it. Read in electron/engine/stats/. */

/** One sample of one container. Counters are cumulative since the container started; rates are the renderer's (two samples). */
export interface ContainerStatsSample {
  /** The container's full ID. */
  id: string;
  /** When the Engine read it (epoch ms). */
  at: number;
  /** As the docker CLI computes it: cpu_delta / system_delta × online CPUs × 100 (so 200% = two CPUs busy). */
  cpuPercent: number;
  onlineCpus: number;
  /** Memory used minus the page cache (cgroup v1 total_inactive_file / v2 inactive_file), as `docker stats`. */
  memoryUsage: number;
  /** The container's limit, or the host's memory when it has none. */
  memoryLimit: number;
  memoryPercent: number;
  /** Bytes, summed over the container's networks. */
  networkRx: number;
  networkTx: number;
  /** Bytes read and written by block I/O. */
  blockRead: number;
  blockWrite: number;
  pids: number;
}

export type ContainerStatsEvent =
  | { kind: 'samples'; samples: ContainerStatsSample[] }
  /** A container of the set stopped or went away: no more samples for it. */
  | { kind: 'gone'; id: string };

/** The running containers' total use, against the host the Engine runs on. */
export interface StatsOverview {
  at: number;
  running: number;
  /** Summed over the running containers; 100% = one CPU of the host. */
  cpuPercent: number;
  memoryUsage: number;
  /** The Engine host's CPUs and memory (docker info NCPU, MemTotal). */
  hostCpus: number;
  hostMemory: number;
}
