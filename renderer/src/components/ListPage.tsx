/**
 * The frame every resource list shares: the top bar with title, summary, a filter ("/" focuses it)
 * and Refresh; the list's error state; and the virtualised table with its two empty states —
 * nothing there at all, or nothing matching the filter. Pages bring their columns and words.
 */
import type { UseQueryResult } from '@tanstack/react-query';
import { useRef, useState, type ReactNode } from 'react';
import { TopBar } from '../app/TopBar';
import { Button } from './Button';
import { EmptyState } from './EmptyState';
import { FilterInput } from './FilterInput';
import { SearchIcon } from './Icons';
import { ListError } from './ListError';
import { RefreshButton } from './RefreshButton';
import { useSlashFocus } from './useArrowKeys';
import { VirtualTable, type VirtualTableProps } from './VirtualTable';

interface ListPageProps<T> {
  /** "Containers": the page title and the table's accessible name. */
  title: string;
  // The list as the Engine gave it (the rows may be derived from it: filtered, grouped).
  query: UseQueryResult<readonly unknown[]>;
  summary: string | undefined;
  filter: string;
  onFilterChange: (value: string) => void;
  /** What the filter looks at, for the no-match message: "names, images, IDs or status". */
  filterMatches: string;
  /** The filtered rows. */
  rows: readonly T[];
  table: Pick<VirtualTableProps<T>, 'columns' | 'rowKey' | 'changeKey' | 'rowHeight' | 'minWidth'> &
    Partial<
      Pick<VirtualTableProps<T>, 'sort' | 'onSort' | 'onRowClick' | 'onEnter' | 'isChecked' | 'fullRow' | 'scrollKey'>
    >;
  /** The empty state when the Engine has none of these at all. */
  none: ReactNode;
  /** A bar of the list's own controls between the top bar and the table (filters, grouping). */
  toolbar?: ReactNode;
  /** Drawn over the bottom of the list (a selection bar). */
  overlay?: ReactNode;
  /** Other filters besides the text are on (the no-match message names them, and Clear resets all). */
  otherFilters?: { describe: string; clear: () => void };
}

export function ListPage<T>({
  title,
  query,
  summary,
  filter,
  onFilterChange,
  filterMatches,
  rows,
  table,
  none,
  toolbar,
  overlay,
  otherFilters,
}: ListPageProps<T>) {
  const [selected, setSelected] = useState<string | null>(null);
  const filterRef = useRef<HTMLInputElement>(null);
  useSlashFocus(filterRef);
  const noun = title.toLowerCase();
  const all = query.data;

  return (
    <>
      <TopBar
        title={title}
        summary={summary}
        actions={
          <>
            <FilterInput ref={filterRef} label={`Filter ${noun}`} value={filter} onChange={onFilterChange} />
            <RefreshButton busy={query.isFetching} onClick={() => void query.refetch()} />
          </>
        }
      />
      {toolbar}
      <main className="relative min-h-0 flex-1 bg-surface">
        {query.isError && !all ? (
          <ListError what={noun} error={query.error} retrying={query.isFetching} onRetry={() => void query.refetch()} />
        ) : (
          <VirtualTable
            {...table}
            label={title}
            rows={rows}
            selectedKey={selected}
            onSelect={setSelected}
            loading={query.isPending}
            empty={
              all !== undefined && all.length === 0 ? (
                none
              ) : (
                <EmptyState
                  icon={<SearchIcon size={20} />}
                  title={`No matching ${noun}`}
                  action={
                    <Button
                      onClick={() => {
                        onFilterChange('');
                        otherFilters?.clear();
                      }}
                    >
                      {otherFilters ? 'Clear filters' : 'Clear filter'}
                    </Button>
                  }
                >
                  <p>
                    {filter
                      ? `Nothing matches “${filter}” in ${filterMatches}${otherFilters ? ` among ${otherFilters.describe}` : ''}.`
                      : `There are no ${otherFilters?.describe ?? noun}.`}
                  </p>
                </EmptyState>
              )
            }
          />
        )}
        {overlay}
      </main>
    </>
  );
}
