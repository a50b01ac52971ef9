/**
 * List latency below the UI: the raw Engine API on the socket, the docker CLI, and Gantry's router
 * in Node, measured back to back on the same engine so their ratios mean something.
 */
import { execFile } from 'node:child_process';
import http from 'node:http';
import { promisify } from 'node:util';
import type { Backend } from '../../electron/api/backend';
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
  routerMs: number[];
}

export const LISTS = {
  containers: { enginePath: '/containers/json?all=1', cli: ['ps', '-a'], channel: 'containers.list' },
  images: { enginePath: '/images/json', cli: ['images'], channel: 'images.list' },
} as const;

export async function measureList(
  list: keyof typeof LISTS,
  options: { socketPath: string; dockerCli: string; backend: Backend; runs: number },
): Promise<ListTimings> {
  const spec = LISTS[list];
  const rawApiMs = await timeRuns(options.runs, () => rawEngineGet(options.socketPath, spec.enginePath));
  const cliMs = await timeRuns(options.runs, () =>
    run(options.dockerCli, ['-H', `unix://${options.socketPath}`, ...spec.cli], { maxBuffer: 64 * 1024 * 1024 }),
  );
  const routerMs = await timeRuns(options.runs, async () => {
    const answer = await options.backend.router.invoke(spec.channel, {});
    if (!answer.ok) throw new Error(`${spec.channel}: ${answer.error.message}`);
  });
  return { rawApiMs, cliMs, routerMs };
}

export const summary = (timings: number[]) => ({ medianMs: median(timings), runs: timings.length });
