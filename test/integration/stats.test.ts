/**
 * Live stats through the router on the private engine: stats.follow (one Engine stream per
 * container, samples batched, 'gone' when a container stops, every connection closed with the
 * subscription) and stats.overview. The backend talks to the Engine through a proxy that counts
 * open connections. The test makes its own gt-stats-* containers and removes them afterwards.
 */
import { mkdtempSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type Docker from 'dockerode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/api/backend';
import type { InputOf } from '../../electron/shared/contract';
import type { ContainerStatsEvent, ContainerStatsSample, StatsOverview } from '../../electron/shared/dto';
import type { ApiError } from '../../electron/shared/errors';
import { startRequestCounter, type RequestCounter } from '../support/requestCounter';
import { SEED, testEnv } from '../support/fixtures';
import { rawDocker, testDockerHost } from '../support/testEngine';

const docker = rawDocker();
const MiB = 1024 * 1024;
const BUSY = { name: 'gt-stats-busy', memory: 64 * MiB, cmd: 'while :; do :; done' };
const IDLE = { name: 'gt-stats-idle', memory: 48 * MiB, cmd: 'sleep 100000' };
const STOPPER = { name: 'gt-stats-stopper', memory: 32 * MiB, cmd: 'sleep 100000' };
const EXITED = 'gt-stats-exited';
const ALL = [BUSY.name, IDLE.name, STOPPER.name, EXITED];
const STATS_PATH = /^\/containers\/[^/]+\/stats$/;
/** What an open stats stream's request line contains (openConnections matches by substring). */
const STATS_REQUEST = '/stats?';

let counter: RequestCounter;
let backend: Backend;
const ids = new Map<string, string>();

/**
 * The test machine is shared: in the Engine's default cgroup (/docker, shared by every engine on
 * the host) a busy loop competes as one CPU share against every other process, and under load it
 * measures far below one CPU. With the cgroupfs driver the busy container gets a top-level cgroup
 * of its own with the highest CPU weight, so the test measures our arithmetic, not the neighbours.
 */
async function ownCpuShare(): Promise<Docker.HostConfig> {
  const info = (await docker.info()) as { CgroupDriver?: string };
  return info.CgroupDriver === 'cgroupfs' ? { CgroupParent: '/', CpuShares: 262_144 } : {};
}

/** A busybox container running `cmd` under sh, which stops at once on TERM. */
async function run(
  { name, memory, cmd }: { name: string; memory: number; cmd: string },
  hostConfig: Docker.HostConfig = {},
): Promise<Docker.Container> {
  const container = await docker.createContainer({
    name,
    Image: SEED.images.busybox,
    Cmd: ['sh', '-c', `trap "exit 0" TERM; ${cmd} & wait`],
    HostConfig: { Memory: memory, ...hostConfig },
  });
  await container.start();
  ids.set(name, container.id);
  return container;
}

async function removeOurs(): Promise<void> {
  await Promise.all(
    ALL.map((name) =>
      docker
        .getContainer(name)
        .remove({ force: true })
        .catch(() => undefined),
    ),
  );
}

beforeAll(async () => {
  await removeOurs();
  await Promise.all([run(BUSY, await ownCpuShare()), run(IDLE), run(STOPPER)]);
  const exited = await docker.createContainer({ name: EXITED, Image: SEED.images.busybox, Cmd: ['true'] });
  ids.set(EXITED, exited.id);
  const dir = mkdtempSync(path.join(testEnv('tmp'), 'stats'));
  counter = await startRequestCounter(testDockerHost().replace(/^unix:\/\//, ''), path.join(dir, 'engine.sock'));
  backend = createBackend({ DOCKER_HOST: `unix://${counter.socketPath}` });
}, 60_000);

afterAll(async () => {
  await backend?.dispose();
  await counter?.close();
  await removeOurs();
});

interface Subscription<E> {
  events: E[];
  ended: Promise<ApiError | undefined>;
  close(): void;
}

let nextStream = 1;
function subscribe<E>(
  channel: 'stats.follow' | 'stats.overview',
  input: InputOf<typeof channel> | object,
): Subscription<E> {
  const events: E[] = [];
  const streamId = nextStream++;
  let end!: (error: ApiError | undefined) => void;
  const ended = new Promise<ApiError | undefined>((resolve) => (end = resolve));
  backend.router.subscribe('stats-test', streamId, channel, input, {
    event: (data) => events.push(data as E),
    end: (error) => end(error),
  });
  return { events, ended, close: () => backend.router.unsubscribe('stats-test', streamId) };
}

async function until(what: string, check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

const samplesOf = (events: ContainerStatsEvent[], id: string): ContainerStatsSample[] =>
  events.flatMap((e) => (e.kind === 'samples' ? e.samples.filter((s) => s.id === id) : []));

describe('stats.follow', () => {
  it('CPU of a busy loop is over 50% and of a sleeper under 5%; memory, limit and pids as the Engine has them', async () => {
    const busy = ids.get(BUSY.name)!;
    const idle = ids.get(IDLE.name)!;
    const stream = subscribe<ContainerStatsEvent>('stats.follow', { ids: [BUSY.name, idle] });
    try {
      // The first reading of an Engine stream has no previous one to compare with: skip it, average 4 more.
      await until(
        '5 samples of each',
        () => samplesOf(stream.events, busy).length >= 5 && samplesOf(stream.events, idle).length >= 5,
        30_000,
      );
      const mean = (samples: ContainerStatsSample[]) =>
        samples.slice(1, 5).reduce((sum, s) => sum + s.cpuPercent, 0) / 4;
      expect(mean(samplesOf(stream.events, busy))).toBeGreaterThan(50);
      expect(mean(samplesOf(stream.events, idle))).toBeLessThan(5);

      for (const [id, memory] of [
        [busy, BUSY.memory],
        [idle, IDLE.memory],
      ] as const) {
        const last = samplesOf(stream.events, id).at(-1)!;
        expect(last.memoryUsage).toBeGreaterThan(0);
        expect(last.memoryLimit).toBe(memory);
        expect(last.memoryPercent).toBeCloseTo((last.memoryUsage / memory) * 100, 6);
        expect(last.pids).toBeGreaterThanOrEqual(1);
        expect(last.onlineCpus).toBeGreaterThanOrEqual(1);
      }
      // Both containers' samples travel together, at most once a second.
      const batches = stream.events.filter((e) => e.kind === 'samples');
      expect(batches.some((b) => b.samples.length === 2)).toBe(true);
      expect(stream.events.some((e) => e.kind === 'gone')).toBe(false);
    } finally {
      stream.close();
    }
  }, 60_000);

  it('batches arrive at most once a second', async () => {
    const stream = subscribe<ContainerStatsEvent>('stats.follow', { ids: [BUSY.name, IDLE.name] });
    const arrivals: number[] = [];
    let seen = 0;
    try {
      await until('6 batches', () => {
        while (seen < stream.events.length) {
          if (stream.events[seen++]!.kind === 'samples') arrivals.push(Date.now());
        }
        return arrivals.length >= 6;
      });
      // Timers may fire a few ms early relative to Date.now() sampling in this loop.
      for (let i = 1; i < arrivals.length; i++) expect(arrivals[i]! - arrivals[i - 1]!).toBeGreaterThanOrEqual(900);
    } finally {
      stream.close();
    }
  }, 30_000);

  it('a container that stops while followed is announced gone and its Engine stream closed', async () => {
    const stopper = ids.get(STOPPER.name)!;
    await until(
      'no stats connections left from earlier tests',
      () => counter.openConnections(STATS_REQUEST) === 0,
      5000,
    );
    const stream = subscribe<ContainerStatsEvent>('stats.follow', { ids: [stopper, IDLE.name] });
    try {
      await until('a sample of the stopper', () => samplesOf(stream.events, stopper).length > 0);
      expect(counter.openConnections(STATS_REQUEST)).toBe(2);
      await docker.getContainer(stopper).stop({ t: 5 });
      await until('gone', () => stream.events.some((e) => e.kind === 'gone' && e.id === stopper));
      const goneAt = stream.events.findIndex((e) => e.kind === 'gone');
      // Nothing more about it after it is gone; the other container goes on.
      expect(samplesOf(stream.events.slice(goneAt + 1), stopper)).toEqual([]);
      await until('its connection closed', () => counter.openConnections(STATS_REQUEST) === 1, 5000);
      const idleSamples = samplesOf(stream.events, ids.get(IDLE.name)!).length;
      await until(
        'the idle one still followed',
        () => samplesOf(stream.events, ids.get(IDLE.name)!).length > idleSamples,
      );
    } finally {
      stream.close();
    }
  }, 40_000);

  it('a stopped or unknown container is gone at once, with no Engine stream', async () => {
    const exited = ids.get(EXITED)!;
    const before = counter.requests().filter((p) => STATS_PATH.test(p)).length;
    const stream = subscribe<ContainerStatsEvent>('stats.follow', { ids: [EXITED, 'gt-stats-never-made'] });
    try {
      await until('both gone', () => stream.events.filter((e) => e.kind === 'gone').length === 2, 10_000);
      expect(stream.events).toEqual(
        expect.arrayContaining([
          { kind: 'gone', id: exited },
          { kind: 'gone', id: 'gt-stats-never-made' },
        ]),
      );
      // Nothing left to follow: the stream ends by itself, without error.
      expect(await stream.ended).toBeUndefined();
      expect(counter.requests().filter((p) => STATS_PATH.test(p)).length).toBe(before);
    } finally {
      stream.close();
    }
  }, 20_000);

  it('closing the subscription closes every Engine connection it opened', async () => {
    await until(
      'no stats connections left from earlier tests',
      () => counter.openConnections(STATS_REQUEST) === 0,
      5000,
    );
    const stream = subscribe<ContainerStatsEvent>('stats.follow', { ids: [BUSY.name, IDLE.name] });
    await until('samples of both', () => stream.events.some((e) => e.kind === 'samples' && e.samples.length === 2));
    expect(counter.openConnections(STATS_REQUEST)).toBe(2);
    stream.close();
    expect(await stream.ended).toBeUndefined();
    await until('connections closed', () => counter.openConnections(STATS_REQUEST) === 0, 5000);
    expect(backend.router.openStreams()).toBe(0);
  }, 30_000);

  it.each([
    ['no ids', { ids: [] }],
    ['101 ids', { ids: Array.from({ length: 101 }, (_, i) => `gt-stats-${i}`) }],
    ['a malformed id', { ids: ['../etc/passwd'] }],
    ['an unknown field', { ids: ['gt-stats-busy'], interval: 1 }],
  ])('%s is refused as BAD_INPUT before any Engine request', async (_label, input) => {
    const before = counter.requests().length;
    const stream = subscribe<ContainerStatsEvent>('stats.follow', input);
    const error = await stream.ended;
    expect(error?.code).toBe('BAD_INPUT');
    expect(error?.message).toContain('stats.follow');
    expect(stream.events).toEqual([]);
    expect(counter.requests().length).toBe(before);
  });
});

describe('stats.overview', () => {
  it("counts the Engine's running containers and sums their CPU (at least the busy loop's)", async () => {
    const stream = subscribe<StatsOverview>('stats.overview', {});
    try {
      await until('an overview', () => stream.events.length > 0, 30_000);
      const [overview] = stream.events;
      const running = await docker.listContainers({ filters: { status: ['running'] } });
      expect(overview!.running).toBe(running.length);
      const info = (await docker.info()) as { NCPU: number; MemTotal: number };
      expect(overview!.hostCpus).toBe(info.NCPU);
      expect(overview!.hostMemory).toBe(info.MemTotal);
      // The busy loop alone is over 50% (test above); the sum cannot be less.
      expect(overview!.cpuPercent).toBeGreaterThan(50);
      expect(overview!.memoryUsage).toBeGreaterThan(0);
      await until('a second overview', () => stream.events.length > 1, 15_000);
      expect(stream.events[1]!.at - overview!.at).toBeGreaterThanOrEqual(4000);
    } finally {
      stream.close();
    }
  }, 60_000);

  it('asks the Engine nothing once no one is subscribed', async () => {
    const stream = subscribe<StatsOverview>('stats.overview', {});
    await until('an overview', () => stream.events.length > 0, 30_000);
    stream.close();
    await stream.ended;
    await until('connections closed', () => counter.openConnections(STATS_REQUEST) === 0, 5000);
    const before = counter.requests().filter((p) => STATS_PATH.test(p)).length;
    await sleep(6000);
    expect(counter.requests().filter((p) => STATS_PATH.test(p)).length).toBe(before);
  }, 60_000);
});
