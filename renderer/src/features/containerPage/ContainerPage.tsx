/** BASE-BRANCH PLACEHOLDER (never lands on main): the container page helper replaces this file. */
import { getRouteApi } from '@tanstack/react-router';

const route = getRouteApi('/containers/$containerId');

export function ContainerPage() {
  const { containerId } = route.useParams();
  return <p>Container {containerId}</p>;
}
