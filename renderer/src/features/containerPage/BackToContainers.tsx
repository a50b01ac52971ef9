/** The top bar's way back to the containers list. */
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { BACK_LINK, BackLinkContent } from '../../components/BackLink';

export function BackToContainers({ children }: { children: ReactNode }) {
  return (
    <Link to="/containers" className={BACK_LINK}>
      <BackLinkContent>{children}</BackLinkContent>
    </Link>
  );
}
