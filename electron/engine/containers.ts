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
export function containerSubject(id: string): string {
  return `container ${/^[0-9a-f]{64}$/.test(id) ? id.slice(0, 12) : id}`;
}
