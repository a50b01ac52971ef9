/** The layer index while it is not ready: progress with Cancel, cancelled with Start, or the error with Retry. */
import { Button } from '../../components/Button';
import { AlertIcon, RefreshIcon } from '../../components/Icons';
import { Spinner } from '../../components/Spinner';
import { formatSize } from '../../lib/format';
import type { LayerIndexState } from './useLayerIndex';

export function progressText(state: LayerIndexState): string {
  if (state.kind !== 'progress' || state.phase === 'starting') return 'Starting the image export…';
  if (state.phase === 'indexing') return 'Indexing the files…';
  return `Reading the image export… ${formatSize(state.done)} of ${formatSize(state.total)}`;
}

export function IndexStatus({
  state,
  onCancel,
  onRetry,
}: {
  state: Exclude<LayerIndexState, { kind: 'done' }>;
  onCancel: () => void;
  onRetry: () => void;
}) {
  if (state.kind === 'error' || state.kind === 'cancelled') {
    const failed = state.kind === 'error';
    return (
      <div className="flex flex-col items-start gap-3 px-4 py-5">
        <div className="flex items-start gap-2">
          {failed && <AlertIcon size={16} className="mt-0.5 shrink-0 text-danger" />}
          <div>
            <h2 className="text-[13px] font-semibold text-text">
              {failed ? "Couldn't read the image's files" : 'Reading the files was cancelled'}
            </h2>
            <p role={failed ? 'alert' : undefined} className="mt-0.5 text-[12.5px] text-text-muted">
              {failed ? state.message : 'The file index needs the image export; start it again when you want it.'}
            </p>
          </div>
        </div>
        <Button size="sm" icon={<RefreshIcon size={13} />} onClick={onRetry}>
          {failed ? 'Retry' : 'Read the files'}
        </Button>
      </div>
    );
  }
  const reading = state.kind === 'progress' && state.phase === 'reading' && state.total > 0;
  const percent = reading ? Math.min(100, Math.round((state.done / state.total) * 100)) : null;
  const text = progressText(state);
  return (
    <div className="flex flex-col gap-3 px-4 py-5">
      <div className="flex items-center gap-2">
        <Spinner size={13} className="text-text-faint" />
        <h2 className="text-[13px] font-semibold text-text">Indexing the layers</h2>
      </div>
      <div
        role="progressbar"
        aria-label="Layer index"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={text}
        className="h-1.5 overflow-hidden rounded-full bg-surface-sunken"
      >
        <div
          className={`h-full rounded-full bg-accent transition-[width] ${percent === null ? 'w-1/4 animate-pulse' : ''}`}
          style={percent === null ? undefined : { width: `${percent}%` }}
        />
      </div>
      <div className="flex items-center gap-3">
        <p aria-live="polite" className="min-w-0 flex-1 truncate text-[12.5px] text-text-muted tabular">
          {text}
        </p>
        <Button size="sm" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
      <p className="text-[12px] text-text-faint">
        Gantry reads the image once through the Engine&apos;s export; the index is kept for next time.
      </p>
    </div>
  );
}
