/** Container operations: one Engine request each, mapped to our DTOs. */
import type { ContainerSummary } from '../shared/dto';
import type { EngineConnection } from './connection';
import { toContainerSummary, type EngineContainer } from './mappers';

/**
 * Every container, running or not, newest first (the Engine's order, as `docker ps -a`): one
 * Engine request. The app's lists come from the container mirror, which calls this.
 */
export async function listContainers(engine: EngineConnection): Promise<ContainerSummary[]> {
  const raw = await engine.call('containers', (docker) => docker.listContainers({ all: true }));
  return (raw as EngineContainer[]).map(toContainerSummary);
}

/** The current summaries of the given containers, in one request; removed ones are simply absent. */
export async function containersByIds(engine: EngineConnection, ids: string[]): Promise<ContainerSummary[]> {
  if (ids.length === 0) return [];
  const raw = await engine.call('containers', (docker) => docker.listContainers({ all: true, filters: { id: ids } }));
  return (raw as EngineContainer[]).map(toContainerSummary);
}

/** How messages name a container: full 64-hex IDs shortened as `docker ps` prints them. */
function containerSubject(id: string): string {
  return `container ${/^[0-9a-f]{64}$/.test(id) ? id.slice(0, 12) : id}`;
}

/** HTTP 304 means "already in that state": starting a running container is a success, as with `docker start`. */
function isNotModified(error: unknown): boolean {
  return (error as { statusCode?: number } | null)?.statusCode === 304;
}

export async function startContainer(engine: EngineConnection, id: string): Promise<null> {
  await engine.call(containerSubject(id), async (docker) => {
    try {
      await docker.getContainer(id).start();
    } catch (error) {
      if (!isNotModified(error)) throw error;
    }
  });
  return null;
}

export async function stopContainer(engine: EngineConnection, id: string, timeoutSeconds?: number): Promise<null> {
  await engine.call(containerSubject(id), async (docker) => {
    try {
      await docker.getContainer(id).stop(timeoutSeconds === undefined ? {} : { t: timeoutSeconds });
    } catch (error) {
      if (!isNotModified(error)) throw error;
    }
  });
  return null;
}
