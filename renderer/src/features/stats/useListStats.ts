/**
 * The app's one VisibleStatsFollower, bound to the transport and to the window's visibility, and
 * the hook a list cell uses: while mounted for a running container, it is on screen, so watched.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { ContainerStatsSample } from '../../../../electron/shared/dto';
import { api } from '../../lib/transport';
import { VisibleStatsFollower } from './visibleStatsFollower';

let follower: VisibleStatsFollower | null = null;

function listStats(): VisibleStatsFollower {
  if (follower) return follower;
  const created = new VisibleStatsFollower({
    subscribe: (ids, handlers) => api.subscribe('stats.follow', { ids }, handlers),
    setTimeout: (run, ms) => window.setTimeout(run, ms),
    clearTimeout: (handle) => window.clearTimeout(handle as number),
  });
  // A hidden or minimised window shows nothing: no stats stream meanwhile.
  created.setWindowVisible(document.visibilityState !== 'hidden');
  document.addEventListener('visibilitychange', () => created.setWindowVisible(document.visibilityState !== 'hidden'));
  follower = created;
  return created;
}

/** The newest sample of a container shown in the list; undefined when not running or not there yet. */
export function useListSample(id: string, running: boolean): ContainerStatsSample | undefined {
  useEffect(() => (running ? listStats().watch(id) : undefined), [id, running]);
  return useSyncExternalStore(
    (onChange) => listStats().listen(id, onChange),
    () => (running ? listStats().sample(id) : undefined),
  );
}
