import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useSyncExternalStore, type ReactNode } from 'react';
import { ContainerIcon, DiskIcon, ImageIcon, LogsIcon, NetworkIcon, VolumeIcon } from '../components/Icons';
import { LogoMark } from '../components/Logo';
import { useContainers } from '../features/containers/useContainers';
import { useImages } from '../features/images/useImages';
import { queryKeys } from '../lib/queryKeys';
import type { Section } from '../lib/routes';

// Below 1180px the sidebar shows icons only; the labels stay as accessible names (sr-only).
// Class names are written out in full (min-[1180px]:…) so that Tailwind finds them.

export function Sidebar({ section }: { section: Section }) {
  // The other page's count waits for the shown page's list: the first screen gets the Engine first.
  const containersLoaded = useHasData(queryKeys.containers);
  const imagesLoaded = useHasData(queryKeys.images);
  const containers = useContainers({ enabled: section === 'containers' || imagesLoaded }).data;
  const images = useImages({ enabled: section === 'images' || containersLoaded }).data;
  return (
    <aside className="flex w-[60px] shrink-0 flex-col border-r border-border bg-canvas min-[1180px]:w-[220px]">
      <div className="flex h-14 items-center gap-2.5 px-[17px] min-[1180px]:px-4">
        <LogoMark size={26} />
        <span className="sr-only text-[16px] font-semibold tracking-tight text-text min-[1180px]:not-sr-only">
          Gantry
        </span>
      </div>
      <nav aria-label="Main" className="flex flex-col gap-0.5 px-2.5 pt-2">
        <NavLink
          to="/containers"
          current={section === 'containers'}
          icon={<ContainerIcon />}
          count={containers?.length}
        >
          Containers
        </NavLink>
        <NavLink to="/images" current={section === 'images'} icon={<ImageIcon />} count={images?.length}>
          Images
        </NavLink>
        <NavLink to="/logs" current={section === 'logs'} icon={<LogsIcon />} count={undefined}>
          Logs
        </NavLink>
        <p
          className={`mt-5 mb-1 hidden px-2.5 text-[11px] font-medium tracking-wide text-text-faint uppercase min-[1180px]:block`}
        >
          Coming soon
        </p>
        <div aria-hidden="true" className={`mx-2 my-3 border-t border-border min-[1180px]:hidden`} />
        <Soon icon={<VolumeIcon />}>Volumes</Soon>
        <Soon icon={<NetworkIcon />}>Networks</Soon>
        <Soon icon={<DiskIcon />}>Disk usage</Soon>
      </nav>
    </aside>
  );
}

interface NavLinkProps {
  to: '/containers' | '/images' | '/logs';
  current: boolean;
  icon: ReactNode;
  count: number | undefined;
  children: string;
}

function NavLink({ to, current, icon, count, children }: NavLinkProps) {
  return (
    <Link
      to={to}
      // The section is current on its detail pages too (an image's page is under Images).
      activeProps={{}}
      aria-current={current ? 'page' : undefined}
      title={children}
      className={`flex h-8 items-center gap-2.5 rounded-md px-2.5 text-[13px] font-medium transition-colors ${
        current ? 'bg-selected text-text' : 'text-text-muted hover:bg-hover hover:text-text'
      }`}
    >
      <span className={current ? 'text-accent' : 'text-icon'}>{icon}</span>
      <span className={`sr-only flex-1 min-[1180px]:not-sr-only`}>{children}</span>
      {count !== undefined && (
        <span className={`hidden text-[12px] text-text-faint tabular min-[1180px]:inline`}>{count}</span>
      )}
    </Link>
  );
}

function Soon({ icon, children }: { icon: ReactNode; children: string }) {
  return (
    <span
      aria-disabled="true"
      title={`${children} — coming soon`}
      className="flex h-8 cursor-default items-center gap-2.5 rounded-md px-2.5 text-[13px] text-icon"
    >
      <span className="opacity-70">{icon}</span>
      <span className={`sr-only flex-1 min-[1180px]:not-sr-only`}>{children}</span>
      <span className={`hidden rounded border border-border px-1 text-[10.5px] leading-4 min-[1180px]:inline`}>
        soon
      </span>
    </span>
  );
}

/** Whether the cache holds data for `key`, re-rendering when that changes. */
function useHasData(key: QueryKey): boolean {
  const client = useQueryClient();
  return useSyncExternalStore(
    (onChange) => client.getQueryCache().subscribe(onChange),
    () => client.getQueryData(key) !== undefined,
  );
}
