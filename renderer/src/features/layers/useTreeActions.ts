/**
 * What the keyboard and the row clicks do in a virtualised file treegrid (a layer's files, a
 * container's changes): move the selection (scrolling it into view), fold and unfold folders, open
 * a file. Row clicks get one stable callback, since the rows are memoised; it reads the latest
 * state through a ref.
 */
import { useCallback, useEffect, useRef, type KeyboardEvent } from 'react';
import type { FlatRow } from './fileTree';
import { activate, treeKey, type TreeKeyAction } from './treeKeys';
import type { TreeRowAction } from './TreeRow';

export function useTreeActions({
  rows,
  selectedIndex,
  setSelected,
  setOpen,
  scrollToIndex,
  onOpenFile,
}: {
  rows: readonly FlatRow[];
  selectedIndex: number;
  setSelected: (path: string) => void;
  setOpen: (path: string, open: boolean) => void;
  scrollToIndex: (index: number) => void;
  onOpenFile: (path: string) => void;
}) {
  const perform = (action: TreeKeyAction) => {
    if (action.kind === 'select') {
      const row = rows[action.index];
      if (!row) return;
      setSelected(row.node.path);
      scrollToIndex(action.index);
    } else if (action.kind === 'expand' || action.kind === 'collapse') setOpen(action.path, action.kind === 'expand');
    else if (action.kind === 'openFile') onOpenFile(action.path);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const action = treeKey(rows, selectedIndex, event.key);
    if (action === null) return;
    event.preventDefault();
    perform(action);
  };

  const latest = useRef({ setOpen, perform });
  useEffect(() => {
    latest.current = { setOpen, perform };
  });
  const onRowAction = useCallback(
    (action: TreeRowAction, row: FlatRow) => {
      if (action === 'select') setSelected(row.node.path);
      else if (action === 'toggle') latest.current.setOpen(row.node.path, !row.expanded);
      else latest.current.perform(activate(row));
    },
    // setSelected is a state setter (stable).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  return { onKeyDown, onRowAction };
}
