/**
 * A modal confirmation that shows exactly what an action will touch, one line per item.
 * Accessible: a native <dialog> opened with showModal() (role=dialog, aria-modal, the rest of
 * the page inert), labelled by its title, Tab kept inside, Escape or Cancel closes it, and focus
 * goes back to where it was. The action itself comes from the caller (`onConfirm`); without one
 * the confirm button stays disabled and `unavailableNote` says why — never a pretend success.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from './Button';

export interface ConfirmItem {
  key: string;
  /** The item's name, e.g. its first tag. */
  primary: ReactNode;
  /** More about it, e.g. the other tags. */
  secondary?: ReactNode;
  /** Right-aligned, e.g. a size or a short ID. */
  meta?: ReactNode;
}

export interface ConfirmDialogProps {
  title: string;
  /** One sentence above the list: what will happen. */
  description?: ReactNode;
  items: readonly ConfirmItem[];
  confirmLabel: string;
  /** 'danger' for destructive actions. */
  tone?: 'danger' | 'default';
  /** Runs the action; the dialog shows it busy until the promise settles, then closes. Errors stay shown. */
  onConfirm?: () => void | Promise<void>;
  /** Shown (and the confirm button disabled) when there is no onConfirm. */
  unavailableNote?: string;
  onClose: () => void;
}

export function ConfirmDialog({
  title,
  description,
  items,
  confirmLabel,
  tone = 'default',
  onConfirm,
  unavailableNote,
  onClose,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const noteId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const latestClose = useRef(onClose);
  useEffect(() => {
    latestClose.current = onClose;
  });

  // Layout effect: the cleanup runs before React takes the dialog out of the page, so closing it
  // and focusing the opener happen while both are still there.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    // The safe choice first: Cancel, never the destructive button.
    cancelRef.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
      // Back where the person was (the Remove button), even if it re-rendered meanwhile.
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const confirm = async () => {
    if (!onConfirm) return;
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      latestClose.current();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={ref}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={!onConfirm && unavailableNote ? noteId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onClose();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Tab') trapTab(event.nativeEvent, event.currentTarget);
      }}
      className="m-auto hidden max-h-[min(560px,85vh)] w-[480px] max-w-[calc(100vw-48px)] flex-col overflow-hidden rounded-xl border border-border bg-surface-raised p-0 text-text shadow-toast open:flex backdrop:bg-[rgb(10_14_22/0.45)]"
    >
      <div className="px-5 pt-4 pb-3">
        <h2 id={titleId} className="text-[15px] font-semibold tracking-tight">
          {title}
        </h2>
        {description && <div className="mt-1 text-[13px] text-text-muted">{description}</div>}
      </div>
      <ul
        aria-label="Items"
        className="min-h-0 flex-1 overflow-auto border-y border-border bg-surface-sunken/60 px-5 py-1.5"
      >
        {items.map((item) => (
          <li key={item.key} className="flex items-start gap-3 border-b border-border/60 py-2 last:border-b-0">
            <div className="min-w-0 flex-1">
              <div className="truncate text-[13px] font-medium">{item.primary}</div>
              {item.secondary && <div className="mt-0.5 text-[12px] text-text-muted">{item.secondary}</div>}
            </div>
            {item.meta && <div className="shrink-0 text-[12px] text-text-muted tabular">{item.meta}</div>}
          </li>
        ))}
      </ul>
      {error && (
        <p role="alert" className="px-5 pt-3 text-[12.5px] text-danger-text">
          {error}
        </p>
      )}
      <div className="flex items-center gap-3 px-5 py-3.5">
        {!onConfirm && unavailableNote && (
          <p id={noteId} className="min-w-0 flex-1 text-[12.5px] text-text-muted">
            {unavailableNote}
          </p>
        )}
        <div className="ml-auto flex shrink-0 gap-2">
          <Button ref={cancelRef} onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button
            variant="primary"
            className={tone === 'danger' ? 'bg-danger-solid hover:bg-danger-solid/90' : ''}
            disabled={!onConfirm}
            busy={busy}
            onClick={() => void confirm()}
          >
            {confirmLabel}
          </Button>
        </div>
      </div>
    </dialog>
  );
}

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

/** Tab and Shift+Tab cycle within the dialog (showModal alone lets focus reach the browser's UI). */
function trapTab(event: KeyboardEvent, dialog: HTMLElement) {
  const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}
