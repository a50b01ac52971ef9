/**
 * Which Engine events change what Gantry shows. Pure, unit-tested on recorded events.
 */

/** The fields we read from an Engine event (API 1.41). */
export interface RawEngineEvent {
  Type?: string;
  Action?: string;
  Actor?: { ID?: string; Attributes?: Record<string, string> };
  id?: string;
}

/** Container actions that change nothing in a container's row. */
const QUIET_CONTAINER_ACTIONS = new Set([
  'attach',
  'detach',
  'resize',
  'top',
  'export',
  'commit',
  'copy',
  'archive-path',
  'extract-to-dir',
  'mount',
  'unmount',
]);

export type RelevantEvent = { kind: 'container' | 'image'; action: string; id: string };

export function classifyEvent(raw: RawEngineEvent): RelevantEvent | null {
  const action = raw.Action ?? '';
  const id = raw.Actor?.ID ?? raw.id ?? '';
  if (!id || !action) return null;
  if (raw.Type === 'container') {
    // exec_create / exec_start / exec_die and friends: a process inside, not the container's state.
    if (action.startsWith('exec_') || QUIET_CONTAINER_ACTIONS.has(action)) return null;
    // "health_status: healthy" → "health_status"
    return { kind: 'container', action: action.split(':')[0]!.trim(), id };
  }
  if (raw.Type === 'image') return { kind: 'image', action, id };
  return null;
}

/**
 * The Engine announces some events a moment before its container list reflects them: right after
 * "die" the list can still say "running" (seen on Engine 20.10). A summary that contradicts the
 * event it answers is stale, and is fetched again shortly rather than shown.
 */
export function contradictsEvent(action: string, state: string): boolean {
  switch (action) {
    case 'die':
    case 'oom':
      return state === 'running' || state === 'paused';
    case 'pause':
      return state !== 'paused';
    case 'unpause':
      return state === 'paused';
    default:
      return false;
  }
}
