/**
 * Start/stop requests in flight, by container ID. A button stays busy from the click until the
 * Engine event shows the container in a new state (not merely until the request returns), so the
 * row never flickers back to its old action. It lives outside React so that a row scrolled out
 * of a virtualised table and back still knows.
 */
import { useSyncExternalStore } from 'react';
import type { ContainerState, ContainerSummary } from '../../../../electron/shared/dto';

export type ContainerAction = 'start' | 'stop';

export interface PendingAction {
  action: ContainerAction;
  /** The state when the action began; any other state means the Engine has acted. */
  from: ContainerState;
  /** 'request': waiting for the API; 'event': the API answered, waiting for the row to change. */
  phase: 'request' | 'event';
  /** Identifies one click, so a late timer of an earlier click leaves a newer one alone. */
  seq: number;
}

/** How long to wait for the event after the API answered before refetching the list instead. */
export const EVENT_GRACE_MS = 4000;

let pending = new Map<string, PendingAction>();
const listeners = new Set<() => void>();

function update(next: Map<string, PendingAction>) {
  pending = next;
  for (const listener of listeners) listener();
}

export function setPending(id: string, value: PendingAction | undefined) {
  const next = new Map(pending);
  if (value) next.set(id, value);
  else next.delete(id);
  update(next);
}

export function getPending(id: string): PendingAction | undefined {
  return pending.get(id);
}

export function usePendingAction(id: string): PendingAction | undefined {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => pending.get(id),
  );
}

/** Whether the row still shows the action as running. */
export function isBusy(entry: PendingAction | undefined, container: ContainerSummary): boolean {
  if (!entry) return false;
  return entry.phase === 'request' || container.state === entry.from;
}
