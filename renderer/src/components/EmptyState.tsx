import type { ReactNode } from 'react';

/** A designed empty / error state in place of a table body. */
export function EmptyState({
  icon,
  title,
  children,
  action,
}: {
  icon: ReactNode;
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="flex h-full min-h-64 flex-1 flex-col items-center justify-center px-6 pt-10 pb-24 text-center">
      <div className="mb-3 flex size-11 items-center justify-center rounded-xl border border-border bg-surface-sunken text-text-muted">
        {icon}
      </div>
      <h2 className="text-[15px] font-semibold text-text">{title}</h2>
      {children && <div className="mt-1.5 max-w-md text-text-muted">{children}</div>}
      {action && <div className="mt-4">{action}</div>}
    </div>
  );
}

/** A command in monospace, copyable by selection. */
export function Command({ children }: { children: string }) {
  return (
    <code className="rounded-md border border-border bg-surface-sunken px-2 py-1 font-mono text-[12px] text-text select-all">
      {children}
    </code>
  );
}
