/** What a key press does in the file tree (WAI-ARIA treegrid keys), as data: pure and testable. */
import type { FlatRow } from './fileTree';

export type TreeKeyAction =
  | { kind: 'select'; index: number }
  | { kind: 'expand'; path: string }
  | { kind: 'collapse'; path: string }
  | { kind: 'openFile'; path: string }
  | { kind: 'none' };

/** Files open (Enter); folders toggle; removed files and links have nothing to open. */
export function activate(row: FlatRow): TreeKeyAction {
  if (row.expandable) return { kind: row.expanded ? 'collapse' : 'expand', path: row.node.path };
  if (row.node.type === 'file' && row.node.entry?.change !== 'removed')
    return { kind: 'openFile', path: row.node.path };
  return { kind: 'none' };
}

/** `at` is the selected row's index (-1 for none). Returns null for keys the tree does not use. */
export function treeKey(rows: readonly FlatRow[], at: number, key: string): TreeKeyAction | null {
  const row = rows[at];
  const last = rows.length - 1;
  switch (key) {
    case 'ArrowDown':
      return rows.length === 0 ? { kind: 'none' } : { kind: 'select', index: at < 0 ? 0 : Math.min(last, at + 1) };
    case 'ArrowUp':
      return rows.length === 0 ? { kind: 'none' } : { kind: 'select', index: at < 0 ? 0 : Math.max(0, at - 1) };
    case 'Home':
      return rows.length === 0 ? { kind: 'none' } : { kind: 'select', index: 0 };
    case 'End':
      return rows.length === 0 ? { kind: 'none' } : { kind: 'select', index: last };
    case 'ArrowRight':
      if (!row) return { kind: 'none' };
      if (row.expandable && !row.expanded) return { kind: 'expand', path: row.node.path };
      if (row.expanded) return { kind: 'select', index: at + 1 };
      return { kind: 'none' };
    case 'ArrowLeft':
      if (!row) return { kind: 'none' };
      if (row.expanded) return { kind: 'collapse', path: row.node.path };
      for (let i = at - 1; i >= 0; i--) if (rows[i]!.depth < row.depth) return { kind: 'select', index: i };
      return { kind: 'none' };
    case 'Enter':
      return row ? activate(row) : { kind: 'none' };
    default:
      return null;
  }
}
