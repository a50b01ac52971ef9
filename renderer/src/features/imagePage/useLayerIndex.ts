/**
 * The `layers.index` task for one image while the component using it is mounted: subscribes at
 * once (a cached index answers at once), follows progress, and closes the subscription on
 * cancel, on unmount, or before a retry. What each event does is the pure `indexReducer`.
 */
import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { LayerIndexEvent, LayerIndexSummary } from '../../../../electron/shared/dto';
import { api } from '../../lib/transport';

export type LayerIndexState =
  | { kind: 'starting' }
  | { kind: 'progress'; phase: 'starting' | 'reading' | 'indexing'; done: number; total: number; message: string }
  | { kind: 'done'; summary: LayerIndexSummary; cached: boolean }
  | { kind: 'cancelled' }
  | { kind: 'error'; message: string };

export type LayerIndexAction =
  | { type: 'event'; event: LayerIndexEvent }
  /** The stream ended; `message` when it ended with an error. */
  | { type: 'end'; message?: string }
  | { type: 'cancel' }
  | { type: 'retry' };

const settled = (state: LayerIndexState) =>
  state.kind === 'done' || state.kind === 'cancelled' || state.kind === 'error';

export function indexReducer(state: LayerIndexState, action: LayerIndexAction): LayerIndexState {
  switch (action.type) {
    case 'event':
      // Nothing changes a finished, failed or cancelled index but a retry.
      if (settled(state)) return state;
      return action.event.kind === 'done'
        ? { kind: 'done', summary: action.event.summary, cached: action.event.cached }
        : action.event;
    case 'end':
      if (settled(state)) return state;
      return { kind: 'error', message: action.message ?? 'The index stopped before it was finished.' };
    case 'cancel':
      return state.kind === 'done' ? state : { kind: 'cancelled' };
    case 'retry':
      return { kind: 'starting' };
  }
}

export function useLayerIndex(imageId: string) {
  const [state, dispatch] = useReducer(indexReducer, { kind: 'starting' });
  // Bumped by retry; the effect subscribes again for each value.
  const [attempt, bump] = useReducer((n: number) => n + 1, 0);
  const close = useRef<(() => void) | null>(null);

  useEffect(() => {
    let closed = false;
    const stop = api.subscribe(
      'layers.index',
      { imageId },
      {
        onEvent: (event) => {
          if (!closed) dispatch({ type: 'event', event });
        },
        onEnd: (error) => {
          if (!closed) dispatch({ type: 'end', message: error?.message });
        },
      },
    );
    const end = () => {
      if (close.current === end) close.current = null;
      if (closed) return;
      closed = true;
      stop();
    };
    close.current = end;
    return end;
  }, [imageId, attempt]);

  const cancel = useCallback(() => {
    close.current?.();
    dispatch({ type: 'cancel' });
  }, []);
  const retry = useCallback(() => {
    close.current?.();
    dispatch({ type: 'retry' });
    bump();
  }, []);

  return { state, cancel, retry };
}
