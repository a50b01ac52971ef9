import { useMemo, useRef, useState } from 'react';
import type { ContainerSummary } from '../../../../electron/shared/dto';
import { TopBar } from '../../app/TopBar';
import { Button } from '../../components/Button';
import { Command, EmptyState } from '../../components/EmptyState';
import { FilterInput } from '../../components/FilterInput';
import { ContainerIcon, SearchIcon } from '../../components/Icons';
import { ListError } from '../../components/ListError';
import { RefreshButton } from '../../components/RefreshButton';
import { useSlashFocus } from '../../components/useArrowKeys';
import { VirtualTable } from '../../components/VirtualTable';
import { filterContainers } from '../../lib/filter';
import { plural } from '../../lib/format';
import { CONTAINER_ROW_HEIGHT, CONTAINERS_MIN_WIDTH, containerColumns } from './columns';
import { useContainers } from './useContainers';

const rowKey = (c: ContainerSummary) => c.id;
const changeKey = (c: ContainerSummary) => c.state;

export function ContainersPage() {
  const query = useContainers();
  const [filter, setFilter] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const filterRef = useRef<HTMLInputElement>(null);
  useSlashFocus(filterRef);

  const all = query.data;
  const rows = useMemo(() => filterContainers(all ?? [], filter), [all, filter]);
  const running = useMemo(() => (all ?? []).filter((c) => c.state === 'running').length, [all]);

  const summary = all ? `${plural(all.length, 'container')} · ${running} running` : undefined;
  const noneAtAll = all !== undefined && all.length === 0;

  return (
    <>
      <TopBar
        title="Containers"
        summary={summary}
        actions={
          <>
            <FilterInput ref={filterRef} label="Filter containers" value={filter} onChange={setFilter} />
            <RefreshButton busy={query.isFetching} onClick={() => void query.refetch()} />
          </>
        }
      />
      <main className="min-h-0 flex-1 bg-surface">
        {query.isError && !all ? (
          <ListError
            what="containers"
            error={query.error}
            retrying={query.isFetching}
            onRetry={() => void query.refetch()}
          />
        ) : (
          <VirtualTable
            label="Containers"
            rows={rows}
            columns={containerColumns}
            rowKey={rowKey}
            changeKey={changeKey}
            rowHeight={CONTAINER_ROW_HEIGHT}
            minWidth={CONTAINERS_MIN_WIDTH}
            selectedKey={selected}
            onSelect={setSelected}
            loading={query.isPending}
            empty={
              noneAtAll ? (
                <EmptyState icon={<ContainerIcon size={20} />} title="No containers yet">
                  <p>Containers you run appear here as they start. Try one from a terminal:</p>
                  <p className="mt-3">
                    <Command>docker run hello-world</Command>
                  </p>
                </EmptyState>
              ) : (
                <EmptyState
                  icon={<SearchIcon size={20} />}
                  title="No matching containers"
                  action={<Button onClick={() => setFilter('')}>Clear filter</Button>}
                >
                  <p>Nothing matches “{filter}” in names, images, IDs or status.</p>
                </EmptyState>
              )
            }
          />
        )}
      </main>
    </>
  );
}
