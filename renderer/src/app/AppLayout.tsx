import { Outlet, useRouterState } from '@tanstack/react-router';
import { Toasts } from '../components/Toasts';
import { EngineUnavailable } from '../features/engine/EngineUnavailable';
import { useEngineStatus } from '../features/engine/useEngineStatus';
import { sectionFromPath, type Section } from '../lib/routes';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';
import { useDocumentTitle } from './useDocumentTitle';
import { useEngineEvents } from './useEngineEvents';
import { useRecovery } from './useRecovery';

export const SECTION_TITLES: Record<Section, string> = { containers: 'Containers', images: 'Images', logs: 'Logs' };

/** The root route: sidebar, the page (or the engine-unavailable screen in its place), toasts. */
export function AppLayout() {
  useEngineEvents();
  useRecovery();
  const section = sectionFromPath(useRouterState({ select: (state) => state.location.pathname }));
  const status = useEngineStatus();
  const data = status.data;

  return (
    <div className="flex h-full">
      <Sidebar section={section} />
      <div className="flex min-w-0 flex-1 flex-col">
        {data?.state === 'unavailable' ? (
          <Unavailable title={SECTION_TITLES[section]}>
            <EngineUnavailable status={data} retrying={status.isFetching} onRetry={() => void status.refetch()} />
          </Unavailable>
        ) : (
          <Outlet />
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
