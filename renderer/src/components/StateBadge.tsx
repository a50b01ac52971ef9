import type { ContainerState } from '../../../electron/shared/dto';

type Tone = 'running' | 'paused' | 'neutral' | 'restarting' | 'danger';

const TONE: Record<ContainerState, Tone> = {
  running: 'running',
  paused: 'paused',
  created: 'neutral',
  exited: 'neutral',
  restarting: 'restarting',
  dead: 'danger',
  removing: 'danger',
};

// Full class names, so Tailwind sees every one of them.
const TONE_CLASSES: Record<Tone, { badge: string; dot: string }> = {
  running: { badge: 'bg-running/12 text-running-text ring-running/25', dot: 'bg-running' },
  paused: { badge: 'bg-paused/12 text-paused-text ring-paused/30', dot: 'bg-paused' },
  neutral: { badge: 'bg-neutral/12 text-neutral-text ring-neutral/25', dot: 'bg-neutral' },
  restarting: { badge: 'bg-restarting/12 text-restarting-text ring-restarting/25', dot: 'bg-restarting' },
  danger: { badge: 'bg-danger/12 text-danger-text ring-danger/25', dot: 'bg-danger' },
};

/** The container's state as a coloured badge that always carries its text label. */
export function StateBadge({ state }: { state: ContainerState }) {
  const tone = TONE_CLASSES[TONE[state]];
  const pulsing = state === 'restarting' || state === 'removing';
  return (
    <span
      data-state={state}
      className={`inline-flex h-5 items-center gap-1.5 rounded-full px-2 text-[11.5px] font-medium ring-1 ring-inset ${tone.badge}`}
    >
      <span aria-hidden="true" className={`size-1.5 rounded-full ${tone.dot} ${pulsing ? 'animate-pulse' : ''}`} />
      {state}
    </span>
  );
}
