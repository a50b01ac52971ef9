/**
 * Pure updates of the cached container list from Engine events: one row replaced, added or
 * removed, never a refetch. The list keeps the Engine's order (newest created first); a
 * container we have not seen goes first.
 */
import type { ContainerSummary } from '../../../electron/shared/dto';

export interface ContainerChange {
  list: ContainerSummary[] | undefined;
  /** A row was added or removed (the images' container counts changed). */
  membershipChanged: boolean;
}

export function applyContainerEvent(
  list: ContainerSummary[] | undefined,
  id: string,
  container: ContainerSummary | null,
): ContainerChange {
  if (!list) return { list, membershipChanged: container !== null };
  const key = container?.id ?? id;
  const index = list.findIndex((row) => row.id === key || (key.length < 64 && row.id.startsWith(key)));
  if (container === null) {
    if (index < 0) return { list, membershipChanged: false };
    return { list: list.filter((_, i) => i !== index), membershipChanged: true };
  }
  if (index < 0) return { list: [container, ...list], membershipChanged: true };
  const next = list.slice();
  next[index] = container;
  return { list: next, membershipChanged: false };
}
