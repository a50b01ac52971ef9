/**
 * The container page's lifecycle actions as data: which ones a state allows, and what to say when
 * one finished ("Paused web", "web was already stopped"). Pure: container-page-actions.test.ts.
 */
import type { ContainerState } from '../../../../electron/shared/dto';

export type LifecycleAction = 'start' | 'stop' | 'restart' | 'pause' | 'unpause';

const PAST: Record<LifecycleAction, string> = {
  start: 'Started',
  stop: 'Stopped',
  restart: 'Restarted',
  pause: 'Paused',
  unpause: 'Unpaused',
};

/** What "nothing to do" means for each action (the Engine answered 304). */
const ALREADY: Record<LifecycleAction, string> = {
  start: 'already running',
  stop: 'already stopped',
  restart: 'already restarted',
  pause: 'already paused',
  unpause: 'not paused',
};

export const ACTION_LABEL: Record<LifecycleAction, string> = {
  start: 'Start',
  stop: 'Stop',
  restart: 'Restart',
  pause: 'Pause',
  unpause: 'Resume',
};

/** The toast's words for a finished action; `changed: false` is said as such, never as a failure. */
export function resultWords(action: LifecycleAction, name: string, changed: boolean): string {
  return changed ? `${PAST[action]} ${name}` : `${name} was ${ALREADY[action]}`;
}

/** Running in any form: Stop, Restart and Kill apply; Remove needs Force. */
export function isUp(state: ContainerState): boolean {
  return state === 'running' || state === 'paused' || state === 'restarting';
}

/** The actions a container in this state offers, in button order. */
export function availableActions(state: ContainerState): LifecycleAction[] {
  switch (state) {
    case 'running':
      return ['stop', 'restart', 'pause'];
    case 'paused':
      return ['unpause', 'stop'];
    case 'restarting':
      return ['stop'];
    case 'created':
    case 'exited':
      return ['start'];
    case 'dead':
    case 'removing':
      return [];
  }
}

/** Signals people send by hand, with what each usually means. */
export const COMMON_SIGNALS = [
  { name: 'SIGTERM', words: 'ask the process to exit' },
  { name: 'SIGKILL', words: 'end it at once (cannot be caught)' },
  { name: 'SIGINT', words: 'interrupt, like Ctrl+C' },
  { name: 'SIGHUP', words: 'hang up; many servers reload their configuration' },
  { name: 'SIGQUIT', words: 'quit (some programs dump state)' },
  { name: 'SIGUSR1', words: 'user-defined 1' },
  { name: 'SIGUSR2', words: 'user-defined 2' },
] as const;

/** "hup" → "SIGHUP", "9" → 9; null when it does not look like a signal (the contract checks again). */
export function parseSignal(text: string): string | number | null {
  const trimmed = text.trim();
  if (/^\d{1,2}$/.test(trimmed)) {
    const number = Number(trimmed);
    return number >= 1 && number <= 64 ? number : null;
  }
  const upper = trimmed.toUpperCase();
  if (!/^(SIG)?[A-Z][A-Z0-9]{1,9}([+-][0-9]{1,2})?$/.test(upper)) return null;
  return upper.startsWith('SIG') ? upper : `SIG${upper}`;
}
