import { useEffect } from 'react';
import { Toasts } from '../components/Toasts';
import { ContainersPage } from '../features/containers/ContainersPage';
import { EngineUnavailable } from '../features/engine/EngineUnavailable';
import { useEngineStatus } from '../features/engine/useEngineStatus';
import { ImagesPage } from '../features/images/ImagesPage';
import { useRoute, type Route } from './route';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';
import { useEngineEvents } from './useEngineEvents';
import { useRecovery } from './useRecovery';

const TITLES: Record<Route, string> = { containers: 'Containers', images: 'Images' };

export function App() {
  useEngineEvents();
  useRecovery();
  const route = useRoute();
  const status = useEngineStatus();
  useEffect(() => {
    document.title = `${TITLES[route]} — Gantry`;
  }, [route]);

  let page;
  if (status.data?.state === 'unavailable') {
    page = (
      <>
        <TopBar title={TITLES[route]} />
        <main className="min-h-0 flex-1 bg-surface">
          <EngineUnavailable status={status.data} retrying={status.isFetching} onRetry={() => void status.refetch()} />
        </main>
      </>
    );
  } else if (route === 'images') {
    page = <ImagesPage />;
  } else {
    page = <ContainersPage />;
  }

  return (
    <div className="flex h-full">
      <Sidebar route={route} />
      <div className="flex min-w-0 flex-1 flex-col">{page}</div>
      <Toasts />
    </div>
  );
}
