/**
 * A layer's files as a virtualised tree table (ARIA treegrid): folders with their total sizes,
 * what the layer did to each path, modes as `ls -l` prints them. Up/Down move, Right opens a
 * folder (or steps into it), Left closes it (or steps out), Enter opens a file.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import { Button } from '../../components/Button';
import { Spinner } from '../../components/Spinner';
import { formatSize } from '../../lib/format';
import { ChangeBadge } from './ChangeBadge';
import { formatMode } from './fileMode';
import {
  allFolderPaths,
  ancestorPaths,
  buildTree,
  changeStats,
  flattenVisible,
  type FileEntry,
  type FlatRow,
  type SortKey,
} from './fileTree';
import { LinkIcon } from './icons';
import { Segmented } from '../../components/Segmented';
import { useTreeActions } from './useTreeActions';
import { TREE_ROW_HEIGHT, TreeNameCell, TreeRowFrame, type TreeRowAction } from './TreeRow';

export type { FileEntry } from './fileTree';
export type ExplorerMode = 'changes' | 'filesystem';

export interface FileExplorerProps {
  /** The entries to show, path-sorted: the layer's own changes, or the whole filesystem as of it. */
  entries: readonly FileEntry[];
  mode: ExplorerMode;
  onModeChange: (mode: ExplorerMode) => void;
  /** Called with the path of a regular file to open (Enter or double-click). */
  onOpenFile: (path: string) => void;
  /** Show and select this path, opening its folders (from search or the wasted-space panel). */
  revealPath?: string | null;
  loading?: boolean;
}

const ROW_HEIGHT = TREE_ROW_HEIGHT;
const HEADER_HEIGHT = 32;
const GRID = 'grid grid-cols-[minmax(240px,1fr)_84px_76px_96px_72px] items-center gap-x-3';
const MIN_SIZES = [0, 1_000, 100_000, 1_000_000, 10_000_000, 100_000_000];

export function FileExplorer({ entries, mode, onModeChange, onOpenFile, revealPath, loading }: FileExplorerProps) {
  const id = useId();
  const tree = useMemo(() => buildTree(entries), [entries]);
  const stats = useMemo(() => changeStats(entries), [entries]);
  const [sort, setSort] = useState<SortKey>('name');
  const [minSize, setMinSize] = useState(0);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const [allOpen, setAllOpen] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);

  // A new reveal request opens the path's folders and selects it (state adjusted during render).
  const [revealed, setRevealed] = useState<string | null>(null);
  if ((revealPath ?? null) !== revealed) {
    setRevealed(revealPath ?? null);
    if (revealPath) {
      const next = new Set(expanded);
      for (const path of ancestorPaths(revealPath)) next.add(path);
      setExpanded(next);
      setSelected(`/${revealPath.replace(/^\/+|\/+$/g, '')}`);
    }
  }

  const rows = useMemo(
    () => flattenVisible(tree, { expanded, sort, minSize, expandAll: allOpen }),
    [tree, expanded, sort, minSize, allOpen],
  );
  const selectedIndex = selected === null ? -1 : rows.findIndex((row) => row.node.path === selected);

  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialRect: { width: 900, height: 600 },
    // The rows start below the sticky header, which also covers the top of the viewport.
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });

  useEffect(() => {
    if (revealed && selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'center' });
    // Only when a reveal lands, not on every selection change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revealed, selectedIndex >= 0]);

  const setOpen = (path: string, open: boolean) => {
    const next = new Set(allOpen ? allFolderPaths(tree) : expanded);
    if (open) next.add(path);
    else next.delete(path);
    setAllOpen(false);
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

  const activeId = selectedIndex >= 0 ? `${id}-row-${selectedIndex}` : undefined;

  return (
    <section className="flex h-full min-h-0 flex-col" aria-label="Layer files">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2 border-b border-border px-4 py-2.5">
        <Segmented
          label="Show"
          value={mode}
          onChange={onModeChange}
          options={[
            { value: 'changes', label: 'This layer’s changes' },
            { value: 'filesystem', label: 'Filesystem as of this layer' },
          ]}
        />
        <div className="ml-auto flex items-center gap-2">
          <Segmented
            label="Sort by"
            value={sort}
            onChange={setSort}
            options={[
              { value: 'name', label: 'Name' },
              { value: 'size', label: 'Size' },
            ]}
          />
          <label className="flex items-center gap-1.5 text-[12px] text-text-muted">
            Min size
            <select
              value={minSize}
              onChange={(event) => setMinSize(Number(event.target.value))}
              className="h-7 rounded-md border border-border-strong bg-surface-raised px-1.5 text-[12.5px] text-text"
            >
              {MIN_SIZES.map((size) => (
                <option key={size} value={size}>
                  {size === 0 ? 'Any' : `≥ ${formatSize(size)}`}
                </option>
              ))}
            </select>
          </label>
          <Button size="sm" variant="ghost" onClick={() => setAllOpen(true)}>
            Expand all
          </Button>
          <Button
            size="sm"
            variant="ghost"
            onClick={() => {
              setAllOpen(false);
              setExpanded(new Set());
            }}
          >
            Collapse all
          </Button>
        </div>
      </div>
      <ChangeSummary stats={stats} total={entries.length} mode={mode} />
      <div ref={scrollRef} className="relative min-h-0 flex-1 overflow-auto [scrollbar-gutter:stable]">
        <div
          role="treegrid"
          aria-label="Files"
          aria-rowcount={rows.length + 1}
          aria-busy={loading || undefined}
          aria-activedescendant={activeId}
          tabIndex={0}
          onKeyDown={onKeyDown}
          className="min-w-[640px] outline-offset-[-2px] focus-visible:outline-2"
        >
          <div
            role="row"
            aria-rowindex={1}
            style={{ height: HEADER_HEIGHT }}
            className={`${GRID} sticky top-0 z-10 border-b border-border bg-surface px-4`}
          >
            {['Name', 'Change', 'Size', 'Mode', 'Owner'].map((name, i) => (
              <span
                key={name}
                role="columnheader"
                className={`text-[12px] font-medium text-text-muted ${i === 2 ? 'text-right' : ''}`}
              >
                {name}
              </span>
            ))}
          </div>
          {loading ? (
            <div className="flex items-center justify-center gap-2 py-16 text-text-muted">
              <Spinner /> Reading the layer’s files…
            </div>
          ) : rows.length === 0 ? (
            <p className="py-16 text-center text-text-muted">
              {entries.length === 0
                ? mode === 'changes'
                  ? 'This layer changes no files.'
                  : 'No files.'
                : 'Nothing is as large as the minimum size.'}
            </p>
          ) : (
            <div role="rowgroup" className="relative" style={{ height: virtualizer.getTotalSize() }}>
              {virtualizer.getVirtualItems().map((item) => {
                const row = rows[item.index]!;
                return (
                  <FileRow
                    key={row.node.path}
                    id={`${id}-row-${item.index}`}
                    row={row}
                    top={item.start - HEADER_HEIGHT}
                    index={item.index}
                    selected={item.index === selectedIndex}
                    onAction={onRowAction}
                  />
                );
              })}
            </div>
          )}
        </div>
      </div>
    </section>
  );
}

function ChangeSummary({
  stats,
  total,
  mode,
}: {
  stats: ReturnType<typeof changeStats>;
  total: number;
  mode: ExplorerMode;
}) {
  const kinds = (['added', 'modified', 'removed'] as const).filter((kind) => stats[kind].count > 0);
  return (
    <div className="flex h-9 items-center gap-4 border-b border-border bg-surface-sunken/50 px-4 text-[12px] text-text-muted">
      <span className="tabular">
        {total.toLocaleString()} {total === 1 ? 'entry' : 'entries'}
        {mode === 'filesystem' ? ' in the filesystem' : ' in this layer'}
      </span>
      {kinds.map((kind) => (
        <span key={kind} className="flex items-center gap-1.5 tabular">
          <ChangeBadge change={kind} />
          <span className="text-text">{stats[kind].count.toLocaleString()}</span>
          {kind !== 'removed' && <span>· {formatSize(stats[kind].bytes)}</span>}
        </span>
      ))}
    </div>
  );
}

interface FileRowProps {
  id: string;
  index: number;
  row: FlatRow;
  top: number;
  selected: boolean;
  onAction: (action: TreeRowAction, row: FlatRow) => void;
}

// Memoised with one stable callback: scrolling re-renders only the rows that come into view.
const FileRow = memo(function FileRow({ id, index, row, top, selected, onAction }: FileRowProps) {
  const { node } = row;
  const entry = node.entry;
  const removed = entry?.change === 'removed';
  const isDir = node.children !== null;
  return (
    <TreeRowFrame id={id} index={index} row={row} top={top} selected={selected} grid={GRID} onAction={onAction}>
      <TreeNameCell
        row={row}
        removed={removed}
        onAction={onAction}
        icon={node.type === 'symlink' ? LinkIcon : undefined}
      >
        {entry?.linkTarget && (
          <span className="truncate pl-1 font-mono text-[12px] text-text-muted" title={entry.linkTarget}>
            → {entry.linkTarget}
          </span>
        )}
        {entry === null && isDir && <span className="sr-only">(implied folder)</span>}
      </TreeNameCell>
      <span role="gridcell">{entry?.change && <ChangeBadge change={entry.change} />}</span>
      <span
        role="gridcell"
        className="text-right text-text-muted tabular"
        title={`${node.size.toLocaleString()} bytes`}
      >
        {removed ? '—' : formatSize(node.size)}
      </span>
      <span role="gridcell" className="font-mono text-[11.5px] text-text-muted">
        {entry ? formatMode(entry.mode, entry.type) : ''}
      </span>
      <span role="gridcell" className="font-mono text-[11.5px] text-text-muted tabular">
        {entry ? `${entry.uid}:${entry.gid}` : ''}
      </span>
    </TreeRowFrame>
  );
});
