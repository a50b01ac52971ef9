/**
 * The stats tab's stream: `stats.follow` for one container while it runs and the window is shown,
 * its samples kept as five minutes of chart rows (StatsHistory, bounded). The history survives the
 * window being hidden a while (the charts show the gap); it belongs to this tab and goes with it.
 */
import { useEffect, useReducer, useState } from 'react';
import { api } from '../../lib/transport';
import { StatsHistory } from './statsHistory';
import { useDocumentVisible } from './useDocumentVisible';

export type StatsStreamState =
  | { kind: 'idle' }
  | { kind: 'live' }
  /** The backend said the container stopped or went away. */
  | { kind: 'gone' }
  | { kind: 'error'; message: string };

export function useContainerStats(id: string, running: boolean) {
  // Mutable on purpose (a ring), created once for this tab.
  const [history] = useState(() => new StatsHistory());
  // One re-render per batch of samples (about a second): the rows live in the ring, not in state.
  const [version, bump] = useReducer((n: number) => n + 1, 0);
  const visible = useDocumentVisible();
  const [attempt, retry] = useReducer((n: number) => n + 1, 0);
  // What the current subscription said, tagged with the subscription it is about: a new one
  // (a retry, the window shown again) starts live without a state reset in the effect.
  const subscription = `${attempt}|${visible}|${running}`;
  const [ended, setEnded] = useState<{ subscription: string; state: StatsStreamState } | null>(null);

  useEffect(() => {
    if (!running || !visible) return;
    let live = true;
    const end = (state: StatsStreamState) =>
      setEnded((prev) => (prev?.subscription === subscription ? prev : { subscription, state }));
    const close = api.subscribe(
      'stats.follow',
      { ids: [id] },
      {
        onEvent: (event) => {
          if (!live) return;
          if (event.kind === 'gone') end({ kind: 'gone' });
          else if (event.samples.some((sample) => history.add(sample))) bump();
        },
        onEnd: (error) => {
          if (!live) return;
          live = false;
          // An error says more than an earlier "gone"; a plain end after "gone" adds nothing.
          if (error) setEnded({ subscription, state: { kind: 'error', message: error.message } });
          else end({ kind: 'gone' });
        },
      },
    );
    return () => {
      live = false;
      close();
    };
  }, [id, running, visible, subscription, history]);

  let state: StatsStreamState = { kind: 'idle' };
  if (running && visible) state = ended?.subscription === subscription ? ended.state : { kind: 'live' };
  return { history, version, state, retry };
}
