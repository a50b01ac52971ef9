/** The health check's verdict beside the state, always with its word (never colour alone). */
import type { ContainerHealth } from '../../../../electron/shared/dto';

// Full class names, so Tailwind sees every one of them.
const TONE: Record<ContainerHealth, string> = {
  healthy: 'bg-running/12 text-running-text ring-running/25',
  unhealthy: 'bg-danger/12 text-danger-text ring-danger/25',
  starting: 'bg-restarting/12 text-restarting-text ring-restarting/25',
};

export function HealthBadge({ health }: { health: ContainerHealth }) {
  return (
    <span
      data-health={health}
      className={`inline-flex h-5 items-center rounded-full px-2 text-[11.5px] font-medium ring-1 ring-inset ${TONE[health]}`}
    >
      {health === 'starting' ? 'health: starting' : health}
    </span>
  );
}
