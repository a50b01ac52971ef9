/**
 * List latency below the UI: the raw Engine API on the socket, the docker CLI, and Gantry's router
 * in Node, measured back to back on the same engine so their ratios mean something.
 */
import { execFile } from 'node:child_process';
import http from 'node:http';
import { promisify } from 'node:util';
import type { Backend } from '../../electron/api/backend';
import type { EngineEvent } from '../../electron/shared/dto';
import { median, timeRuns } from './stats';

const run = promisify(execFile);

/** One GET on the Engine socket, body read and parsed: what any client pays at the least. */
export function rawEngineGet(socketPath: string, path: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = http.get({ socketPath, path, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

export interface ListTimings {
  rawApiMs: number[];
  cliMs: number[];
  /** The router answering from the backend's mirror (the app is open). */
  routerMs: number[];
  /** A new backend's first list: the mirror is empty, so the Engine is asked. */
  routerFirstMs: number[];
}

export const LISTS = {
  containers: { enginePath: '/containers/json?all=1', cli: ['ps', '-a'], channel: 'containers.list' },
  images: { enginePath: '/images/json', cli: ['images'], channel: 'images.list' },
} as const;

export async function measureList(
  list: keyof typeof LISTS,
  options: { socketPath: string; dockerCli: string; newBackend: () => Backend; runs: number },
): Promise<ListTimings> {
  const spec = LISTS[list];
  const rawApiMs = await timeRuns(options.runs, () => rawEngineGet(options.socketPath, spec.enginePath));
  const cliMs = await timeRuns(options.runs, () =>
    run(options.dockerCli, ['-H', `unix://${options.socketPath}`, ...spec.cli], { maxBuffer: 64 * 1024 * 1024 }),
  );
  const invoke = async (backend: Backend) => {
    const answer = await backend.router.invoke(spec.channel, {});
    if (!answer.ok) throw new Error(`${spec.channel}: ${answer.error.message}`);
  };
  const routerFirstMs: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    const backend = options.newBackend();
    await backend.router.invoke('engine.status', {}); // finding the Engine is not the list's cost
    const started = performance.now();
    await invoke(backend);
    routerFirstMs.push(performance.now() - started);
    await backend.dispose();
  }
  const warm = options.newBackend();
  await openEventStream(warm); // as a page does; the warm-up run below then waits for the mirror
  const routerMs = await timeRuns(options.runs, () => invoke(warm));
  await warm.dispose();
  return { rawApiMs, cliMs, routerMs, routerFirstMs };
}

/** Subscribes to 'engine.events' as a page does, and waits until the stream says it is connected. */
export function openEventStream(backend: Backend): Promise<void> {
  return new Promise((resolve) => {
    backend.router.subscribe('bench', 1, 'engine.events', {}, {
      event: (event) => {
        if ((event as EngineEvent).kind === 'engine') resolve();
      },
      end: () => {},
    });
  });
}

export const summary = (timings: number[]) => ({ medianMs: median(timings), runs: timings.length });
