/**
 * `stats.overview` while the component using it is mounted and the window is shown: the running
 * containers' total CPU and memory, every few seconds. The last figures stay while hidden.
 */
import { useEffect, useState } from 'react';
import type { StatsOverview } from '../../../../electron/shared/dto';
import { api } from '../../lib/transport';
import { useDocumentVisible } from './useDocumentVisible';

export type OverviewState =
  | { kind: 'waiting' }
  | { kind: 'live'; overview: StatsOverview }
  | { kind: 'error'; message: string; overview?: StatsOverview };

export function useStatsOverview(): OverviewState {
  const visible = useDocumentVisible();
  const [state, setState] = useState<OverviewState>({ kind: 'waiting' });
  useEffect(() => {
    if (!visible) return;
    let live = true;
    const close = api.subscribe(
      'stats.overview',
      {},
      {
        onEvent: (overview) => {
          if (live) setState({ kind: 'live', overview });
        },
        onEnd: (error) => {
          if (!live || !error) return;
          live = false;
          setState((prev) => ({
            kind: 'error',
            message: error.message,
            overview: prev.kind === 'waiting' ? undefined : prev.overview,
          }));
        },
      },
    );
    return () => {
      live = false;
      close();
    };
  }, [visible]);
  return state;
}
