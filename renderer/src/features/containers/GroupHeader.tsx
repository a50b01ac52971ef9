import { useEffect, useRef } from 'react';
import type { ContainerSummary } from '../../../../electron/shared/dto';
import { Button } from '../../components/Button';
import { PlayIcon, StopIcon } from '../../components/Icons';
import { LogsLink } from '../logs/LogsLink';
import type { BulkAction } from './bulkActions';
import type { ContainerGroupRow } from './containerRows';

/**
 * A compose project's header row: fold or unfold it, how many of its shown containers run, and
 * the project's own Start / Stop / Restart / Remove for exactly those containers.
 */
export function GroupHeader({
  row,
  selected,
  onSelect,
  onToggle,
  onAction,
}: {
  row: ContainerGroupRow;
  /** How many of the group's containers are selected. */
  selected: number;
  /** The group's checkbox: select all its shown containers, or clear them when all are. */
  onSelect: (containers: readonly ContainerSummary[]) => void;
  onToggle: (project: string) => void;
  onAction: (action: BulkAction, containers: readonly ContainerSummary[]) => void;
}) {
  const { project, containers, running, collapsed } = row;
  const total = containers.length;
  const anyStopped = running < total;
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (box.current) box.current.indeterminate = selected > 0 && selected < total;
  }, [selected, total]);
  return (
    <div className="flex min-w-0 flex-1 items-center gap-3">
      <input
        ref={box}
        type="checkbox"
        aria-label={`Select all in ${project}`}
        title={`Select all in ${project}`}
        checked={selected === total}
        onChange={() => onSelect(containers)}
        className="size-3.5 shrink-0 cursor-pointer rounded-sm accent-accent"
      />
      <button
        type="button"
        aria-expanded={!collapsed}
        title={collapsed ? 'Show its containers' : 'Hide its containers'}
        onClick={() => onToggle(project)}
        className="-ml-1 inline-flex min-w-0 items-center gap-1.5 rounded-md px-1.5 py-1 text-left hover:bg-hover"
      >
        <svg
          aria-hidden="true"
          width="12"
          height="12"
          viewBox="0 0 10 10"
          className={`shrink-0 text-text-muted transition-transform ${collapsed ? '-rotate-90' : ''}`}
        >
          <path d="M2 3.5 5 6.5 8 3.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
        </svg>
        <ComposeIcon />
        <span className="truncate text-[13px] font-semibold text-text">{project}</span>
      </button>
      <span className="shrink-0 text-[12px] text-text-muted tabular">
        <span className={running > 0 ? 'font-medium text-running-text' : ''}>
          {running}/{total} running
        </span>
        <span className="text-text-faint"> · compose project</span>
      </span>
      <div className="ml-auto flex shrink-0 items-center gap-1.5">
        <LogsLink ids={containers.map((c) => c.id)} label={`Logs of ${project}`} />
        {anyStopped && (
          <Button size="sm" variant="ghost" icon={<PlayIcon size={11} />} onClick={() => onAction('start', containers)}>
            Start
          </Button>
        )}
        {running > 0 && (
          <Button size="sm" variant="ghost" icon={<StopIcon size={11} />} onClick={() => onAction('stop', containers)}>
            Stop
          </Button>
        )}
        <Button size="sm" variant="ghost" onClick={() => onAction('restart', containers)}>
          Restart
        </Button>
        <Button size="sm" variant="ghost" onClick={() => onAction('remove', containers)}>
          Remove…
        </Button>
      </div>
    </div>
  );
}

/** Stacked boxes: several containers that belong together. */
function ComposeIcon() {
  return (
    <svg
      aria-hidden="true"
      width="14"
      height="14"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinejoin="round"
      className="shrink-0 text-icon"
    >
      <rect x="3" y="10" width="8" height="8" rx="1.5" />
      <rect x="13" y="10" width="8" height="8" rx="1.5" />
      <path d="M7 10V7.5A1.5 1.5 0 0 1 8.5 6h7A1.5 1.5 0 0 1 17 7.5V10" />
    </svg>
  );
}
