/**
 * The `layers.index` task for one image while the component using it is mounted: subscribes at
 * once (a cached index answers at once), follows progress, and closes the subscription on
 * cancel, on unmount, or before a retry.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LayerIndexSummary } from '../../../../electron/shared/dto';
import { api } from '../../lib/transport';

export type LayerIndexState =
  | { kind: 'starting' }
  | { kind: 'progress'; phase: 'starting' | 'reading' | 'indexing'; done: number; total: number; message: string }
  | { kind: 'done'; summary: LayerIndexSummary; cached: boolean }
  | { kind: 'cancelled' }
  | { kind: 'error'; message: string };

export function useLayerIndex(imageId: string) {
  const [state, setState] = useState<LayerIndexState>({ kind: 'starting' });
  const [attempt, setAttempt] = useState(0);
  const close = useRef<(() => void) | null>(null);

  useEffect(() => {
    if (attempt < 0) return;
    // Set once the answer is in or the subscription is closed here: a later end says nothing new.
    let settled = false;
    const stop = api.subscribe(
      'layers.index',
      { imageId },
      {
        onEvent: (event) => {
          if (settled) return;
          if (event.kind === 'done') {
            settled = true;
            setState({ kind: 'done', summary: event.summary, cached: event.cached });
          } else {
            setState(event);
          }
        },
        onEnd: (error) => {
          if (settled) return;
          settled = true;
          close.current = null;
          setState({ kind: 'error', message: error?.message ?? 'The index stopped before it was finished.' });
        },
      },
    );
    let closed = false;
    const end = () => {
      if (close.current === end) close.current = null;
      settled = true;
      if (closed) return;
      closed = true;
      stop();
    };
    close.current = end;
    return end;
  }, [imageId, attempt]);

  const cancel = useCallback(() => {
    const stop = close.current;
    close.current = null;
    stop?.();
    // Negative attempts mark "not running": the effect above does not subscribe for them.
    setAttempt((n) => -Math.abs(n) - 1);
    setState({ kind: 'cancelled' });
  }, []);
  const retry = useCallback(() => {
    setState({ kind: 'starting' });
    setAttempt((n) => Math.abs(n) + 1);
  }, []);

  return { state, cancel, retry };
}
