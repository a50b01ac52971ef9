/**
 * The containers list: grouped by compose project, filtered by text and state, sorted by any
 * column, multi-selected for bulk actions, sizes on request; its view lives in the URL. A row
 * click (or Enter) opens the container's page; ctrl/cmd-click, shift-click and Space select.
 */
import { getRouteApi } from '@tanstack/react-router';
import { useCallback, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { ContainerSummary } from '../../../../electron/shared/dto';
import { TopBar } from '../../app/TopBar';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { FilterInput } from '../../components/FilterInput';
import { ListError } from '../../components/ListError';
import { RefreshButton } from '../../components/RefreshButton';
import { useSlashFocus } from '../../components/useArrowKeys';
import { VirtualTable } from '../../components/VirtualTable';
import { plural } from '../../lib/format';
import type { ContainerShow, ContainerSortKey } from '../../lib/listSearch';
import { allState, clickSelect, EMPTY_SELECTION, pruneSelection, toggleAll, type Selection } from '../images/selection';
import { BulkActionDialog } from './BulkActionDialog';
import type { BulkAction } from './bulkActions';
import { containerRowHeight, containerColumns, containersMinWidth } from './columns';
import { containerRows, matchesShow, visibleContainers, type ContainerRow } from './containerRows';
import { ContainersToolbar } from './ContainersToolbar';
import { NoContainers, NoMatches } from './EmptyStates';
import { GroupHeader } from './GroupHeader';
import { containersSearch, containersView, nextSort, type ContainersView } from './search';
import { SelectionBar } from './SelectionBar';
import { useContainers } from './useContainers';
import { useContainerSizes } from './useContainerSizes';
import { useListKeys } from './useListKeys';

const route = getRouteApi('/containers');

const rowKey = (row: ContainerRow) => row.key;
const changeKey = (row: ContainerRow) => (row.kind === 'container' ? row.container.state : '');

/** Folded compose projects, kept while the app runs (Back from a container finds them as left). */
let foldedProjects: ReadonlySet<string> = new Set();

export function ContainersPage() {
  useDocumentTitle('Containers');
  const query = useContainers();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const view = useMemo(() => containersView(search), [search]);
  const setView = useCallback(
    (change: Partial<ContainersView>) =>
      void navigate({ search: (prev) => containersSearch({ ...containersView(prev), ...change }), replace: true }),
    [navigate],
  );

  const sizesTask = useContainerSizes();
  const sizes = sizesTask.state.kind === 'done' ? sizesTask.state.sizes : undefined;
  // Sorting by size means nothing until sizes are there: the Engine's order meanwhile.
  const effective = useMemo<ContainersView>(
    () => (view.sort === 'size' && !sizes ? { ...view, sort: 'created', dir: 'desc' } : view),
    [view, sizes],
  );

  const [folded, setFolded] = useState(foldedProjects);
  const toggleGroup = useCallback((project: string) => {
    setFolded((prev) => {
      const next = new Set(prev);
      if (next.has(project)) next.delete(project);
      else next.add(project);
      foldedProjects = next;
      return next;
    });
  }, []);

  const all = query.data;
  const rows = useMemo(
    () => containerRows(all ?? [], effective, { sizes, collapsed: folded }),
    [all, effective, sizes, folded],
  );
  const shownCount = useMemo(() => visibleContainers(all ?? [], view).length, [all, view]);
  const counts = useMemo(() => showCounts(all ?? []), [all]);

  const [rawSelection, setSelection] = useState<Selection>(EMPTY_SELECTION);
  const existing = useMemo(() => new Set((all ?? []).map((c) => c.id)), [all]);
  const selection = pruneSelection(rawSelection, existing);
  const selectable = useMemo(
    () => rows.map((row) => ({ key: row.key, id: row.kind === 'container' ? row.container.id : undefined })),
    [rows],
  );
  const select = useCallback(
    (key: string, shift: boolean) =>
      setSelection((s) => clickSelect(pruneSelection(s, existing), selectable, key, { shift })),
    [existing, selectable],
  );
  const selected = useMemo(() => (all ?? []).filter((c) => selection.ids.has(c.id)), [all, selection]);

  const [bulk, setBulk] = useState<{ action: BulkAction; containers: readonly ContainerSummary[] } | null>(null);
  const runBulk = useCallback(
    (action: BulkAction, containers: readonly ContainerSummary[]) => setBulk({ action, containers }),
    [],
  );

  const [focused, setFocused] = useState<string | null>(null);
  const openRow = useCallback(
    (key: string) => {
      const row = rows.find((r) => r.key === key);
      if (row?.kind === 'group') toggleGroup(row.project);
      else if (row) void navigate({ to: '/containers/$containerId', params: { containerId: row.container.id } });
    },
    [rows, navigate, toggleGroup],
  );
  useListKeys({
    paused: bulk !== null,
    onEscape: () => setSelection(EMPTY_SELECTION),
    onSpace: () => {
      const row = rows.find((r) => r.key === focused);
      if (row?.kind === 'group') toggleGroup(row.project);
      else if (row) select(row.key, false);
    },
  });
  const onRowClick = useCallback(
    (key: string, event: MouseEvent) => {
      if (event.shiftKey || event.ctrlKey || event.metaKey) select(key, event.shiftKey);
      else openRow(key);
    },
    [select, openRow],
  );

  const columns = useMemo(
    () =>
      containerColumns({
        isSelected: (id) => selection.ids.has(id),
        onCheck: select,
        allState: allState(selection, selectable),
        any: selection.ids.size > 0,
        onToggleAll: () => setSelection((s) => toggleAll(pruneSelection(s, existing), selectable)),
        sizes,
      }),
    [selection, selectable, existing, select, sizes],
  );
  const selectGroup = useCallback(
    (members: readonly ContainerSummary[]) =>
      setSelection((s) =>
        toggleAll(
          pruneSelection(s, existing),
          members.map((c) => ({ key: c.id, id: c.id })),
        ),
      ),
    [existing],
  );
  const fullRow = useCallback(
    (row: ContainerRow) =>
      row.kind === 'group' ? (
        <GroupHeader
          row={row}
          selected={row.containers.filter((c) => selection.ids.has(c.id)).length}
          onSelect={selectGroup}
          onToggle={toggleGroup}
          onAction={runBulk}
        />
      ) : undefined,
    [selection, selectGroup, toggleGroup, runBulk],
  );

  const filterRef = useRef<HTMLInputElement>(null);
  useSlashFocus(filterRef);
  const running = counts.running;
  const filtered = view.q !== '' || view.show !== 'all';
  const clearFilters = () => setView({ q: '', show: 'all' });

  return (
    <>
      <TopBar
        title="Containers"
        summary={
          all
            ? `${filtered ? `${shownCount} of ` : ''}${plural(all.length, 'container')} · ${running} running`
            : undefined
        }
        actions={
          <>
            <FilterInput ref={filterRef} label="Filter containers" value={view.q} onChange={(q) => setView({ q })} />
            <RefreshButton busy={query.isFetching} onClick={() => void query.refetch()} />
          </>
        }
      />
      <ContainersToolbar
        show={view.show}
        counts={all ? counts : undefined}
        onShow={(show) => setView({ show })}
        group={view.group}
        onGroup={(group) => setView({ group })}
        sizes={sizesTask.state}
        onMeasure={sizesTask.measure}
        onHideSizes={sizesTask.hide}
      />
      <main className="relative min-h-0 flex-1 bg-surface">
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
            columns={columns}
            rowKey={rowKey}
            changeKey={changeKey}
            rowHeight={containerRowHeight}
            minWidth={containersMinWidth(sizes !== undefined)}
            selectedKey={focused}
            onSelect={setFocused}
            loading={query.isPending}
            sort={{ column: effective.sort, dir: effective.dir }}
            onSort={(column) => setView(nextSort(effective, column as ContainerSortKey))}
            onRowClick={onRowClick}
            onEnter={openRow}
            isChecked={(row) => row.kind === 'container' && selection.ids.has(row.container.id)}
            fullRow={fullRow}
            scrollKey="containers"
            empty={
              all !== undefined && all.length === 0 ? (
                <NoContainers />
              ) : (
                <NoMatches q={view.q} show={view.show} onClear={clearFilters} />
              )
            }
          />
        )}
        {selected.length > 0 && (
          <SelectionBar
            count={selected.length}
            ids={selected.map((c) => c.id)}
            running={selected.filter((c) => c.state === 'running').length}
            onAction={(action) => runBulk(action, selected)}
            onClear={() => setSelection(EMPTY_SELECTION)}
          />
        )}
      </main>
      {bulk && <BulkActionDialog action={bulk.action} containers={bulk.containers} onClose={() => setBulk(null)} />}
    </>
  );
}

function showCounts(containers: readonly ContainerSummary[]): Record<ContainerShow, number> {
  const counts: Record<ContainerShow, number> = { all: 0, running: 0, paused: 0, stopped: 0 };
  for (const c of containers) {
    for (const show of ['all', 'running', 'paused', 'stopped'] as const) if (matchesShow(c, show)) counts[show]++;
  }
  return counts;
}
