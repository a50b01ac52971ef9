import { AlertIcon, CloseIcon } from './Icons';
import { dismissToast, useToasts } from './toastStore';

/** Bottom-right stack of messages. Errors are announced (role="alert"). */
export function Toasts() {
  const toasts = useToasts();
  return (
    <div
      aria-live="polite"
      className="pointer-events-none fixed right-4 bottom-4 z-50 flex w-[420px] max-w-[calc(100vw-2rem)] flex-col gap-2"
    >
      {toasts.map((toast) => (
        <div
          key={toast.id}
          role={toast.tone === 'error' ? 'alert' : 'status'}
          className="pointer-events-auto flex gap-3 rounded-lg border border-border bg-surface-raised p-3 shadow-toast"
        >
          {toast.tone === 'error' && <AlertIcon size={16} className="mt-0.5 shrink-0 text-danger" />}
          <div className="min-w-0 flex-1">
            <p className="font-semibold text-text">{toast.title}</p>
            {toast.message && <p className="mt-0.5 break-words text-text">{toast.message}</p>}
            {toast.hint && <p className="mt-1 text-[12px] text-text-muted">{toast.hint}</p>}
          </div>
          <button
            type="button"
            aria-label="Dismiss"
            onClick={() => dismissToast(toast.id)}
            className="inline-flex size-6 shrink-0 items-center justify-center rounded text-text-faint hover:bg-hover hover:text-text"
          >
            <CloseIcon size={13} />
          </button>
        </div>
      ))}
    </div>
  );
}
