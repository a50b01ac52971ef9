/**
 * The changes as a virtualised tree table (ARIA treegrid), keyboard as the layer explorer's
 * (layers/treeKeys.ts): Up/Down move, Right opens a folder, Left closes it or steps out, Enter
 * opens a file. Folders show how many changes lie below them, by kind.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useId, useMemo, useRef, useState } from 'react';
import { Button } from '../../components/Button';
import { formatSize } from '../../lib/format';
import { allFolderPaths, flattenVisible, type FlatRow } from '../layers/fileTree';
import { useTreeActions } from '../layers/useTreeActions';
import { TREE_ROW_HEIGHT, TreeNameCell, TreeRowFrame, type TreeRowAction } from '../layers/TreeRow';
import { CHANGE_KINDS, kindOf, type ChangesTree as Tree, type KindCounts } from './changesTree';
import { KindBadge } from './KindBadge';

const ROW_HEIGHT = TREE_ROW_HEIGHT;
const HEADER_HEIGHT = 32;
const GRID = 'grid grid-cols-[minmax(240px,1fr)_90px_minmax(150px,220px)_84px] items-center gap-x-3';
/** Small lists open whole; larger ones start folded. */
const OPEN_ALL_UP_TO = 300;

export function ChangesTree({ tree, onOpenFile }: { tree: Tree; onOpenFile: (path: string) => void }) {
  const id = useId();
  const total = tree.totals.added + tree.totals.modified + tree.totals.deleted;
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() =>
    total <= OPEN_ALL_UP_TO ? allFolderPaths(tree.root) : new Set(),
  );
  const [selected, setSelected] = useState<string | null>(null);
  const rows = useMemo(() => flattenVisible(tree.root, { expanded, sort: 'name' }), [tree.root, expanded]);
  const selectedIndex = selected === null ? -1 : rows.findIndex((row) => row.node.path === selected);

  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialRect: { width: 900, height: 500 },
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });

  const setOpen = (path: string, open: boolean) => {
    const next = new Set(expanded);
    if (open) next.add(path);
    else next.delete(path);
    setExpanded(next);
  };
  const { onKeyDown, onRowAction } = useTreeActions({
    rows,
    selectedIndex,
    setSelected,
    setOpen,
    scrollToIndex: (index) => virtualizer.scrollToIndex(index, { align: 'auto' }),
    onOpenFile,
  });

  return (
    <>
      <div className="flex shrink-0 items-center gap-1 border-b border-border px-3 py-1">
        <Button size="sm" variant="ghost" onClick={() => setExpanded(allFolderPaths(tree.root))}>
          Expand all
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setExpanded(new Set())}>
          Collapse all
        </Button>
        <span className="ml-auto text-[12px] text-text-muted">↑↓ move · → open · ← close · Enter views a file</span>
      </div>
      <div ref={scrollRef} className="relative min-h-0 flex-1 overflow-auto [scrollbar-gutter:stable]">
        <div
          role="treegrid"
          aria-label="Changed files"
          aria-rowcount={rows.length + 1}
          aria-activedescendant={selectedIndex >= 0 ? `${id}-row-${selectedIndex}` : undefined}
          tabIndex={0}
          onKeyDown={onKeyDown}
          className="min-w-[600px] outline-offset-[-2px] focus-visible:outline-2"
        >
          <div
            role="row"
            aria-rowindex={1}
            style={{ height: HEADER_HEIGHT }}
            className={`${GRID} sticky top-0 z-10 border-b border-border bg-surface px-4`}
          >
            {['Name', 'Change', 'Changes inside', 'Size'].map((name, i) => (
              <span
                key={name}
                role="columnheader"
                className={`text-[12px] font-medium text-text-muted ${i === 3 ? 'text-right' : ''}`}
              >
                {name}
              </span>
            ))}
          </div>
          {rows.length === 0 ? (
            <p className="py-16 text-center text-text-muted">No changes of this kind.</p>
          ) : (
            <div role="rowgroup" className="relative" style={{ height: virtualizer.getTotalSize() }}>
              {virtualizer.getVirtualItems().map((item) => {
                const row = rows[item.index]!;
                return (
                  <ChangeRow
                    key={row.node.path}
                    id={`${id}-row-${item.index}`}
                    index={item.index}
                    row={row}
                    counts={row.node.children ? tree.counts.get(row.node.path) : undefined}
                    top={item.start - HEADER_HEIGHT}
                    selected={item.index === selectedIndex}
                    onAction={onRowAction}
                  />
                );
              })}
            </div>
          )}
        </div>
      </div>
    </>
  );
}

interface ChangeRowProps {
  id: string;
  index: number;
  row: FlatRow;
  counts: KindCounts | undefined;
  top: number;
  selected: boolean;
  onAction: (action: TreeRowAction, row: FlatRow) => void;
}

const COUNT_TONE: Record<keyof KindCounts, string> = {
  added: 'text-running-text',
  modified: 'text-paused-text',
  deleted: 'text-danger-text',
};
const COUNT_MARK: Record<keyof KindCounts, string> = { added: '+', modified: '~', deleted: '−' };

const ChangeRow = memo(function ChangeRow({ id, index, row, counts, top, selected, onAction }: ChangeRowProps) {
  const { node } = row;
  const change = node.entry?.change;
  const removed = change === 'removed';
  const isDir = node.children !== null;
  const countWords = counts
    ? CHANGE_KINDS.filter((kind) => counts[kind] > 0).map((kind) => `${counts[kind]} ${kind}`)
    : [];
  return (
    <TreeRowFrame id={id} index={index} row={row} top={top} selected={selected} grid={GRID} onAction={onAction}>
      <TreeNameCell row={row} removed={removed} onAction={onAction} />
      <span role="gridcell">
        {change ? (
          <KindBadge kind={kindOf(change)!} />
        ) : (
          <span className="text-[11.5px] text-text-faint">{isDir ? 'unchanged' : ''}</span>
        )}
      </span>
      <span role="gridcell" className="flex gap-2 text-[12px] tabular" aria-label={countWords.join(', ') || undefined}>
        {counts &&
          CHANGE_KINDS.filter((kind) => counts[kind] > 0).map((kind) => (
            <span key={kind} className={COUNT_TONE[kind]} title={`${counts[kind]} ${kind}`} aria-hidden="true">
              {COUNT_MARK[kind]}
              {counts[kind]}
            </span>
          ))}
      </span>
      <span
        role="gridcell"
        className="text-right text-text-muted tabular"
        title={`${node.size.toLocaleString()} bytes`}
      >
        {removed ? '—' : node.size > 0 ? formatSize(node.size) : ''}
      </span>
    </TreeRowFrame>
  );
});
