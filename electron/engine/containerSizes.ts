/**
 * Container sizes: the writable layer (SizeRw) and the whole filesystem (SizeRootFs). The Engine
 * walks each container's writable layer to answer, which takes minutes on real hosts, so sizes are
 * asked for only on demand: one container by inspect, or every container in one background list
 * request that closing the stream cancels.
 */
import type Docker from 'dockerode';
import type { ContainerSize } from '../shared/dto';
import type { EngineConnection } from './connection';
import { containerSubject } from './containers';
import type { RunningTask, TaskRegistry } from './tasks';

/** The size fields of an inspect (with size) or a list row (with size); the Engine omits zeros in lists. */
interface EngineSized {
  Id?: string;
  SizeRw?: number | null;
  SizeRootFs?: number | null;
}

export function toContainerSize(raw: EngineSized, measuredAt: number, id = raw.Id ?? ''): ContainerSize {
  return { id, sizeRw: raw.SizeRw ?? 0, sizeRootFs: raw.SizeRootFs ?? 0, measuredAt };
}

/** GET /containers/{id}/json?size=1. */
export async function containerSize(engine: EngineConnection, id: string): Promise<ContainerSize> {
  const raw = (await engine.call(containerSubject(id), (docker) =>
    docker.getContainer(id).inspect({ size: true } as Parameters<Docker.Container['inspect']>[0]),
  )) as EngineSized;
  return toContainerSize(raw, Date.now(), raw.Id ?? id);
}

/** GET /containers/json?all=1&size=1: one request for every container; `signal` closes it. */
export async function allContainerSizes(engine: EngineConnection, signal: AbortSignal): Promise<ContainerSize[]> {
  const rows = (await engine.call('containers', (docker) =>
    docker.listContainers({ all: true, size: true, abortSignal: signal }),
  )) as EngineSized[];
  const measuredAt = Date.now();
  return rows.map((row) => toContainerSize(row, measuredAt));
}

export const SIZES_TASK_KEY = 'containers.sizes';
export const SIZES_PROGRESS_MS = 250;

/**
 * Every container's size as a task of the scope: a second page asking meanwhile joins the same
 * Engine request, and the last one to close cancels it. Progress says, every SIZES_PROGRESS_MS,
 * how many containers are being measured (as many as `countContainers` knows: the mirror).
 */
export function containerSizesTask(
  tasks: TaskRegistry,
  engine: EngineConnection,
  countContainers: () => Promise<number>,
): RunningTask<ContainerSize[]> {
  return tasks.start(SIZES_TASK_KEY, 'container-sizes', 'Sizes of every container', async (report, signal) => {
    let known = 0;
    const tick = () => report({ phase: 'measuring', done: 0, total: known, message: `Measuring ${known} containers` });
    const timer = setInterval(tick, SIZES_PROGRESS_MS);
    void countContainers().then(
      (count) => {
        known = count;
        if (!signal.aborted) tick();
      },
      () => undefined, // the count only decorates the progress; the sizes request says what failed
    );
    try {
      return await allContainerSizes(engine, signal);
    } finally {
      clearInterval(timer);
    }
  });
}
