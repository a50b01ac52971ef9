import { getRouteApi } from '@tanstack/react-router';
import { useMemo } from 'react';
import type { ContainerSummary } from '../../../../electron/shared/dto';
import { Command, EmptyState } from '../../components/EmptyState';
import { ContainerIcon } from '../../components/Icons';
import { ListPage } from '../../components/ListPage';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { filterContainers } from '../../lib/filter';
import { plural } from '../../lib/format';
import { CONTAINER_ROW_HEIGHT, CONTAINERS_MIN_WIDTH, containerColumns } from './columns';
import { useContainers } from './useContainers';

const table = {
  columns: containerColumns,
  rowKey: (container: ContainerSummary) => container.id,
  // Rows flash once when the state changes.
  changeKey: (container: ContainerSummary) => container.state,
  rowHeight: CONTAINER_ROW_HEIGHT,
  minWidth: CONTAINERS_MIN_WIDTH,
  scrollKey: 'containers',
};

const route = getRouteApi('/containers');

export function ContainersPage() {
  useDocumentTitle('Containers');
  const query = useContainers();
  const filter = route.useSearch().q ?? '';
  const navigate = route.useNavigate();
  const setFilter = (q: string) => void navigate({ search: { q: q || undefined }, replace: true });
  const all = query.data;
  const rows = useMemo(() => filterContainers(all ?? [], filter), [all, filter]);
  const running = useMemo(() => (all ?? []).filter((c) => c.state === 'running').length, [all]);

  return (
    <ListPage
      title="Containers"
      query={query}
      summary={all ? `${plural(all.length, 'container')} · ${running} running` : undefined}
      filter={filter}
      onFilterChange={setFilter}
      filterMatches="names, images, IDs or status"
      rows={rows}
      table={table}
      none={
        <EmptyState icon={<ContainerIcon size={20} />} title="No containers yet">
          <p>Containers you run appear here as they start. Try one from a terminal:</p>
          <p className="mt-3">
            <Command>docker run hello-world</Command>
          </p>
        </EmptyState>
      }
    />
  );
}
