import { Button } from '../../components/Button';
import { CloseIcon } from '../../components/Icons';
import { formatSize } from '../../lib/format';

/** Floats over the list's bottom while images are selected: how many, and what to do with them. */
export function SelectionBar({
  count,
  size,
  onClear,
  onRemove,
}: {
  count: number;
  size: number;
  onClear: () => void;
  onRemove: () => void;
}) {
  return (
    <div className="pointer-events-none absolute inset-x-0 bottom-5 z-20 flex justify-center">
      <div
        role="toolbar"
        aria-label="Selection"
        className="pointer-events-auto flex items-center gap-3 rounded-lg border border-border-strong bg-surface-raised py-1.5 pr-1.5 pl-3.5 shadow-toast"
      >
        <p className="text-[13px] font-medium text-text tabular" aria-live="polite">
          {count} selected <span className="font-normal text-text-muted">· {formatSize(size)}</span>
        </p>
        <div aria-hidden="true" className="h-4 border-l border-border" />
        <Button size="sm" variant="secondary" onClick={onRemove}>
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
