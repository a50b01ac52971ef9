/** The top bar's "‹ Back" look, for the links from a detail page back to its list. */
import type { ReactNode } from 'react';

export const BACK_LINK =
  'inline-flex h-7 items-center gap-1 rounded-md pr-2 pl-1 text-[13px] font-medium text-text-muted hover:bg-hover hover:text-text';

/** A link styled as a secondary button: "Back to images" on a page whose object is gone. */
export const LINK_BUTTON =
  'inline-flex h-8 items-center rounded-md border border-border-strong bg-surface-raised px-3 text-[13px] font-medium text-text shadow-xs hover:bg-hover';

/** The link's arrow and words; the link itself is the page's (each list has its own route and search). */
export function BackLinkContent({ children }: { children: ReactNode }) {
  return (
    <>
      <svg aria-hidden="true" width="14" height="14" viewBox="0 0 16 16">
        <path d="M10 3.5 5.5 8l4.5 4.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      </svg>
      {children}
    </>
  );
}
