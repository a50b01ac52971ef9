/** The container page's Logs tab: the logs viewer for this one container, filling the page below the tabs. */
import { useMemo } from 'react';
import type { ContainerDetail } from '../../../../electron/shared/dto';
import { LogViewer } from './LogViewer';

export function ContainerLogsTab({ container }: { container: ContainerDetail }) {
  const sources = useMemo(() => [{ id: container.id, name: container.name }], [container.id, container.name]);
  return (
    <div className="flex min-h-[420px] flex-1 flex-col">
      <LogViewer sources={sources} label={`Logs of ${container.name}`} />
    </div>
  );
}
