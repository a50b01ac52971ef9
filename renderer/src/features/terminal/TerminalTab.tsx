/** WIP (issue 9): the container page's terminal tab. Replaced by the terminal feature before this lands. */
import type { ContainerDetail } from '../../../../electron/shared/dto';

export function TerminalTab({ container }: { container: ContainerDetail }) {
  return <p className="p-6 text-sm">The terminal of {container.name} are not built yet.</p>;
}
