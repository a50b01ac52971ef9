/**
 * The container mirror's rows (containerMirror.ts), as plain data: a snapshot in the Engine's
 * order (newest first, as `docker ps -a`), one-row updates on top, and the difference between two
 * versions. Pure, so its ordering and race rules are unit-tested without an Engine.
 */
import type { ContainerSummary } from '../shared/dto';

export class ContainerRows {
  private byId = new Map<string, ContainerSummary>();
  /** IDs newest first. Removed IDs stay until the next snapshot; reads skip them. */
  private order: string[] = [];

  /** Starts over from a full list, in the Engine's order. */
  replaceAll(list: readonly ContainerSummary[]): void {
    this.byId = new Map(list.map((container) => [container.id, container]));
    this.order = list.map((container) => container.id);
  }

  /** One container's current row, or null when it is gone. A new container goes first: it is the newest. */
  apply(id: string, container: ContainerSummary | null): void {
    if (!container) {
      this.byId.delete(id);
      return;
    }
    if (!this.byId.has(id)) this.order.unshift(id);
    this.byId.set(id, container);
  }

  list(): ContainerSummary[] {
    const seen = new Set<string>();
    const result: ContainerSummary[] = [];
    for (const id of this.order) {
      const container = this.byId.get(id);
      if (!container || seen.has(id)) continue;
      seen.add(id);
      result.push(container);
    }
    if (this.order.length > result.length * 2 + 64) this.order = result.map((container) => container.id);
    return result;
  }
}

/** What changed from one list to the next, per container: its new row, or null when it is gone. */
export function rowChanges(
  before: readonly ContainerSummary[],
  after: readonly ContainerSummary[],
): { id: string; container: ContainerSummary | null }[] {
  const previous = new Map(before.map((container) => [container.id, JSON.stringify(container)]));
  const changes: { id: string; container: ContainerSummary | null }[] = [];
  for (const container of after) {
    if (previous.get(container.id) !== JSON.stringify(container)) changes.push({ id: container.id, container });
    previous.delete(container.id);
  }
  for (const id of previous.keys()) changes.push({ id, container: null });
  return changes;
}
