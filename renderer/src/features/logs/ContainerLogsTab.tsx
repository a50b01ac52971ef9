/** WIP (issue 9): the container page's logs tab. Replaced by the logs feature before this lands. */
import type { ContainerDetail } from '../../../../electron/shared/dto';

export function ContainerLogsTab({ container }: { container: ContainerDetail }) {
  return <p className="p-6 text-sm">The logs of {container.name} are not built yet.</p>;
}
