/**
 * A container's resource limits and restart policy in plain words ("512MiB", "1.5 CPUs",
 * "unlimited"), as `docker run` flags take them. Pure: test/unit/container-page-limits.test.ts.
 */
import type { ContainerLimits } from '../../../../electron/shared/dto';

const BINARY_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'] as const;

/** 536870912 → "512MiB", 1610612736 → "1.5GiB" (binary units, as `--memory 512m` means). */
export function binarySize(bytes: number): string {
  let size = bytes;
  let unit = 0;
  while (size >= 1024 && unit < BINARY_UNITS.length - 1) {
    size /= 1024;
    unit++;
  }
  const text = Number.isInteger(size) ? String(size) : String(Number(size.toFixed(2)));
  return `${text}${BINARY_UNITS[unit]}`;
}

export function memoryWords(bytes: number): string {
  return bytes > 0 ? binarySize(bytes) : 'unlimited';
}

/** MemorySwap is memory plus swap: -1 unlimited; 0 (unset) gives as much swap as memory. */
export function swapWords(limits: Pick<ContainerLimits, 'memoryBytes' | 'memorySwapBytes'>): string {
  if (limits.memorySwapBytes < 0) return 'unlimited';
  if (limits.memorySwapBytes === 0) {
    return limits.memoryBytes > 0 ? `${binarySize(limits.memoryBytes * 2)} (default: twice the memory)` : 'unlimited';
  }
  return `${binarySize(limits.memorySwapBytes)} memory + swap`;
}

/** `--cpus` (NanoCpus), or the older quota / period pair; "unlimited" when neither is set. */
export function cpuWords(limits: Pick<ContainerLimits, 'nanoCpus' | 'cpuQuota' | 'cpuPeriod'>): string {
  let cpus = 0;
  if (limits.nanoCpus > 0) cpus = limits.nanoCpus / 1e9;
  else if (limits.cpuQuota > 0) cpus = limits.cpuQuota / (limits.cpuPeriod > 0 ? limits.cpuPeriod : 100_000);
  if (cpus <= 0) return 'unlimited';
  return String(Number(cpus.toFixed(3)));
}

export function pidsWords(pidsLimit: number | undefined): string {
  return pidsLimit !== undefined && pidsLimit > 0 ? String(pidsLimit) : 'unlimited';
}

export function sharesWords(shares: number): string {
  return shares > 0 ? String(shares) : 'default (1024)';
}

/** "no", "always", "unless-stopped", "on-failure (at most 3 retries)". */
export function restartPolicyWords(policy: ContainerLimits['restartPolicy']): string {
  const name = policy.name || 'no';
  if (name === 'on-failure' && policy.maximumRetryCount > 0) {
    return `on-failure (at most ${policy.maximumRetryCount} ${policy.maximumRetryCount === 1 ? 'retry' : 'retries'})`;
  }
  return name;
}

export interface LimitRow {
  label: string;
  value: string;
  /** The `docker run` flag that sets it, for people who know the CLI. */
  flag: string;
}

export function limitRows(limits: ContainerLimits): LimitRow[] {
  const rows: LimitRow[] = [
    { label: 'Memory', value: memoryWords(limits.memoryBytes), flag: '--memory' },
    { label: 'Memory + swap', value: swapWords(limits), flag: '--memory-swap' },
  ];
  if (limits.memoryReservationBytes > 0) {
    rows.push({
      label: 'Memory reservation',
      value: binarySize(limits.memoryReservationBytes),
      flag: '--memory-reservation',
    });
  }
  rows.push({ label: 'CPUs', value: cpuWords(limits), flag: '--cpus' });
  if (limits.cpusetCpus) rows.push({ label: 'CPU set', value: limits.cpusetCpus, flag: '--cpuset-cpus' });
  rows.push(
    { label: 'CPU shares', value: sharesWords(limits.cpuShares), flag: '--cpu-shares' },
    { label: 'Processes', value: pidsWords(limits.pidsLimit), flag: '--pids-limit' },
  );
  return rows;
}
