import { describe, expect, it } from 'vitest';
import {
  allState,
  clickSelect,
  EMPTY_SELECTION,
  pruneSelection,
  toggleAll,
  type SelectableRow,
} from '../../renderer/src/features/images/selection';

// A grouped table: group headers are not selectable, and image b shows under two groups.
const rows: SelectableRow[] = [
  { key: 'g1', id: undefined },
  { key: 'g1/a', id: 'a' },
  { key: 'g1/b', id: 'b' },
  { key: 'g2', id: undefined },
  { key: 'g2/b', id: 'b' },
  { key: 'g2/c', id: 'c' },
  { key: 'g2/d', id: 'd' },
];
const ids = (s: { ids: ReadonlySet<string> }) => [...s.ids].sort();

describe('selection', () => {
  it('a click toggles one image and becomes the anchor', () => {
    const one = clickSelect(EMPTY_SELECTION, rows, 'g1/a');
    expect(ids(one)).toEqual(['a']);
    expect(one.anchor).toBe('g1/a');
    expect(ids(clickSelect(one, rows, 'g1/a'))).toEqual([]);
  });
  it('shift-click selects the range from the anchor, either direction, skipping headers', () => {
    const down = clickSelect(clickSelect(EMPTY_SELECTION, rows, 'g1/b'), rows, 'g2/c', { shift: true });
    expect(ids(down)).toEqual(['b', 'c']);
    const up = clickSelect(clickSelect(EMPTY_SELECTION, rows, 'g2/d'), rows, 'g1/b', { shift: true });
    expect(ids(up)).toEqual(['b', 'c', 'd']);
    expect(up.anchor).toBe('g2/d');
  });
  it('shift-click without an anchor is a plain toggle', () => {
    expect(ids(clickSelect(EMPTY_SELECTION, rows, 'g2/c', { shift: true }))).toEqual(['c']);
  });
  it('a group header cannot be selected', () => {
    expect(clickSelect(EMPTY_SELECTION, rows, 'g1')).toBe(EMPTY_SELECTION);
  });
  it('select all visible, then clear them; the header checkbox shows none, some or all', () => {
    expect(allState(EMPTY_SELECTION, rows)).toBe('none');
    const some = clickSelect(EMPTY_SELECTION, rows, 'g2/c');
    expect(allState(some, rows)).toBe('some');
    const every = toggleAll(some, rows);
    expect(ids(every)).toEqual(['a', 'b', 'c', 'd']);
    expect(allState(every, rows)).toBe('all');
    expect(ids(toggleAll(every, rows))).toEqual([]);
  });
  it('select all keeps selected images the filter hides', () => {
    const hidden = clickSelect(EMPTY_SELECTION, [{ key: 'z', id: 'z' }], 'z');
    expect(ids(toggleAll(hidden, rows.slice(0, 3)))).toEqual(['a', 'b', 'z']);
  });
  it('drops removed images, and keeps the same object when none went', () => {
    const s = toggleAll(EMPTY_SELECTION, rows);
    expect(pruneSelection(s, new Set(['a', 'b', 'c', 'd']))).toBe(s);
    expect(ids(pruneSelection(s, new Set(['a', 'c'])))).toEqual(['a', 'c']);
  });
});
