/**
 * The top bar's way back to the images list, with the list's last view (filter, sort, grouping)
 * restored, for every page under /images (an image, the map).
 */
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { lastImagesSearch } from './lastSearch';

export function BackToImages({ children }: { children: ReactNode }) {
  return (
    <Link
      to="/images"
      search={lastImagesSearch()}
      className="inline-flex h-7 items-center gap-1 rounded-md pr-2 pl-1 text-[13px] font-medium text-text-muted hover:bg-hover hover:text-text"
    >
      <svg aria-hidden="true" width="14" height="14" viewBox="0 0 16 16">
        <path d="M10 3.5 5.5 8l4.5 4.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      </svg>
      {children}
    </Link>
  );
}
