/**
 * Logs bench, below the UI (through the backend's router, as both transports call it):
 *  - follow a container printing as fast as it can: lines per second reaching our `logs.follow`
 *    emit vs lines per second a bare dockerode follow of the same container receives, both
 *    following at the same time in the same process (target ≥ 0.9);
 *  - a container holding 1,000,000 lines (smoke: 20,000): time until the last 1,000 are received
 *    (target < 1 s), with the bare dockerode request for the same tail beside it.
 *
 *   npx tsx test/bench/logs.ts [--smoke]     (needs GANTRY_TEST_DOCKER_HOST: run-all.sh's engine)
 *
 * Figures only; writes bench/logs.json (smoke: test-results/bench-smoke/logs.json).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import Docker from 'dockerode';
import { createBackend, type Backend } from '../../electron/api/backend';
import type { LogStreamEvent } from '../../electron/shared/dto';
import { SEED, testEnv } from '../support/fixtures';
import { median, round } from './stats';

/** What this bench writes to logs.json (report.ts reads it). */
export interface LogsResults {
  follow: { seconds: number; oursLinesPerSecond: number[]; bareLinesPerSecond: number[]; ratio: number };
  tail: { storedLines: number; tailLines: number; oursMs: number[]; bareMs: number[] };
}

const smoke = process.argv.includes('--smoke');
const SIZE = smoke
  ? { followSeconds: 2, followRuns: 2, storedLines: 20_000, tailRuns: 3 }
  : { followSeconds: 10, followRuns: 3, storedLines: 1_000_000, tailRuns: 5 };
const TAIL = 1000;
const FAST = 'gt-bench-logs-fast';
const STORED = 'gt-bench-logs-stored';
const dockerHost = testEnv('dockerHost');
const docker = new Docker({ socketPath: dockerHost.replace(/^unix:\/\//, '') });
const repoRoot = path.resolve(import.meta.dirname, '../..');
const outDir = smoke ? path.join(repoRoot, 'test-results/bench-smoke') : path.join(repoRoot, 'bench');
const log = (message: string) => console.log(`[bench:logs] ${message}`);
let subscriptions = 0;

async function runContainer(name: string, script: string): Promise<Docker.Container> {
  await docker
    .getContainer(name)
    .remove({ force: true })
    .catch(() => undefined);
  const container = await docker.createContainer({
    name,
    Image: SEED.images.busybox,
    Cmd: ['sh', '-c', script],
    // The fast printer writes tens of MB a second: keep the json-file small.
    HostConfig: { LogConfig: { Type: 'json-file', Config: { 'max-size': '64m', 'max-file': '2' } } },
  });
  await container.start();
  return container;
}

/** Counts newline bytes written to it. */
function lineCounter(): { sink: Writable; lines: () => number } {
  let lines = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, at + 1)) lines++;
      done();
    },
  });
  return { sink, lines: () => lines };
}

/** A bare dockerode follow (same request as ours: both streams, timestamps, from now) for `seconds`. */
async function bareFollowRate(container: Docker.Container, seconds: number): Promise<number> {
  const stream = (await container.logs({
    follow: true,
    stdout: true,
    stderr: true,
    timestamps: true,
    tail: 0,
  })) as unknown as NodeJS.ReadableStream & { destroy(): void };
  const counter = lineCounter();
  docker.modem.demuxStream(stream, counter.sink, counter.sink);
  await sleep(seconds * 1000);
  stream.destroy();
  return counter.lines() / seconds;
}

/** Our logs.follow through the router for `seconds`: lines that reached its emit. */
async function oursFollowRate(backend: Backend, seconds: number): Promise<number> {
  const id = ++subscriptions;
  let lines = 0;
  backend.router.subscribe('bench', id, 'logs.follow', { id: FAST, tail: 0 }, {
    event: (data) => {
      const event = data as LogStreamEvent;
      if (event.kind === 'lines') lines += event.lines.length;
    },
    end: () => undefined,
  });
  await sleep(seconds * 1000);
  backend.router.unsubscribe('bench', id);
  return lines / seconds;
}

/** Time until the last TAIL lines of the stored container are all received, through the router. */
function oursTailMs(backend: Backend): Promise<number> {
  const id = ++subscriptions;
  const start = performance.now();
  let lines = 0;
  return new Promise((resolve, reject) => {
    backend.router.subscribe('bench', id, 'logs.follow', { id: STORED, tail: TAIL, follow: false }, {
      event: (data) => {
        const event = data as LogStreamEvent;
        if (event.kind === 'lines') lines += event.lines.length;
      },
      end: (error) => {
        if (error) reject(new Error(`logs.follow failed: ${error.message}`));
        else if (lines !== TAIL) reject(new Error(`expected ${TAIL} lines, got ${lines}`));
        else resolve(performance.now() - start);
      },
    });
  });
}

async function bareTailMs(container: Docker.Container): Promise<number> {
  const start = performance.now();
  await container.logs({ follow: false, stdout: true, stderr: true, timestamps: true, tail: TAIL });
  return performance.now() - start;
}

async function main(): Promise<void> {
  const backend = createBackend({ DOCKER_HOST: dockerHost });
  try {
    log(`follow: a printer as fast as it can, ${SIZE.followRuns} × ${SIZE.followSeconds} s side by side`);
    const fast = await runContainer(FAST, 'trap "exit 0" TERM; yes "a log line of a fairly usual length, 0123456789" & wait');
    await sleep(500);
    const bare: number[] = [];
    const ours: number[] = [];
    // Side by side, so both see the same lines: the printer's rate varies too much from run to run.
    for (let run = 0; run < SIZE.followRuns; run++) {
      const [b, o] = await Promise.all([
        bareFollowRate(fast, SIZE.followSeconds),
        oursFollowRate(backend, SIZE.followSeconds),
      ]);
      bare.push(b);
      ours.push(o);
    }
    await fast.remove({ force: true });

    log(`tail: the last ${TAIL} of ${SIZE.storedLines} stored lines`);
    const stored = await runContainer(STORED, `seq 1 ${SIZE.storedLines}`);
    await stored.wait();
    const oursMs: number[] = [];
    const bareMs: number[] = [];
    await oursTailMs(backend); // warm-up: the first request also detects the engine
    for (let run = 0; run < SIZE.tailRuns; run++) {
      bareMs.push(await bareTailMs(stored));
      oursMs.push(await oursTailMs(backend));
    }
    await stored.remove({ force: true });

    const results: LogsResults = {
      follow: {
        seconds: SIZE.followSeconds,
        oursLinesPerSecond: ours.map((v) => Math.round(v)),
        bareLinesPerSecond: bare.map((v) => Math.round(v)),
        ratio: round(median(ours) / median(bare), 2),
      },
      tail: { storedLines: SIZE.storedLines, tailLines: TAIL, oursMs: oursMs.map((v) => round(v)), bareMs: bareMs.map((v) => round(v)) },
    };
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'logs.json'), `${JSON.stringify(results, null, 2)}\n`);
    log(JSON.stringify(results));
  } finally {
    await backend.dispose();
  }
}

main().catch((error: unknown) => {
  console.error('[bench:logs] failed:', error);
  process.exit(1);
});
