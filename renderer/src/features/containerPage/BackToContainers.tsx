/** The top bar's way back to the containers list. */
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';

export const LINK_BUTTON =
  'inline-flex h-8 items-center rounded-md border border-border-strong bg-surface-raised px-3 text-[13px] font-medium text-text shadow-xs hover:bg-hover';

export function BackToContainers({ children }: { children: ReactNode }) {
  return (
    <Link
      to="/containers"
      className="inline-flex h-7 items-center gap-1 rounded-md pr-2 pl-1 text-[13px] font-medium text-text-muted hover:bg-hover hover:text-text"
    >
      <svg aria-hidden="true" width="14" height="14" viewBox="0 0 16 16">
        <path d="M10 3.5 5.5 8l4.5 4.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      </svg>
      {children}
    </Link>
  );
}
