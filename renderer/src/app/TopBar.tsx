import type { ReactNode } from 'react';
import { ConnectionIndicator } from '../features/engine/ConnectionIndicator';

/** The page's title and summary, the Engine's connection, and the page's own actions on the right. */
export function TopBar({
  title,
  summary,
  actions,
  back,
}: {
  title: string;
  summary?: ReactNode;
  actions?: ReactNode;
  /** A link back to where the page was opened from, before the title (detail pages). */
  back?: ReactNode;
}) {
  return (
    <header className="flex h-14 shrink-0 items-center gap-4 border-b border-border bg-surface px-4">
      <div className="flex min-w-0 shrink items-center gap-3">
        {back && (
          <>
            {back}
            <div aria-hidden="true" className="h-4 border-l border-border" />
          </>
        )}
        <h1 className="truncate text-[15px] font-semibold tracking-tight text-text">{title}</h1>
        {summary && <p className="text-[12.5px] whitespace-nowrap text-text-muted tabular">{summary}</p>}
      </div>
      <div className="ml-auto flex min-w-0 items-center gap-3">
        <ConnectionIndicator />
        {actions && <div className="flex shrink-0 items-center gap-2">{actions}</div>}
      </div>
    </header>
  );
}
