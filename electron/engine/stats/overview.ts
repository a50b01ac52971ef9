/**
 * stats.overview: every few seconds while someone is subscribed, the running containers (from the
 * scope's container mirror) each read once, a few at a time, and summed; plus the Engine host's
 * CPUs and memory from `docker info`, asked once per engine. Nothing runs between subscriptions.
 */
import type { ContainerSummary, StatsOverview } from '../../shared/dto';
import { GantryError } from '../../shared/errors';
import type { EngineConnection } from '../connection';
import { isEmptyReading, toSample, type EngineStats } from './statsMath';

export interface OverviewSources {
  engine: EngineConnection;
  containers: { list(): Promise<ContainerSummary[]> };
}

export interface OverviewOptions {
  intervalMs?: number;
  /** How many one-shot stats requests run at once (each holds an Engine connection ~1–2 s). */
  parallel?: number;
}

interface HostSize {
  cpus: number;
  memory: number;
}

/** Per engine connection: the host does not change size under a running Engine. */
const hostSizes = new WeakMap<EngineConnection, Promise<HostSize>>();

function hostSize(engine: EngineConnection): Promise<HostSize> {
  let known = hostSizes.get(engine);
  if (!known) {
    known = engine
      .call('engine info', (docker) => docker.info() as Promise<{ NCPU?: number; MemTotal?: number }>)
      .then((info) => ({ cpus: info.NCPU ?? 0, memory: info.MemTotal ?? 0 }));
    // A failure is not kept: the next round asks again.
    known.catch(() => hostSizes.delete(engine));
    hostSizes.set(engine, known);
  }
  return known;
}

export async function followOverview(
  sources: OverviewSources,
  emit: (overview: StatsOverview) => void,
  signal: AbortSignal,
  { intervalMs = 5000, parallel = 8 }: OverviewOptions = {},
): Promise<void> {
  while (!signal.aborted) {
    const startedAt = Date.now();
    const overview = await readOverview(sources, signal, parallel);
    if (signal.aborted) return;
    emit(overview);
    await sleep(Math.max(0, intervalMs - (Date.now() - startedAt)), signal);
  }
}

export async function readOverview(
  { engine, containers }: OverviewSources,
  signal: AbortSignal,
  parallel: number,
): Promise<StatsOverview> {
  const [host, all] = await Promise.all([hostSize(engine), containers.list()]);
  const running = all.filter((c) => c.state === 'running');
  let cpuPercent = 0;
  let memoryUsage = 0;
  await eachLimited(running, parallel, async (container) => {
    const reading = await readOnce(engine, container.id, signal);
    // Stopped since the list was taken: the Engine answers with an empty reading, which adds nothing.
    if (!reading || isEmptyReading(reading)) return;
    const sample = toSample(container.id, reading);
    cpuPercent += sample.cpuPercent;
    memoryUsage += sample.memoryUsage;
  });
  return {
    at: Date.now(),
    running: running.length,
    cpuPercent,
    memoryUsage,
    hostCpus: host.cpus,
    hostMemory: host.memory,
  };
}

/** One reading (the Engine waits for a second sample, so CPU % is over about a second); null if the container went away. */
async function readOnce(engine: EngineConnection, id: string, signal: AbortSignal): Promise<EngineStats | null> {
  try {
    return await engine.call(
      `container ${id}`,
      (docker) =>
        docker
          .getContainer(id)
          .stats({ stream: false, abortSignal: signal } as { stream: false }) as Promise<EngineStats>,
    );
  } catch (error) {
    if (signal.aborted) return null;
    if (error instanceof GantryError && (error.code === 'NOT_FOUND' || error.code === 'CONFLICT')) return null;
    throw error;
  }
}

async function eachLimited<T>(items: T[], limit: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await run(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
