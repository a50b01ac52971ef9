import { describe, expect, it } from 'vitest';
import type { ContainerLimits } from '../../electron/shared/dto';
import {
  binarySize,
  cpuWords,
  limitRows,
  memoryWords,
  pidsWords,
  restartPolicyWords,
  swapWords,
} from '../../renderer/src/features/containerPage/limits';

const NONE: ContainerLimits = {
  memoryBytes: 0,
  memorySwapBytes: 0,
  memoryReservationBytes: 0,
  nanoCpus: 0,
  cpuShares: 0,
  cpuQuota: 0,
  cpuPeriod: 0,
  restartPolicy: { name: 'no', maximumRetryCount: 0 },
};

describe('resource limits in plain words', () => {
  it('memory in binary units, as --memory takes it', () => {
    expect(memoryWords(512 * 1024 * 1024)).toBe('512MiB');
    expect(memoryWords(1.5 * 1024 ** 3)).toBe('1.5GiB');
    expect(memoryWords(6 * 1024 * 1024 + 1)).toBe('6MiB');
    expect(memoryWords(0)).toBe('unlimited');
    expect(binarySize(1000)).toBe('1000B');
    expect(binarySize(4 * 1024 ** 4)).toBe('4TiB');
  });

  it('swap: -1 unlimited, unset gives as much again as the memory', () => {
    expect(swapWords({ memoryBytes: 0, memorySwapBytes: 0 })).toBe('unlimited');
    expect(swapWords({ memoryBytes: 512 * 1024 ** 2, memorySwapBytes: -1 })).toBe('unlimited');
    expect(swapWords({ memoryBytes: 512 * 1024 ** 2, memorySwapBytes: 0 })).toBe('1GiB (default: twice the memory)');
    expect(swapWords({ memoryBytes: 512 * 1024 ** 2, memorySwapBytes: 1024 ** 3 })).toBe('1GiB memory + swap');
  });

  it('CPUs from --cpus, or from the older quota and period', () => {
    expect(cpuWords({ nanoCpus: 1.5e9, cpuQuota: 0, cpuPeriod: 0 })).toBe('1.5');
    expect(cpuWords({ nanoCpus: 2e9, cpuQuota: 0, cpuPeriod: 0 })).toBe('2');
    expect(cpuWords({ nanoCpus: 0, cpuQuota: 50_000, cpuPeriod: 100_000 })).toBe('0.5');
    expect(cpuWords({ nanoCpus: 0, cpuQuota: 150_000, cpuPeriod: 0 })).toBe('1.5');
    expect(cpuWords({ nanoCpus: 0, cpuQuota: 0, cpuPeriod: 100_000 })).toBe('unlimited');
  });

  it('processes, restart policy', () => {
    expect(pidsWords(undefined)).toBe('unlimited');
    expect(pidsWords(-1)).toBe('unlimited');
    expect(pidsWords(100)).toBe('100');
    expect(restartPolicyWords({ name: '', maximumRetryCount: 0 })).toBe('no');
    expect(restartPolicyWords({ name: 'unless-stopped', maximumRetryCount: 0 })).toBe('unless-stopped');
    expect(restartPolicyWords({ name: 'on-failure', maximumRetryCount: 3 })).toBe('on-failure (at most 3 retries)');
    expect(restartPolicyWords({ name: 'on-failure', maximumRetryCount: 1 })).toBe('on-failure (at most 1 retry)');
  });

  it('rows: unlimited everywhere for a container without limits; set ones shown, with their flags', () => {
    expect(limitRows(NONE).map((row) => `${row.label}: ${row.value}`)).toEqual([
      'Memory: unlimited',
      'Memory + swap: unlimited',
      'CPUs: unlimited',
      'CPU shares: default (1024)',
      'Processes: unlimited',
    ]);
    const rows = limitRows({
      ...NONE,
      memoryBytes: 512 * 1024 ** 2,
      memoryReservationBytes: 256 * 1024 ** 2,
      nanoCpus: 1.5e9,
      cpusetCpus: '0-1',
      pidsLimit: 64,
    });
    expect(rows.map((row) => `${row.flag}=${row.value}`)).toEqual([
      '--memory=512MiB',
      '--memory-swap=1GiB (default: twice the memory)',
      '--memory-reservation=256MiB',
      '--cpus=1.5',
      '--cpuset-cpus=0-1',
      '--cpu-shares=default (1024)',
      '--pids-limit=64',
    ]);
  });
});
