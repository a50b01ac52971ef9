/**
 * One action over several containers (the selection, or a compose group): the per-container
 * outcome as the answers come in, the "2 of 3" progress, the words of the result, and a small
 * worker pool so a hundred containers are not a hundred requests at once. Pure, except runPool's
 * use of the worker it is given: unit-tested in test/unit/containers-bulk.test.ts.
 */
import type { ContainerState, ContainerSummary } from '../../../../electron/shared/dto';
import { plural } from '../../lib/format';

export type BulkAction = 'start' | 'stop' | 'restart' | 'pause' | 'remove';

/** At most this many requests in flight: the Engine serialises much of the work anyway. */
export const BULK_CONCURRENCY = 4;

export type BulkStatus = 'waiting' | 'working' | 'done' | 'unchanged' | 'skipped' | 'failed';

export interface BulkItem {
  id: string;
  name: string;
  status: BulkStatus;
  /** Why it failed or was skipped (the Engine's message). */
  message?: string;
}

export interface BulkState {
  action: BulkAction;
  items: BulkItem[];
}

export type BulkEvent =
  | { type: 'begin'; id: string }
  /** The Engine answered; `changed: false` means it was already so ("already stopped"). */
  | { type: 'finish'; id: string; changed: boolean }
  | { type: 'fail'; id: string; message: string }
  | { type: 'skip'; id: string; message: string };

export function bulkStart(action: BulkAction, containers: readonly Pick<ContainerSummary, 'id' | 'name'>[]): BulkState {
  return { action, items: containers.map(({ id, name }) => ({ id, name, status: 'waiting' })) };
}

const FINAL: ReadonlySet<BulkStatus> = new Set(['done', 'unchanged', 'skipped', 'failed']);

export function bulkReducer(state: BulkState, event: BulkEvent): BulkState {
  const index = state.items.findIndex((item) => item.id === event.id);
  const item = state.items[index];
  // An answer for a container not in the run, or a second answer for one: nothing to change.
  if (item === undefined || FINAL.has(item.status)) return state;
  let next: BulkItem;
  switch (event.type) {
    case 'begin':
      next = { ...item, status: 'working' };
      break;
    case 'finish':
      next = { ...item, status: event.changed ? 'done' : 'unchanged' };
      break;
    case 'fail':
      next = { ...item, status: 'failed', message: event.message };
      break;
    case 'skip':
      next = { ...item, status: 'skipped', message: event.message };
      break;
  }
  const items = [...state.items];
  items[index] = next;
  return { ...state, items };
}

export interface BulkProgress {
  /** Containers with an outcome. */
  finished: number;
  total: number;
  complete: boolean;
  counts: Record<BulkStatus, number>;
}

export function bulkProgress(state: BulkState): BulkProgress {
  const counts: Record<BulkStatus, number> = { waiting: 0, working: 0, done: 0, unchanged: 0, skipped: 0, failed: 0 };
  for (const item of state.items) counts[item.status]++;
  const finished = counts.done + counts.unchanged + counts.skipped + counts.failed;
  return { finished, total: state.items.length, complete: finished === state.items.length, counts };
}

const DONE_WORD: Record<BulkAction, string> = {
  start: 'Started',
  stop: 'Stopped',
  restart: 'Restarted',
  pause: 'Paused',
  remove: 'Removed',
};

const WORKING_WORD: Record<BulkAction, string> = {
  start: 'Starting',
  stop: 'Stopping',
  restart: 'Restarting',
  pause: 'Pausing',
  remove: 'Removing',
};

/** What a container that needed nothing is called: stopping a stopped container is no failure. */
const UNCHANGED_WORD: Record<BulkAction, string> = {
  start: 'already running',
  stop: 'already stopped',
  restart: 'restarted',
  pause: 'already paused',
  remove: 'already gone',
};

export function actionLabel(action: BulkAction): string {
  return action.charAt(0).toUpperCase() + action.slice(1);
}

/** One container's line in the result: "Stopped", "Already stopped", "Failed: <Engine's words>". */
export function itemWords(action: BulkAction, item: BulkItem): string {
  switch (item.status) {
    case 'waiting':
      return 'Waiting';
    case 'working':
      return `${WORKING_WORD[action]}…`;
    case 'done':
      return DONE_WORD[action];
    case 'unchanged': {
      const words = UNCHANGED_WORD[action];
      return words.charAt(0).toUpperCase() + words.slice(1);
    }
    case 'skipped':
      return `Skipped: ${item.message ?? ''}`;
    case 'failed':
      return `Failed: ${item.message ?? ''}`;
  }
}

/** "Stopping 2 of 3…" while it runs; then "Stopped 2 containers · 1 already stopped · 1 failed". */
export function bulkHeadline(state: BulkState): string {
  const progress = bulkProgress(state);
  if (!progress.complete)
    return `${WORKING_WORD[state.action]} ${Math.min(progress.finished + 1, progress.total)} of ${progress.total}…`;
  const { counts } = progress;
  const parts = [`${DONE_WORD[state.action]} ${plural(counts.done, 'container')}`];
  if (counts.unchanged > 0) parts.push(`${counts.unchanged} ${UNCHANGED_WORD[state.action]}`);
  if (counts.skipped > 0) parts.push(`${counts.skipped} skipped`);
  if (counts.failed > 0) parts.push(`${counts.failed} failed`);
  return parts.join(' · ');
}

const NEEDS_FORCE: ReadonlySet<ContainerState> = new Set(['running', 'paused', 'restarting']);

/** Removing a running (or paused, restarting) container takes an explicit Force. */
export function needsForce(container: Pick<ContainerSummary, 'state'>): boolean {
  return NEEDS_FORCE.has(container.state);
}

/**
 * Runs `work` for every item, at most `concurrency` at a time, in order of the list. `work`
 * reports its own outcome; a throw is its caller's bug, so it is kept for the end (the others
 * still run).
 */
export async function runPool<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const errors: unknown[] = [];
  const lane = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      try {
        await work(item);
      } catch (error) {
        errors.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, lane));
  if (errors.length > 0) throw errors[0];
}
