import { Button } from '../../components/Button';
import { Segmented } from '../../components/Segmented';
import { Spinner } from '../../components/Spinner';
import { plural } from '../../lib/format';
import type { ContainerShow } from '../../lib/listSearch';
import { HostOverview } from '../stats/HostOverview';
import { elapsedWords, type SizesState } from './containerSizes';

const SHOW_LABELS: Record<ContainerShow, string> = {
  all: 'All',
  running: 'Running',
  paused: 'Paused',
  stopped: 'Stopped',
};

const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });

/** The list's own controls: which states, grouping by compose project, and the sizes switch. */
export function ContainersToolbar({
  show,
  counts,
  onShow,
  group,
  onGroup,
  sizes,
  onMeasure,
  onHideSizes,
}: {
  show: ContainerShow;
  counts: Record<ContainerShow, number> | undefined;
  onShow: (show: ContainerShow) => void;
  group: boolean;
  onGroup: (group: boolean) => void;
  sizes: SizesState;
  onMeasure: () => void;
  onHideSizes: () => void;
}) {
  const on = sizes.kind !== 'off';
  return (
    <div className="flex h-11 shrink-0 items-center gap-3 border-b border-border bg-surface px-4">
      <Segmented
        label="State"
        value={show}
        options={(['all', 'running', 'paused', 'stopped'] as const).map((value) => ({
          value,
          label: SHOW_LABELS[value],
          count: counts?.[value],
        }))}
        onChange={onShow}
      />
      <label className="inline-flex cursor-pointer items-center gap-2 text-[12.5px] font-medium text-text-muted select-none hover:text-text">
        <input
          type="checkbox"
          checked={group}
          onChange={(event) => onGroup(event.target.checked)}
          className="size-3.5 cursor-pointer accent-accent"
        />
        Group by compose project
      </label>
      <div className="ml-auto flex min-w-0 items-center gap-3">
        <HostOverview />
        <div aria-hidden="true" className="h-4 border-l border-border" />
        <SizesStatus sizes={sizes} onMeasure={onMeasure} onCancel={onHideSizes} />
        <label className="inline-flex cursor-pointer items-center gap-2 text-[12.5px] font-medium text-text-muted select-none hover:text-text">
          <input
            type="checkbox"
            role="switch"
            checked={on}
            onChange={(event) => (event.target.checked ? onMeasure() : onHideSizes())}
            className="relative h-4 w-7 shrink-0 cursor-pointer appearance-none rounded-full bg-border-strong transition-colors before:absolute before:top-0.5 before:left-0.5 before:size-3 before:rounded-full before:bg-white before:shadow-xs before:transition-transform checked:bg-accent checked:before:translate-x-3"
          />
          Show sizes
        </label>
      </div>
    </div>
  );
}

function SizesStatus({
  sizes,
  onMeasure,
  onCancel,
}: {
  sizes: SizesState;
  onMeasure: () => void;
  onCancel: () => void;
}) {
  switch (sizes.kind) {
    case 'off':
      return null;
    case 'running':
      return (
        <span role="status" className="inline-flex items-center gap-2 text-[12px] text-text-muted tabular">
          <Spinner size={12} />
          Measuring sizes · {plural(sizes.containers, 'container')} · {elapsedWords(sizes.elapsedMs)}
          <Button size="sm" variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        </span>
      );
    case 'done':
      return (
        <span role="status" className="inline-flex items-center gap-2 text-[12px] text-text-muted tabular">
          <span title={`${plural(sizes.count, 'container')} measured in ${elapsedWords(sizes.elapsedMs)}`}>
            {sizes.count === 0 ? 'No containers to measure' : `Sizes as of ${timeFormat.format(sizes.measuredAt)}`}
          </span>
          <Button size="sm" variant="ghost" onClick={onMeasure}>
            Measure again
          </Button>
        </span>
      );
    case 'error':
      return (
        <span role="alert" className="inline-flex min-w-0 items-center gap-2 text-[12px] text-danger-text">
          <span className="truncate" title={sizes.message}>
            Couldn&apos;t measure sizes: {sizes.message}
          </span>
          <Button size="sm" variant="ghost" onClick={onMeasure}>
            Retry
          </Button>
        </span>
      );
  }
}
