import { Button } from '../../components/Button';
import { PlayIcon, StopIcon } from '../../components/Icons';
import { SelectionBar as Bar } from '../../components/SelectionBar';
import { LogsLink } from '../logs/LogsLink';
import type { BulkAction } from './bulkActions';

/** The containers list's selection bar: how many and how many run; the bulk lifecycle actions. */
export function SelectionBar({
  count,
  ids,
  running,
  onAction,
  onClear,
}: {
  count: number;
  /** The selected containers' IDs (for their merged logs). */
  ids: readonly string[];
  /** How many of them run now. */
  running: number;
  onAction: (action: BulkAction) => void;
  onClear: () => void;
}) {
  return (
    <Bar count={count} detail={`${running} running`} onClear={onClear}>
      <LogsLink ids={ids} label="Logs of the selected containers" />
      <Button size="sm" variant="ghost" icon={<PlayIcon size={11} />} onClick={() => onAction('start')}>
        Start
      </Button>
      <Button size="sm" variant="ghost" icon={<StopIcon size={11} />} onClick={() => onAction('stop')}>
        Stop
      </Button>
      <Button size="sm" variant="ghost" onClick={() => onAction('restart')}>
        Restart
      </Button>
      <Button size="sm" variant="ghost" onClick={() => onAction('pause')}>
        Pause
      </Button>
      <Button size="sm" variant="secondary" onClick={() => onAction('remove')}>
        Remove…
      </Button>
    </Bar>
  );
}
