/**
 * One row of the virtualised file treegrids (a layer's files, a container's changes): the row
 * frame with its ARIA tree attributes and selection, and the name cell with the fold button, the
 * icon and the name (struck through when the path was removed). Each tree adds its own cells.
 */
import type { ReactNode } from 'react';
import type { FlatRow } from './fileTree';
import { ChevronIcon, FileIcon, FolderIcon } from './icons';

export const TREE_ROW_HEIGHT = 28;

export type TreeRowAction = 'select' | 'toggle' | 'open';

export function TreeRowFrame({
  id,
  index,
  row,
  top,
  selected,
  grid,
  onAction,
  children,
}: {
  id: string;
  /** The row's place among the visible rows (the header row is 1). */
  index: number;
  row: FlatRow;
  top: number;
  selected: boolean;
  /** The tree's grid template classes, shared with its header. */
  grid: string;
  onAction: (action: TreeRowAction, row: FlatRow) => void;
  children: ReactNode;
}) {
  return (
    <div
      role="row"
      id={id}
      aria-rowindex={index + 2}
      aria-level={row.depth + 1}
      aria-expanded={row.expandable ? row.expanded : undefined}
      aria-selected={selected}
      onMouseDown={() => onAction('select', row)}
      onDoubleClick={() => onAction('open', row)}
      style={{ height: TREE_ROW_HEIGHT, transform: `translateY(${top}px)` }}
      className={`${grid} absolute top-0 left-0 w-full cursor-default px-4 ${
        selected ? 'bg-selected shadow-[inset_2px_0_0_var(--color-accent)]' : 'hover:bg-hover'
      }`}
    >
      {children}
    </div>
  );
}

/** The first cell: indent, fold button (folders), icon and name; `children` follow the name. */
export function TreeNameCell({
  row,
  removed,
  icon: Icon = row.node.children !== null ? FolderIcon : FileIcon,
  onAction,
  children,
}: {
  row: FlatRow;
  removed: boolean;
  icon?: typeof FileIcon;
  onAction: (action: TreeRowAction, row: FlatRow) => void;
  children?: ReactNode;
}) {
  const { node, depth, expanded, expandable } = row;
  const isDir = node.children !== null;
  return (
    <span role="gridcell" className="flex min-w-0 items-center gap-1" style={{ paddingLeft: depth * 16 }}>
      {expandable ? (
        <button
          type="button"
          tabIndex={-1}
          aria-label={expanded ? `Collapse ${node.name}` : `Expand ${node.name}`}
          onClick={() => onAction('toggle', row)}
          className="inline-flex size-4 shrink-0 items-center justify-center rounded text-text-faint hover:text-text"
        >
          <ChevronIcon size={13} className={`transition-transform ${expanded ? 'rotate-90' : ''}`} />
        </button>
      ) : (
        <span className="size-4 shrink-0" />
      )}
      <Icon size={14} className={`shrink-0 ${isDir ? 'text-accent-text/80' : 'text-text-faint'}`} />
      <span
        className={`truncate font-mono text-[12px] ${removed ? 'text-text-faint line-through' : 'text-text'}`}
        title={node.path}
      >
        {node.name}
      </span>
      {children}
    </span>
  );
}
