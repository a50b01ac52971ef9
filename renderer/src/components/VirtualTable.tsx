/**
 * A virtualised ARIA table: role="table" > rowgroup > row > columnheader/cell, CSS-grid columns
 * shared by header and rows, only the visible rows in the DOM (smooth at thousands of rows).
 * Up/Down move the selection; the page owns what selection means.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  memo,
  useEffect,
  useRef,
  useState,
  type CSSProperties,
  type MouseEvent as ReactMouseEvent,
  type ReactNode,
} from 'react';
import { SkeletonRows } from './SkeletonRows';
import { useArrowKeys } from './useArrowKeys';

export interface Column<T> {
  id: string;
  header: ReactNode;
  /** The header is a button that sorts by this column (see VirtualTableProps.sort). */
  sortable?: boolean;
  /** A CSS grid track, e.g. "minmax(180px, 2fr)" or "96px". */
  width: string;
  align?: 'start' | 'end';
  /** Stays in view at the right edge when the table scrolls sideways (row actions). */
  stickyEnd?: boolean;
  cell: (row: T) => ReactNode;
}

export interface VirtualTableProps<T> {
  label: string;
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowKey: (row: T) => string;
  /** Rows flash once when this value changes (e.g. a container's state). */
  changeKey?: (row: T) => string;
  /** Pixels; a function for rows of different heights (known from the data, never measured). */
  rowHeight: number | ((row: T) => number);
  minWidth: number;
  selectedKey: string | null;
  onSelect: (key: string) => void;
  loading?: boolean;
  /** Shown instead of the body when there are no rows (and not loading). */
  empty?: ReactNode;
  /** The sorted column and direction: its header gets aria-sort. */
  sort?: { column: string; dir: 'asc' | 'desc' };
  onSort?: (columnId: string) => void;
  /** A click on a row outside its buttons and checkboxes (e.g. open the row's page). */
  onRowClick?: (key: string, event: ReactMouseEvent) => void;
  /** Enter pressed outside a control while a row is selected. */
  onEnter?: (key: string) => void;
  /** Rows marked (multi-select): highlighted like the selected row. */
  isChecked?: (row: T) => boolean;
  /** A row drawn across every column (a group header), or undefined for a normal row. */
  fullRow?: (row: T) => ReactNode;
  /** Remembers the scroll position under this key while the table is away (a detail page and Back). */
  scrollKey?: string;
}

/** Scroll offsets of tables that were left, by scrollKey (for the session). */
const savedScroll = new Map<string, number>();

/** True when the click landed on a control inside the row (a button, checkbox or link). */
function onControl(event: ReactMouseEvent): boolean {
  return event.target instanceof Element && event.target.closest('button, a, input, label, [role="checkbox"]') !== null;
}

const HEADER_HEIGHT = 34;
// Opaque like its row (rows have solid backgrounds), so scrolled content passes underneath.
const STICKY_END = 'sticky right-0 z-[1] -mx-3 -mr-4 flex items-center self-stretch bg-inherit pr-4 pl-3';

export function VirtualTable<T>(props: VirtualTableProps<T>) {
  const { label, rows, columns, rowKey, rowHeight, minWidth, selectedKey, onSelect, loading = false } = props;
  const { sort, onSort, onRowClick, onEnter, isChecked, fullRow, scrollKey } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const template = columns.map((column) => column.width).join(' ');

  // The virtualizer returns fresh functions each render, so the React Compiler skips this
  // component; we do not use the compiler, and rows are memoised by hand below.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => {
      if (typeof rowHeight === 'number') return rowHeight;
      const row = rows[index];
      return row === undefined ? 0 : rowHeight(row);
    },
    getItemKey: (index) => {
      const row = rows[index];
      return row === undefined ? index : rowKey(row);
    },
    overscan: 8,
    // Render the first rows in the first pass instead of after a measurement: the window size is
    // a close enough guess, and the real size (measured on mount) then changes nothing.
    initialRect: { width: window.innerWidth, height: window.innerHeight },
    scrollMargin: HEADER_HEIGHT,
    initialOffset: scrollKey === undefined ? 0 : (savedScroll.get(scrollKey) ?? 0),
    onChange: (instance) => {
      if (scrollKey !== undefined && !loading && rows.length > 0)
        savedScroll.set(scrollKey, instance.scrollOffset ?? 0);
    },
  });
  useEffect(() => {
    // The saved offset is applied on mount; once the rows are there, apply it again (the first
    // pass may have had only the loading skeleton, too short to scroll).
    if (scrollKey === undefined || loading) return;
    const offset = savedScroll.get(scrollKey);
    if (offset && scrollRef.current && scrollRef.current.scrollTop === 0) scrollRef.current.scrollTop = offset;
  }, [scrollKey, loading]);

  const selectedIndex = selectedKey === null ? -1 : rows.findIndex((row) => rowKey(row) === selectedKey);
  useArrowKeys((delta) => {
    if (rows.length === 0) return;
    const next = Math.min(rows.length - 1, Math.max(0, selectedIndex < 0 ? 0 : selectedIndex + delta));
    const row = rows[next];
    if (row === undefined) return;
    onSelect(rowKey(row));
    virtualizer.scrollToIndex(next, { align: 'auto' });
  });
  const latestEnter = useRef({ onEnter, selectedKey, selectedIndex });
  useEffect(() => {
    latestEnter.current = { onEnter, selectedKey, selectedIndex };
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const { onEnter: enter, selectedKey: key, selectedIndex: index } = latestEnter.current;
      if (event.key !== 'Enter' || !enter || key === null || index < 0 || event.defaultPrevented) return;
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const target = event.target;
      // The filter field counts as the page (type, arrow down, Enter); other controls keep Enter.
      if (target instanceof HTMLElement && target.closest('button, a, textarea, select, [role="dialog"]')) return;
      if (target instanceof HTMLInputElement && target.type !== 'search') return;
      event.preventDefault();
      enter(key);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const showEmpty = !loading && rows.length === 0;
  return (
    <div ref={scrollRef} className="relative flex h-full flex-col overflow-auto [scrollbar-gutter:stable]">
      <div
        role="table"
        aria-label={label}
        aria-rowcount={rows.length + 1}
        aria-busy={loading || undefined}
        style={{ minWidth }}
        className="flex shrink-0 flex-col"
      >
        <div role="rowgroup" className="sticky top-0 z-10 border-b border-border bg-surface">
          <div
            role="row"
            aria-rowindex={1}
            className="grid items-center gap-x-3 bg-surface px-4"
            style={{ gridTemplateColumns: template, height: HEADER_HEIGHT }}
          >
            {columns.map((column) => {
              const sorted = sort?.column === column.id ? sort.dir : undefined;
              return (
                <div
                  key={column.id}
                  role="columnheader"
                  aria-sort={
                    column.sortable
                      ? sorted === 'asc'
                        ? 'ascending'
                        : sorted === 'desc'
                          ? 'descending'
                          : 'none'
                      : undefined
                  }
                  className={`flex min-w-0 items-center text-[12px] font-medium text-text-muted ${
                    column.align === 'end' ? 'justify-end text-right' : ''
                  } ${column.stickyEnd ? `${STICKY_END} justify-end` : ''}`}
                >
                  {column.sortable && onSort ? (
                    <SortButton dir={sorted} align={column.align} onClick={() => onSort(column.id)}>
                      {column.header}
                    </SortButton>
                  ) : (
                    <span className="truncate">{column.header}</span>
                  )}
                </div>
              );
            })}
          </div>
        </div>
        {loading ? (
          <SkeletonRows
            template={template}
            rowHeight={typeof rowHeight === 'number' ? rowHeight : 48}
            columns={columns.length}
          />
        ) : showEmpty ? null : (
          <div role="rowgroup" className="relative" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index];
              if (row === undefined) return null;
              const key = rowKey(row);
              return (
                <Row
                  key={key}
                  row={row}
                  rowKey={key}
                  index={item.index}
                  top={item.start - HEADER_HEIGHT}
                  height={item.size}
                  template={template}
                  columns={columns}
                  selected={key === selectedKey}
                  checked={isChecked?.(row) ?? false}
                  changeKey={props.changeKey?.(row) ?? ''}
                  onSelect={onSelect}
                  onClick={onRowClick}
                  full={fullRow?.(row)}
                />
              );
            })}
          </div>
        )}
      </div>
      {showEmpty && <div className="flex flex-1 flex-col">{props.empty}</div>}
    </div>
  );
}

interface RowProps<T> {
  row: T;
  rowKey: string;
  index: number;
  top: number;
  height: number;
  template: string;
  columns: readonly Column<T>[];
  selected: boolean;
  checked: boolean;
  changeKey: string;
  onSelect: (key: string) => void;
  onClick: ((key: string, event: ReactMouseEvent) => void) | undefined;
  full: ReactNode;
}

function SortButton({
  dir,
  align,
  onClick,
  children,
}: {
  dir: 'asc' | 'desc' | undefined;
  align: 'start' | 'end' | undefined;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      onClick={onClick}
      className={`group/sort -mx-1 inline-flex min-w-0 items-center gap-1 rounded px-1 py-0.5 hover:bg-hover hover:text-text ${
        dir ? 'text-text' : ''
      } ${align === 'end' ? 'flex-row-reverse' : ''}`}
    >
      <span className="truncate">{children}</span>
      <svg
        aria-hidden="true"
        width="10"
        height="10"
        viewBox="0 0 10 10"
        className={`shrink-0 transition-transform ${dir ? 'text-accent-text' : 'opacity-0 group-hover/sort:opacity-60'} ${
          dir === 'asc' ? 'rotate-180' : ''
        }`}
      >
        <path d="M2 3.5 5 6.5 8 3.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      </svg>
    </button>
  );
}

function RowImpl<T>({
  row,
  rowKey,
  index,
  top,
  height,
  template,
  columns,
  selected,
  checked,
  changeKey,
  onSelect,
  onClick,
  full,
}: RowProps<T>) {
  // Flash once when the row's state changes while it is on screen.
  const [seen, setSeen] = useState(changeKey);
  const [flashes, setFlashes] = useState(0);
  if (seen !== changeKey) {
    setSeen(changeKey);
    setFlashes((n) => n + 1);
  }
  const style: CSSProperties = { gridTemplateColumns: template, height, transform: `translateY(${top}px)` };
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      data-selected={selected || undefined}
      data-checked={checked || undefined}
      onMouseDown={(event) => {
        // Shift-click would otherwise select the text between the two rows.
        if (event.shiftKey) event.preventDefault();
        if (full === undefined) onSelect(rowKey);
      }}
      onClick={onClick && full === undefined ? (event) => onControl(event) || onClick(rowKey, event) : undefined}
      style={full === undefined ? style : { height, transform: style.transform }}
      className={`group/row absolute top-0 left-0 w-full border-b border-border/70 px-4 ${
        full !== undefined
          ? 'flex items-end bg-canvas'
          : `grid items-center gap-x-3 ${onClick ? 'cursor-pointer' : ''} ${
              selected
                ? 'bg-selected shadow-[inset_2px_0_0_var(--color-accent)]'
                : checked
                  ? 'bg-selected/60 hover:bg-selected'
                  : 'bg-surface hover:bg-hover'
            }`
      }`}
    >
      {full !== undefined ? (
        <div role="cell" aria-colspan={columns.length} className="flex min-w-0 flex-1 items-center self-stretch">
          {full}
        </div>
      ) : null}
      {flashes > 0 && (
        <span key={flashes} aria-hidden="true" className="animate-row-changed pointer-events-none absolute inset-0" />
      )}
      {full === undefined &&
        columns.map((column) => (
          <div
            key={column.id}
            role="cell"
            className={`relative flex min-w-0 items-center ${column.align === 'end' ? 'justify-end text-right' : ''} ${
              column.stickyEnd ? STICKY_END : ''
            }`}
          >
            {column.cell(row)}
          </div>
        ))}
    </div>
  );
}

const Row = memo(RowImpl) as typeof RowImpl;
