/**
 * The app's one subscription to 'engine.events'. Container events replace, add or remove one
 * row in the cached list (no refetch); image events and container create/destroy refresh the
 * images list, debounced; engine events set the status. When the stream ends (Engine or
 * connection lost) it re-subscribes with backoff and refreshes everything it may have missed.
 *
 * While the window is hidden (minimised, another tab) for longer than HIDDEN_QUIET_AFTER_MS, the
 * subscription is closed: nothing on screen needs it, and a busy Engine would otherwise keep the
 * page working for nobody. When the window is shown again it re-subscribes and refreshes once.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { backoff, debounce } from '../lib/debounce';
import { queryKeys } from '../lib/queryKeys';
import { initialRequestsStartedAt } from '../lib/initialRequests';
import { api } from '../lib/transport';
import { handleEngineEvent, type Refreshers } from './engineEvents';

/** Long enough that a quick switch away and back costs nothing. */
export const HIDDEN_QUIET_AFTER_MS = 3_000;

export function useEngineEvents() {
  const client = useQueryClient();
  useEffect(() => {
    const invalidateImages = () => void client.invalidateQueries({ queryKey: queryKeys.images });
    const imagesSoon = debounce(invalidateImages, 100);
    const imagesLater = debounce(invalidateImages, 300);
    const containers = debounce(() => void client.invalidateQueries({ queryKey: queryKeys.containers }), 50);
    const refresh: Refreshers = { imagesSoon, imagesLater, containers };

    let close: (() => void) | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    let stopped = false;

    const open = (isRetry: boolean) => {
      if (isRetry) {
        // Whatever happened while we were not listening: refresh it all once.
        void client.invalidateQueries();
      }
      const openedAt = Date.now();
      // The first stream replays from the start-up requests: nothing between those answers and
      // this subscription is lost. Retries refresh everything instead (above).
      const sinceMs = isRetry ? undefined : initialRequestsStartedAt();
      close = api.subscribe('engine.events', sinceMs === undefined ? {} : { sinceMs }, {
        onEvent: (event) => {
          attempt = 0;
          handleEngineEvent(client, event, refresh);
        },
        onEnd: () => {
          close = undefined;
          if (stopped) return;
          // A stream that lived a while ended for a new reason: start the backoff afresh.
          if (Date.now() - openedAt > 10_000) attempt = 0;
          timer = setTimeout(() => open(true), backoff(attempt++));
        },
      });
    };
    open(false);

    let quietTimer: ReturnType<typeof setTimeout> | undefined;
    let quiet = false;
    const onVisibility = () => {
      clearTimeout(quietTimer);
      if (document.visibilityState === 'hidden') {
        quietTimer = setTimeout(() => {
          quiet = true;
          stopped = true;
          clearTimeout(timer);
          close?.();
          close = undefined;
        }, HIDDEN_QUIET_AFTER_MS);
      } else if (quiet) {
        quiet = false;
        stopped = false;
        attempt = 0;
        open(true);
      }
    };
    document.addEventListener('visibilitychange', onVisibility);

    return () => {
      stopped = true;
      document.removeEventListener('visibilitychange', onVisibility);
      clearTimeout(quietTimer);
      clearTimeout(timer);
      imagesSoon.cancel();
      imagesLater.cancel();
      containers.cancel();
      close?.();
    };
  }, [client]);
}
