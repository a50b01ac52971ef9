/**
 * The app's modal frame (confirmations, tag and removal dialogs): a native <dialog> opened with
 * showModal() (role=dialog, aria-modal, the rest of the page inert), labelled by its title and
 * described by its description, Tab kept inside, Escape or Cancel closes it unless it is busy,
 * focus back where it was. The body is free (lists, fields, checkboxes, progress); the caller owns
 * the buttons and puts the safe one (Cancel) first, where focus starts.
 */
import { useEffect, useId, useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import { Button } from './Button';

export function ModalDialog({
  title,
  description,
  children,
  footer,
  busy = false,
  onClose,
  initialFocus,
  width = 520,
}: {
  title: string;
  description?: ReactNode;
  children?: ReactNode;
  footer: ReactNode;
  /** While busy, Escape does nothing (the caller disables its buttons). */
  busy?: boolean;
  onClose: () => void;
  /** Focused on open; the first button otherwise (the caller puts Cancel first). */
  initialFocus?: RefObject<HTMLElement | null>;
  width?: number;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const latest = useRef({ onClose, busy });
  useEffect(() => {
    latest.current = { onClose, busy };
  });

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    const first = initialFocus?.current ?? dialog.querySelector<HTMLElement>('[data-autofocus]');
    first?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on open
  }, []);

  return (
    <dialog
      ref={ref}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        if (!latest.current.busy) latest.current.onClose();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Tab') trapTab(event.nativeEvent, event.currentTarget);
      }}
      style={{ width }}
      className="m-auto hidden max-h-[min(640px,88vh)] max-w-[calc(100vw-48px)] flex-col overflow-hidden rounded-xl border border-border bg-surface-raised p-0 text-text shadow-toast open:flex backdrop:bg-[rgb(10_14_22/0.45)]"
    >
      <div className="px-5 pt-4 pb-3">
        <h2 id={titleId} className="text-[15px] font-semibold tracking-tight">
          {title}
        </h2>
        {description && (
          <div id={descriptionId} className="mt-1 text-[13px] text-text-muted">
            {description}
          </div>
        )}
      </div>
      {children}
      <div className="flex items-center gap-3 px-5 py-3.5">{footer}</div>
    </dialog>
  );
}

/** The scrolling list area between the header and the footer. */
export function DialogList({ label, children }: { label: string; children: ReactNode }) {
  return (
    <ul
      aria-label={label}
      className="min-h-0 flex-1 overflow-auto border-y border-border bg-surface-sunken/60 px-5 py-1.5"
    >
      {children}
    </ul>
  );
}

/** A plain-words error from the backend, under the part it concerns. */
export function DialogError({ message, id }: { message: string | null; id?: string }) {
  if (!message) return null;
  return (
    <p id={id} role="alert" className="px-5 pt-3 text-[12.5px] text-danger-text">
      {message}
    </p>
  );
}

export const DANGER_BUTTON = 'bg-danger-solid hover:bg-danger-solid/90';

/**
 * A destructive dialog's buttons: Cancel first (where focus starts: pass `cancelRef` to the
 * dialog's initialFocus too), then the red confirm, both held while the action runs.
 */
export function DangerButtons({
  cancelRef,
  onCancel,
  confirmLabel,
  canConfirm,
  busy,
  onConfirm,
}: {
  cancelRef: RefObject<HTMLButtonElement | null>;
  onCancel: () => void;
  confirmLabel: string;
  canConfirm: boolean;
  busy: boolean;
  onConfirm: () => void;
}) {
  return (
    <div className="ml-auto flex shrink-0 gap-2">
      <Button ref={cancelRef} onClick={onCancel} disabled={busy}>
        Cancel
      </Button>
      <Button variant="primary" className={DANGER_BUTTON} disabled={!canConfirm} busy={busy} onClick={onConfirm}>
        {confirmLabel}
      </Button>
    </div>
  );
}

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

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
