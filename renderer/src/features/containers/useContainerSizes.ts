/**
 * The "Show sizes" task: one `containers.sizes` stream while it runs (closed on Cancel, on
 * Hide, or when the page goes), its progress, and the result. The last result outlives the page,
 * so Back from a container shows the same sizes (with their "as of" time) instead of measuring
 * again; nothing is ever measured until asked.
 */
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { api } from '../../lib/transport';
import { SIZES_OFF, sizesReducer, type SizesState } from './containerSizes';

let remembered: SizesState = SIZES_OFF;

export function useContainerSizes() {
  const [state, dispatch] = useReducer(sizesReducer, undefined, () => remembered);
  const close = useRef<(() => void) | null>(null);

  useEffect(() => {
    // Only a finished result is worth keeping; an error or a half-run task is not.
    remembered = state.kind === 'done' ? state : SIZES_OFF;
  }, [state]);

  const stop = useCallback(() => {
    close.current?.();
    close.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const measure = useCallback(() => {
    stop();
    dispatch({ type: 'open' });
    let live = true;
    const unsubscribe = api.subscribe(
      'containers.sizes',
      {},
      {
        onEvent: (event) => {
          if (live) dispatch({ type: 'event', event });
        },
        onEnd: (error) => {
          if (live) dispatch({ type: 'end', message: error?.message });
        },
      },
    );
    close.current = () => {
      live = false;
      unsubscribe();
    };
  }, [stop]);

  /** Cancel a run, or hide the column: both close the task and forget the sizes. */
  const hide = useCallback(() => {
    stop();
    dispatch({ type: 'cancel' });
  }, [stop]);

  return { state, measure, hide };
}
