import type { ContainerHealth, ContainerState } from '../../../../electron/shared/dto';
import { StateBadge } from '../../components/StateBadge';

// Full class names, so Tailwind sees them. Unhealthy is red like dead; starting blue like restarting.
const HEALTH_CLASSES: Record<ContainerHealth, string> = {
  healthy: 'text-running-text',
  unhealthy: 'text-danger-text font-semibold',
  starting: 'text-restarting-text',
};

/** The state badge, and the health check's verdict beside it when the image has one. */
export function StateCell({ state, health }: { state: ContainerState; health: ContainerHealth | undefined }) {
  return (
    <span className="flex min-w-0 items-center gap-2">
      <StateBadge state={state} />
      {health && (
        <span data-health={health} className={`truncate text-[11.5px] font-medium ${HEALTH_CLASSES[health]}`}>
          {health}
        </span>
      )}
    </span>
  );
}
