import type { ContainerSummary } from '../../../../electron/shared/dto';
import { Button } from '../../components/Button';
import { PlayIcon, StopIcon } from '../../components/Icons';
import { useContainerAction } from './useContainerAction';

/**
 * "Stop" when the container runs (or is paused or restarting), else "Start". The accessible
 * names are exactly "Start" and "Stop"; the row around them names the container.
 */
export function ContainerActions({ container }: { container: ContainerSummary }) {
  const { busy, run } = useContainerAction(container);
  const canStop = container.state === 'running' || container.state === 'paused' || container.state === 'restarting';
  if (container.state === 'removing' || container.state === 'dead') {
    return <span className="text-[12px] text-text-faint">—</span>;
  }
  return canStop ? (
    <Button size="sm" busy={busy} icon={<StopIcon size={11} />} onClick={() => run('stop')} className="w-[76px]">
      Stop
    </Button>
  ) : (
    <Button size="sm" busy={busy} icon={<PlayIcon size={11} />} onClick={() => run('start')} className="w-[76px]">
      Start
    </Button>
  );
}
