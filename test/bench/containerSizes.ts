/**
 * Sizes for every container: Gantry's containers.sizes stream (one Engine list with sizes, through
 * the router) against the same raw Engine request and `docker ps -as`, round by round on the same
 * engine so their ratios mean something. The Engine walks each container's writable layer to
 * answer, so all three are bound by the Engine; the stream should add little on top.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Backend } from '../../electron/api/backend';
import type { ContainerSizesEvent } from '../../electron/shared/dto';
import { rawEngineGet } from './listLatency';

const run = promisify(execFile);

export interface SizesTimings {
  containers: number;
  rawApiMs: number[];
  cliMs: number[];
  streamMs: number[];
}

export const SIZES_ENGINE_PATH = '/containers/json?all=1&size=1';

/** Opens containers.sizes and resolves with how many sizes its 'done' event brought. */
function sizesThroughRouter(backend: Backend, streamId: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let count = -1;
    backend.router.subscribe('bench-sizes', streamId, 'containers.sizes', {}, {
      event: (event) => {
        const e = event as ContainerSizesEvent;
        if (e.kind === 'done') count = e.sizes.length;
      },
      end: (error) => (error ? reject(new Error(`containers.sizes: ${error.message}`)) : resolve(count)),
    });
  });
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

export async function measureContainerSizes(options: {
  socketPath: string;
  dockerCli: string;
  newBackend: () => Backend;
  runs: number;
}): Promise<SizesTimings> {
  const backend = options.newBackend();
  // The app is open: its list is in memory (the stream's progress counts from it).
  await backend.router.invoke('containers.list', {});
  const cli = () =>
    run(options.dockerCli, ['-H', `unix://${options.socketPath}`, 'ps', '-as'], { maxBuffer: 64 * 1024 * 1024 });
  const timings: SizesTimings = { containers: 0, rawApiMs: [], cliMs: [], streamMs: [] };
  try {
    let streamId = 0;
    // Round 0 warms all three up; each later round times them one after another.
    for (let round = 0; round <= options.runs; round++) {
      let rawCount = 0;
      const raw = await timed(async () => {
        rawCount = ((await rawEngineGet(options.socketPath, SIZES_ENGINE_PATH)) as unknown[]).length;
      });
      const cliMs = await timed(cli);
      let count = 0;
      const streamMs = await timed(async () => {
        count = await sizesThroughRouter(backend, ++streamId);
      });
      if (count !== rawCount) throw new Error(`containers.sizes brought ${count} sizes, the Engine ${rawCount}`);
      if (round === 0) continue;
      timings.containers = count;
      timings.rawApiMs.push(raw);
      timings.cliMs.push(cliMs);
      timings.streamMs.push(streamMs);
    }
  } finally {
    await backend.dispose();
  }
  return timings;
}
