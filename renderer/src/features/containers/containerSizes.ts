/**
 * The list's "Show sizes": what the `containers.sizes` task has told us so far, and sizes as
 * `docker ps -s` prints them. Pure: unit-tested in test/unit/containers-sizes.test.ts.
 */
import type { ContainerSize, ContainerSizesEvent } from '../../../../electron/shared/dto';
import { formatSize } from '../../lib/format';

export type SizesState =
  | { kind: 'off' }
  | { kind: 'running'; elapsedMs: number; containers: number }
  | { kind: 'done'; sizes: ReadonlyMap<string, ContainerSize>; elapsedMs: number; count: number; measuredAt: number }
  | { kind: 'error'; message: string };

export type SizesAction =
  | { type: 'open' }
  | { type: 'event'; event: ContainerSizesEvent }
  /** The stream ended; `message` when it ended with an error. */
  | { type: 'end'; message?: string }
  | { type: 'cancel' };

export const SIZES_OFF: SizesState = { kind: 'off' };

export function sizesReducer(state: SizesState, action: SizesAction): SizesState {
  switch (action.type) {
    case 'open':
      return { kind: 'running', elapsedMs: 0, containers: 0 };
    case 'event': {
      // Only a running task takes news: a late event after Cancel changes nothing.
      if (state.kind !== 'running') return state;
      const { event } = action;
      if (event.kind === 'progress')
        return { kind: 'running', elapsedMs: event.elapsedMs, containers: event.containers };
      const sizes = new Map(event.sizes.map((size) => [size.id, size]));
      const measuredAt = event.sizes.reduce((latest, size) => Math.max(latest, size.measuredAt), 0);
      return { kind: 'done', sizes, elapsedMs: event.elapsedMs, count: event.sizes.length, measuredAt };
    }
    case 'end':
      if (state.kind !== 'running') return state;
      return { kind: 'error', message: action.message ?? 'The sizes stopped before they were all measured.' };
    case 'cancel':
      return SIZES_OFF;
  }
}

/** docker/cli's ContainerContext.Size: "5MB (virtual 10.2MB)"; just the writable layer when the total is 0. */
export function formatContainerSize(size: Pick<ContainerSize, 'sizeRw' | 'sizeRootFs'>): string {
  const rw = formatSize(size.sizeRw);
  return size.sizeRootFs > 0 ? `${rw} (virtual ${formatSize(size.sizeRootFs)})` : rw;
}

/** "12.4 s" for the progress line. */
export function elapsedWords(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}
