import { Outlet, useRouterState } from '@tanstack/react-router';
import { Toasts } from '../components/Toasts';
import { EngineDisconnected } from '../features/engine/EngineDisconnected';
import { EngineUnavailable } from '../features/engine/EngineUnavailable';
import { useEngineLostAt } from '../features/engine/useEngineLostAt';
import { useEngineStatus } from '../features/engine/useEngineStatus';
import { sectionFromPath, type Section } from '../lib/routes';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';
import { useDocumentTitle } from './useDocumentTitle';
import { useEngineEvents } from './useEngineEvents';
import { useRecovery } from './useRecovery';

export const SECTION_TITLES: Record<Section, string> = { containers: 'Containers', images: 'Images', logs: 'Logs' };

/**
 * The root route: sidebar, the page, toasts. When the Engine cannot be reached: the page stays,
 * marked stale under a "reconnecting" banner, if the Engine was there earlier in this session;
 * otherwise the engine-unavailable screen takes the page's place.
 */
export function AppLayout() {
  useEngineEvents();
  useRecovery();
  const section = sectionFromPath(useRouterState({ select: (state) => state.location.pathname }));
  const status = useEngineStatus();
  const data = status.data;
  const lostAt = useEngineLostAt(data?.state, status.dataUpdatedAt);
  const retry = () => void status.refetch();

  return (
    <div className="flex h-full">
      <Sidebar section={section} />
      <div className="flex min-w-0 flex-1 flex-col">
        {data?.state === 'unavailable' && lostAt === null ? (
          <Unavailable title={SECTION_TITLES[section]}>
            <EngineUnavailable status={data} retrying={status.isFetching} onRetry={retry} />
          </Unavailable>
        ) : (
          <>
            {data?.state === 'unavailable' && (
              <EngineDisconnected status={data} lostAt={lostAt!} retrying={status.isFetching} onRetry={retry} />
            )}
            {/* One element either way, so the page is not remounted (and keeps its place) when the
                Engine goes and comes back. Stale: desaturated, not faded, so it stays as readable. */}
            <div
              data-stale={data?.state === 'unavailable' || undefined}
              className={`flex min-h-0 flex-1 flex-col ${data?.state === 'unavailable' ? 'saturate-[.3]' : ''}`}
            >
              <Outlet />
            </div>
          </>
        )}
      </div>
      <Toasts />
    </div>
  );
}

function Unavailable({ title, children }: { title: string; children: React.ReactNode }) {
  useDocumentTitle(title);
  return (
    <>
      <TopBar title={title} />
      <main className="min-h-0 flex-1 bg-surface">{children}</main>
    </>
  );
}
