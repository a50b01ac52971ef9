import { Button } from '../../components/Button';
import { CloseIcon, PlayIcon, StopIcon } from '../../components/Icons';
import type { BulkAction } from './bulkActions';

/** Floats over the list's bottom while containers are selected: how many, and what to do with them. */
export function SelectionBar({
  count,
  running,
  onAction,
  onClear,
}: {
  count: number;
  /** How many of them run now. */
  running: number;
  onAction: (action: BulkAction) => void;
  onClear: () => void;
}) {
  return (
    <div className="pointer-events-none absolute inset-x-0 bottom-5 z-20 flex justify-center">
      <div
        role="toolbar"
        aria-label="Selection"
        className="pointer-events-auto flex items-center gap-2 rounded-lg border border-border-strong bg-surface-raised py-1.5 pr-1.5 pl-3.5 shadow-toast"
      >
        <p className="mr-1 text-[13px] font-medium text-text tabular" aria-live="polite">
          {count} selected <span className="font-normal text-text-muted">· {running} running</span>
        </p>
        <div aria-hidden="true" className="h-4 border-l border-border" />
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
        <button
          type="button"
          aria-label="Clear selection"
          title="Clear selection (Esc)"
          onClick={onClear}
          className="inline-flex size-7 items-center justify-center rounded-md text-text-muted hover:bg-hover hover:text-text"
        >
          <CloseIcon size={13} />
        </button>
      </div>
    </div>
  );
}
