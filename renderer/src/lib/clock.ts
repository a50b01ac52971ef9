/**
 * One shared wall clock for relative times. It ticks once a second only while something
 * listens; each subscriber re-renders only when its own formatted text changes.
 */
import { useCallback, useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      for (const l of listeners) l();
    }, 1000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** `format(now)`, re-rendered when its result changes. */
export function useClockText(format: (nowMs: number) => string): string {
  const snapshot = useCallback(() => format(timer ? now : Date.now()), [format]);
  return useSyncExternalStore(subscribe, snapshot);
}
