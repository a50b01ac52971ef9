/**
 * The top bar's way back to the images list, with the list's last view (filter, sort, grouping)
 * restored, for every page under /images (an image, the map).
 */
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { BACK_LINK, BackLinkContent } from '../../components/BackLink';
import { lastImagesSearch } from './lastSearch';

export function BackToImages({ children }: { children: ReactNode }) {
  return (
    <Link to="/images" search={lastImagesSearch()} className={BACK_LINK}>
      <BackLinkContent>{children}</BackLinkContent>
    </Link>
  );
}
