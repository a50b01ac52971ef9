/** WIP (issue 9): the container page's stats tab. Replaced by the stats feature before this lands. */
import type { ContainerDetail } from '../../../../electron/shared/dto';

export function ContainerStatsTab({ container }: { container: ContainerDetail }) {
  return <p className="p-6 text-sm">The stats of {container.name} are not built yet.</p>;
}
