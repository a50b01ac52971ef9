/**
 * When the Engine went away after this page had it: epoch ms, or null while it is there or when it
 * has not been reachable since the page opened (then there is nothing on screen worth keeping, and
 * the full "Can't reach the Docker Engine" screen explains what to do).
 */
import { useState } from 'react';
import type { EngineStatus } from '../../../../electron/shared/dto';

interface Tracked {
  state: EngineStatus['state'] | undefined;
  everConnected: boolean;
  lostAt: number | null;
}

/** `updatedAt`: when the status was last updated (epoch ms), i.e. when the change was learnt. */
export function useEngineLostAt(state: EngineStatus['state'] | undefined, updatedAt: number): number | null {
  const [tracked, setTracked] = useState<Tracked>({ state, everConnected: state === 'connected', lostAt: null });
  if (tracked.state !== state) {
    // Derived during render (React's "adjusting state when a prop changes"), so the first frame
    // after the Engine goes away already shows the banner, never the full screen for a frame.
    const next: Tracked = {
      state,
      everConnected: tracked.everConnected || state === 'connected',
      lostAt: state === 'unavailable' && tracked.everConnected ? (tracked.lostAt ?? updatedAt) : null,
    };
    setTracked(next);
    return next.lostAt;
  }
  return tracked.lostAt;
}
