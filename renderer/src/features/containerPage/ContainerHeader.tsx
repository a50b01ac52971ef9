/**
 * Under the top bar: the state (with health), the short ID (copies the full one), and the actions.
 * The image is the overview's first fact (and the size view's), which keeps this one row.
 */
import type { ContainerDetail } from '../../../../electron/shared/dto';
import { CopyButton } from '../../components/CopyButton';
import { StateBadge } from '../../components/StateBadge';
import { shortId } from '../../lib/format';
import { ContainerActions } from '../containerActions/ContainerActions';
import { HealthBadge } from './HealthBadge';

export function ContainerHeader({ container }: { container: ContainerDetail }) {
  const health = container.state.health?.status;
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 px-6 pt-4 pb-3">
      <div className="flex items-center gap-1.5" aria-label="State" role="group">
        <StateBadge state={container.state.status} />
        {health && health !== 'none' && <HealthBadge health={health} />}
        {container.state.status === 'exited' && (
          <span className="text-[12.5px] text-text-muted tabular">exit code {container.state.exitCode}</span>
        )}
      </div>
      <div className="flex items-center gap-1 text-[12.5px] text-text-muted">
        <span>ID</span>
        <span className="font-mono text-text" title={container.id}>
          {shortId(container.id)}
        </span>
        <CopyButton value={container.id} label="Copy container ID" reveal="always" />
      </div>
      <div className="ml-auto flex flex-wrap items-center gap-2">
        <ContainerActions container={container} />
      </div>
    </div>
  );
}
