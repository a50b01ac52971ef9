/**
 * Multi-select over the table's rows, as in a file manager: a click toggles one, shift-click
 * selects the range from the last clicked row, "select all" takes every visible image.
 * Selection is by image ID (grouped, one image may show on several rows). Pure.
 */

export interface SelectableRow {
  key: string;
  /** The image ID; undefined for rows that cannot be selected (group headers). */
  id: string | undefined;
}

export interface Selection {
  ids: ReadonlySet<string>;
  /** The row key the last plain or toggle click was on: the start of a shift-click range. */
  anchor: string | null;
}

export const EMPTY_SELECTION: Selection = { ids: new Set(), anchor: null };

/** A click on a row's checkbox (or ctrl/cmd-click on the row); `shift` extends from the anchor. */
export function clickSelect(
  selection: Selection,
  rows: readonly SelectableRow[],
  key: string,
  { shift = false }: { shift?: boolean } = {},
): Selection {
  const target = rows.findIndex((row) => row.key === key);
  const id = rows[target]?.id;
  if (id === undefined) return selection;
  const from = selection.anchor === null ? -1 : rows.findIndex((row) => row.key === selection.anchor);
  if (shift && from >= 0) {
    const ids = new Set(selection.ids);
    const [lo, hi] = from < target ? [from, target] : [target, from];
    for (const row of rows.slice(lo, hi + 1)) if (row.id !== undefined) ids.add(row.id);
    return { ids, anchor: selection.anchor };
  }
  const ids = new Set(selection.ids);
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { ids, anchor: key };
}

function visibleIds(rows: readonly SelectableRow[]): Set<string> {
  const ids = new Set<string>();
  for (const row of rows) if (row.id !== undefined) ids.add(row.id);
  return ids;
}

export type AllState = 'none' | 'some' | 'all';

/** The header checkbox: whether none, some or all of the visible images are selected. */
export function allState(selection: Selection, rows: readonly SelectableRow[]): AllState {
  const visible = visibleIds(rows);
  let count = 0;
  for (const id of visible) if (selection.ids.has(id)) count++;
  if (count === 0) return 'none';
  return count === visible.size ? 'all' : 'some';
}

/** The header checkbox clicked: all visible selected → clear them; otherwise select them all. */
export function toggleAll(selection: Selection, rows: readonly SelectableRow[]): Selection {
  const visible = visibleIds(rows);
  const ids = new Set(selection.ids);
  if (allState(selection, rows) === 'all') for (const id of visible) ids.delete(id);
  else for (const id of visible) ids.add(id);
  return { ids, anchor: selection.anchor };
}

/** Drops IDs no longer in the list (removed images), keeping the same object when nothing went. */
export function pruneSelection(selection: Selection, existing: ReadonlySet<string>): Selection {
  for (const id of selection.ids) {
    if (!existing.has(id))
      return { ids: new Set([...selection.ids].filter((i) => existing.has(i))), anchor: selection.anchor };
  }
  return selection;
}
