/**
 * A virtualised ARIA table: role="table" > rowgroup > row > columnheader/cell, CSS-grid columns
 * shared by header and rows, only the visible rows in the DOM (smooth at thousands of rows).
 * Up/Down move the selection; the page owns what selection means.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { SkeletonRows } from './SkeletonRows';
import { useArrowKeys } from './useArrowKeys';

export interface Column<T> {
  id: string;
  header: string;
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
}

const HEADER_HEIGHT = 34;
// Opaque like its row (rows have solid backgrounds), so scrolled content passes underneath.
const STICKY_END = 'sticky right-0 z-[1] -mx-3 -mr-4 flex items-center self-stretch bg-inherit pr-4 pl-3';

export function VirtualTable<T>(props: VirtualTableProps<T>) {
  const { label, rows, columns, rowKey, rowHeight, minWidth, selectedKey, onSelect, loading = false } = props;
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
  });

  const selectedIndex = selectedKey === null ? -1 : rows.findIndex((row) => rowKey(row) === selectedKey);
  useArrowKeys((delta) => {
    if (rows.length === 0) return;
    const next = Math.min(rows.length - 1, Math.max(0, selectedIndex < 0 ? 0 : selectedIndex + delta));
    const row = rows[next];
    if (row === undefined) return;
    onSelect(rowKey(row));
    virtualizer.scrollToIndex(next, { align: 'auto' });
  });

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
            {columns.map((column) => (
              <div
                key={column.id}
                role="columnheader"
                className={`truncate text-[12px] font-medium text-text-muted ${column.align === 'end' ? 'text-right' : ''} ${
                  column.stickyEnd ? `${STICKY_END} justify-end` : ''
                }`}
              >
                {column.header}
              </div>
            ))}
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
                  changeKey={props.changeKey?.(row) ?? ''}
                  onSelect={onSelect}
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
  changeKey: string;
  onSelect: (key: string) => void;
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
  changeKey,
  onSelect,
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
      onMouseDown={() => onSelect(rowKey)}
      style={style}
      className={`group/row absolute top-0 left-0 grid w-full items-center gap-x-3 border-b border-border/70 px-4 ${
        selected ? 'bg-selected shadow-[inset_2px_0_0_var(--color-accent)]' : 'bg-surface hover:bg-hover'
      }`}
    >
      {flashes > 0 && (
        <span key={flashes} aria-hidden="true" className="animate-row-changed pointer-events-none absolute inset-0" />
      )}
      {columns.map((column) => (
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
