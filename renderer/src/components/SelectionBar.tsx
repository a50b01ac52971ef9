/**
 * The bar that floats over a list's bottom while rows are selected: how many (and a fact about
 * them), the list's own bulk actions, and Clear. The images and containers lists give their actions.
 */
import type { ReactNode } from 'react';
import { CloseIcon } from './Icons';

export function SelectionBar({
  count,
  detail,
  onClear,
  children,
}: {
  count: number;
  /** After "N selected ·": the selection's size, how many run… */
  detail: ReactNode;
  onClear: () => void;
  /** The bulk action buttons. */
  children: ReactNode;
}) {
  return (
    <div className="pointer-events-none absolute inset-x-0 bottom-5 z-20 flex justify-center">
      <div
        role="toolbar"
        aria-label="Selection"
        className="pointer-events-auto flex items-center gap-2 rounded-lg border border-border-strong bg-surface-raised py-1.5 pr-1.5 pl-3.5 shadow-toast"
      >
        <p className="mr-1 text-[13px] font-medium text-text tabular" aria-live="polite">
          {count} selected <span className="font-normal text-text-muted">· {detail}</span>
        </p>
        <div aria-hidden="true" className="h-4 border-l border-border" />
        {children}
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
