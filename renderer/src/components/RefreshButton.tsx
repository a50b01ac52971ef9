import { RefreshIcon } from './Icons';
import { Spinner } from './Spinner';

/** Icon button that reloads the page's list (events normally make this unnecessary). */
export function RefreshButton({ busy, onClick }: { busy: boolean; onClick: () => void }) {
  return (
    <button
      type="button"
      aria-label="Refresh"
      title="Refresh"
      onClick={onClick}
      disabled={busy}
      aria-busy={busy || undefined}
      className="inline-flex size-8 items-center justify-center rounded-md border border-border-strong bg-surface-raised text-text-muted transition-colors hover:bg-hover hover:text-text disabled:opacity-70"
    >
      {busy ? <Spinner size={14} /> : <RefreshIcon size={15} />}
    </button>
  );
}
