/**
 * The app's routes: TanStack Router, code-based route tree, hash history (the desktop app loads
 * from app://gantry/index.html, a single file, so there are no history-API paths). Adding a page = one createRoute here plus
 * its component; detail pages are children of the root with params of their own
 * (`/images/$imageId`, later `/images/$imageId/layers/$layerId`, `/containers/$containerId`…).
 * List pages keep their view (filter, sort, grouping) in validated search params.
 */
import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Navigate,
  redirect,
} from '@tanstack/react-router';
import { ContainersPage } from '../features/containers/ContainersPage';
import { ImagesPage } from '../features/images/ImagesPage';
import { parseImagesSearch } from '../features/images/search';
import { parseContainerPageSearch } from '../features/containerPage/search';
import { parseImagePageSearch } from '../features/imagePage/search';
import { parseContainersSearch } from '../lib/listSearch';
import { parseLogsSearch } from '../features/logs/search';
import { AppLayout } from './AppLayout';
import { createAppHashHistory } from './hashHistory';

const rootRoute = createRootRoute({
  component: AppLayout,
  // An unknown hash shows the containers, as the app's first page.
  notFoundComponent: () => <Navigate to="/containers" replace />,
});

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: () => {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- TanStack Router's redirect is thrown
    throw redirect({ to: '/containers', replace: true });
  },
});

export const containersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'containers',
  validateSearch: parseContainersSearch,
  component: ContainersPage,
});

export const imagesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'images',
  validateSearch: parseImagesSearch,
  component: ImagesPage,
});

/** Every image by the layers they share. A static segment: TanStack ranks it above `$imageId`. */
export const imageMapRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'images/map',
  // Detail pages load their own chunk when first opened: the first screen (a list) does not
  // parse the layer explorer, the map's layout or their libraries.
  component: lazyRouteComponent(() => import('../features/imageMap/ImageMapPage'), 'ImageMapPage'),
});

/** One image. `$imageId` is the ID without "sha256:" (a unique prefix, e.g. the short ID, works too). */
export const imageRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'images/$imageId',
  validateSearch: parseImagePageSearch,
  component: lazyRouteComponent(() => import('../features/images/ImagePage'), 'ImagePage'),
});

/** One container. `$containerId` is its full or short ID (a name works too). */
export const containerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'containers/$containerId',
  validateSearch: parseContainerPageSearch,
  component: lazyRouteComponent(() => import('../features/containerPage/ContainerPage'), 'ContainerPage'),
});

/** The logs of several containers merged by time: `#/logs?ids=<id1>,<id2>`. */
export const logsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'logs',
  validateSearch: parseLogsSearch,
  component: lazyRouteComponent(() => import('../features/logs/LogsPage'), 'LogsPage'),
});

const routeTree = rootRoute.addChildren([
  indexRoute,
  containersRoute,
  containerRoute,
  imagesRoute,
  imageMapRoute,
  imageRoute,
  logsRoute,
]);

export function createAppRouter() {
  return createRouter({
    routeTree,
    history: createAppHashHistory(),
    // Pages load their data through TanStack Query; no route loaders, so no pending states here.
    defaultPreload: false,
    scrollRestoration: false,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
