/**
 * The docker CLI's stats arithmetic on recorded-shape Engine readings (cgroup v1 and v2), with the
 * expected values worked out by hand, plus the CLI's own test cases (stats_helpers_test.go).
 */
import { describe, expect, it } from 'vitest';
import {
  blockIoTotals,
  cpuPercent,
  isEmptyReading,
  memoryPercent,
  memoryUsageNoCache,
  networkTotals,
  onlineCpus,
  toSample,
  type EngineStats,
} from '../../electron/engine/stats/statsMath';

const MiB = 1024 * 1024;

/** A cgroup v2 reading (Engine 24, Linux 6.x): inactive_file, io_service_bytes with lowercase ops. */
const cgroupV2: EngineStats = {
  id: 'a'.repeat(64),
  read: '2026-12-01T10:00:02.000000000Z',
  pids_stats: { current: 3 },
  blkio_stats: {
    io_service_bytes_recursive: [
      { op: 'read', value: 4096 * 10 },
      { op: 'write', value: 4096 * 3 },
    ],
  },
  cpu_stats: { cpu_usage: { total_usage: 2_500_000_000 }, system_cpu_usage: 400_000_000_000, online_cpus: 2 },
  precpu_stats: { cpu_usage: { total_usage: 1_500_000_000 }, system_cpu_usage: 398_000_000_000, online_cpus: 2 },
  memory_stats: {
    usage: 10 * MiB,
    limit: 256 * MiB,
    stats: { anon: 7 * MiB, file: 3 * MiB, active_file: 1 * MiB, inactive_file: 2 * MiB },
  },
  networks: { eth0: { rx_bytes: 1000, tx_bytes: 200 }, eth1: { rx_bytes: 24, tx_bytes: 6 } },
};

/** A cgroup v1 reading (older Engine): total_inactive_file and cache, percpu_usage, capitalised ops, no online_cpus. */
const cgroupV1: EngineStats = {
  read: '2026-12-01T10:00:05.5Z',
  pids_stats: { current: 12 },
  blkio_stats: {
    io_service_bytes_recursive: [
      { op: 'Read', value: 1_000_000 },
      { op: 'Write', value: 250_000 },
      { op: 'Sync', value: 1_250_000 },
      { op: 'Async', value: 0 },
      { op: 'Total', value: 1_250_000 },
    ],
  },
  cpu_stats: {
    cpu_usage: { total_usage: 9_500_000_000, percpu_usage: [1, 2, 3, 4] },
    system_cpu_usage: 1_004_000_000_000,
  },
  precpu_stats: { cpu_usage: { total_usage: 9_000_000_000 }, system_cpu_usage: 1_000_000_000_000 },
  memory_stats: {
    usage: 50 * MiB,
    limit: 100 * MiB,
    stats: { cache: 20 * MiB, total_inactive_file: 10 * MiB, inactive_file: 10 * MiB, rss: 30 * MiB },
  },
  networks: { eth0: { rx_bytes: 5_000, tx_bytes: 7_000 } },
};

describe('cpuPercent', () => {
  it('cgroup v2: 1 s of CPU over 2 s of system time on 2 CPUs is 100%', () => {
    expect(onlineCpus(cgroupV2)).toBe(2);
    expect(cpuPercent(cgroupV2)).toBeCloseTo(100, 9);
  });

  it('cgroup v1 without online_cpus counts percpu_usage: 0.5 s over 4 s on 4 CPUs is 50%', () => {
    expect(onlineCpus(cgroupV1)).toBe(4);
    expect(cpuPercent(cgroupV1)).toBeCloseTo(50, 9);
  });

  it('is 0 when either delta is zero or negative (first reading of a stream, counters reset)', () => {
    const same = { ...cgroupV2, precpu_stats: cgroupV2.cpu_stats };
    expect(cpuPercent(same)).toBe(0);
    const noSystem = { ...cgroupV2, precpu_stats: { ...cgroupV2.precpu_stats, system_cpu_usage: 400_000_000_000 } };
    expect(cpuPercent(noSystem)).toBe(0);
    const backwards = { ...cgroupV2, precpu_stats: { cpu_usage: { total_usage: 3_000_000_000 }, system_cpu_usage: 1 } };
    expect(cpuPercent(backwards)).toBe(0);
  });
});

describe('memoryUsageNoCache', () => {
  it('cgroup v2: usage minus inactive_file', () => {
    expect(memoryUsageNoCache(cgroupV2)).toBe(8 * MiB);
    expect(memoryPercent(8 * MiB, 256 * MiB)).toBeCloseTo(3.125, 9);
  });

  it('cgroup v1: usage minus total_inactive_file, not minus cache', () => {
    expect(memoryUsageNoCache(cgroupV1)).toBe(40 * MiB);
    expect(memoryPercent(40 * MiB, 100 * MiB)).toBeCloseTo(40, 9);
  });

  it("the CLI's cases: 500 used, 400 inactive is 100; 70 of 100 is 70%; no limit is 0%", () => {
    expect(memoryUsageNoCache({ memory_stats: { usage: 500, stats: { total_inactive_file: 400 } } })).toBe(100);
    expect(memoryPercent(70, 100)).toBeCloseTo(70, 9);
    expect(memoryPercent(70, 0)).toBe(0);
  });

  it('an inactive count not below usage is ignored (v1 falls through to v2, then to plain usage)', () => {
    expect(memoryUsageNoCache({ memory_stats: { usage: 500, stats: { total_inactive_file: 600 } } })).toBe(500);
    expect(
      memoryUsageNoCache({ memory_stats: { usage: 500, stats: { total_inactive_file: 600, inactive_file: 100 } } }),
    ).toBe(400);
    expect(memoryUsageNoCache({ memory_stats: { usage: 500, stats: { inactive_file: 500 } } })).toBe(500);
  });
});

describe('block I/O and network', () => {
  it("the CLI's case: read/Read and write/Write summed, an empty op skipped", () => {
    const totals = blockIoTotals({
      blkio_stats: {
        io_service_bytes_recursive: [
          { op: 'read', value: 1234 },
          { op: 'read', value: 4567 },
          { op: 'Read', value: 6 },
          { op: 'Read', value: 8 },
          { op: 'write', value: 123 },
          { op: 'write', value: 456 },
          { op: 'Write', value: 6 },
          { op: 'Write', value: 8 },
          { op: '', value: 456 },
        ],
      },
    });
    expect(totals).toEqual({ read: 5815, write: 593 });
  });

  it('both spellings from real readings; Sync/Async/Total are not counted', () => {
    expect(blockIoTotals(cgroupV2)).toEqual({ read: 40960, write: 12288 });
    expect(blockIoTotals(cgroupV1)).toEqual({ read: 1_000_000, write: 250_000 });
    // Engines send null for a container with no block devices.
    expect(blockIoTotals({ blkio_stats: { io_service_bytes_recursive: null } })).toEqual({ read: 0, write: 0 });
  });

  it('network bytes are summed over every network', () => {
    expect(networkTotals(cgroupV2)).toEqual({ rx: 1024, tx: 206 });
    expect(networkTotals(cgroupV1)).toEqual({ rx: 5000, tx: 7000 });
    expect(networkTotals({})).toEqual({ rx: 0, tx: 0 });
  });
});

describe('toSample', () => {
  it('gathers every figure of a reading', () => {
    expect(toSample('c1', cgroupV2)).toEqual({
      id: 'c1',
      at: Date.parse('2026-12-01T10:00:02Z'),
      cpuPercent: 100,
      onlineCpus: 2,
      memoryUsage: 8 * MiB,
      memoryLimit: 256 * MiB,
      memoryPercent: 3.125,
      networkRx: 1024,
      networkTx: 206,
      blockRead: 40960,
      blockWrite: 12288,
      pids: 3,
    });
  });

  it('missing fields read as 0, never NaN', () => {
    const sample = toSample('c2', {}, 1234);
    expect(sample).toEqual({
      id: 'c2',
      at: 1234,
      cpuPercent: 0,
      onlineCpus: 0,
      memoryUsage: 0,
      memoryLimit: 0,
      memoryPercent: 0,
      networkRx: 0,
      networkTx: 0,
      blockRead: 0,
      blockWrite: 0,
      pids: 0,
    });
    const partial = toSample(
      'c3',
      { cpu_stats: { cpu_usage: {} }, memory_stats: { stats: {} }, networks: { eth0: {} } },
      1,
    );
    for (const value of Object.values(partial)) if (typeof value === 'number') expect(Number.isNaN(value)).toBe(false);
  });

  it("a stopped container's reading (the Engine's zero time, no CPU counters) is empty", () => {
    expect(
      isEmptyReading({ id: 'x', read: '0001-01-01T00:00:00Z', preread: '0001-01-01T00:00:00Z' } as EngineStats),
    ).toBe(true);
    expect(isEmptyReading({})).toBe(true);
    expect(isEmptyReading(cgroupV2)).toBe(false);
  });
});
