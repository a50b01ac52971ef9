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
  query: UseQueryResult<T[]>;
  summary: string | undefined;
  filter: string;
  onFilterChange: (value: string) => void;
  /** What the filter looks at, for the no-match message: "names, images, IDs or status". */
  filterMatches: string;
  /** The filtered rows. */
  rows: readonly T[];
  table: Pick<VirtualTableProps<T>, 'columns' | 'rowKey' | 'changeKey' | 'rowHeight' | 'minWidth'>;
  /** The empty state when the Engine has none of these at all. */
  none: ReactNode;
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
      <main className="min-h-0 flex-1 bg-surface">
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
                  action={<Button onClick={() => onFilterChange('')}>Clear filter</Button>}
                >
                  <p>
                    Nothing matches “{filter}” in {filterMatches}.
                  </p>
                </EmptyState>
              )
            }
          />
        )}
      </main>
    </>
  );
}
