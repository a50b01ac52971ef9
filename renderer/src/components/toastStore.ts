/** A tiny store of transient messages (errors from actions), rendered by <Toasts/>. */
import { useSyncExternalStore } from 'react';

export interface Toast {
  id: number;
  tone: 'error' | 'info';
  title: string;
  message?: string;
  hint?: string;
}

let toasts: readonly Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const timers = new Map<number, ReturnType<typeof setTimeout>>();

function emit() {
  for (const listener of listeners) listener();
}

export function dismissToast(id: number) {
  clearTimeout(timers.get(id));
  timers.delete(id);
  toasts = toasts.filter((toast) => toast.id !== id);
  emit();
}

/** Shows a toast; errors stay 12 s (or until dismissed), info 4 s. At most 4 at a time. */
export function showToast(toast: Omit<Toast, 'id'>): number {
  const id = nextId++;
  toasts = [...toasts, { ...toast, id }].slice(-4);
  timers.set(
    id,
    setTimeout(() => dismissToast(id), toast.tone === 'error' ? 12_000 : 4_000),
  );
  emit();
  return id;
}

export function useToasts(): readonly Toast[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => toasts,
  );
}
