import { describe, expect, it } from 'vitest';
import {
  bulkHeadline,
  bulkProgress,
  bulkReducer,
  bulkStart,
  itemWords,
  needsForce,
  runPool,
  type BulkEvent,
  type BulkState,
} from '../../renderer/src/features/containers/bulkActions';
import {
  allState,
  clickSelect,
  EMPTY_SELECTION,
  toggleAll,
  type SelectableRow,
} from '../../renderer/src/features/images/selection';

const three = [
  { id: 'a', name: 'gt-a' },
  { id: 'b', name: 'gt-b' },
  { id: 'c', name: 'gt-c' },
];

function apply(state: BulkState, events: BulkEvent[]): BulkState {
  return events.reduce(bulkReducer, state);
}

describe('bulk result reducer', () => {
  it('follows each container to its outcome, with "2 of 3" while it runs', () => {
    let state = bulkStart('stop', three);
    expect(bulkHeadline(state)).toBe('Stopping 1 of 3…');
    state = apply(state, [
      { type: 'begin', id: 'a' },
      { type: 'begin', id: 'b' },
      { type: 'finish', id: 'a', changed: true },
    ]);
    expect(bulkProgress(state)).toMatchObject({ finished: 1, total: 3, complete: false });
    expect(bulkHeadline(state)).toBe('Stopping 2 of 3…');
    expect(itemWords('stop', state.items[1]!)).toBe('Stopping…');
    state = apply(state, [
      { type: 'finish', id: 'b', changed: false },
      { type: 'begin', id: 'c' },
      { type: 'fail', id: 'c', message: 'No such container: gt-c' },
    ]);
    expect(bulkProgress(state).complete).toBe(true);
    expect(state.items.map((item) => itemWords('stop', item))).toEqual([
      'Stopped',
      'Already stopped',
      'Failed: No such container: gt-c',
    ]);
    expect(bulkHeadline(state)).toBe('Stopped 1 container · 1 already stopped · 1 failed');
  });

  it('an outcome is final: a late or repeated answer, or one for another container, changes nothing', () => {
    const done = apply(bulkStart('start', three), [{ type: 'fail', id: 'a', message: 'port is already allocated' }]);
    expect(bulkReducer(done, { type: 'finish', id: 'a', changed: true })).toBe(done);
    expect(bulkReducer(done, { type: 'begin', id: 'zzz' })).toBe(done);
  });

  it('skipped ones say why; the headline counts them', () => {
    const state = apply(bulkStart('remove', three.slice(0, 2)), [
      { type: 'skip', id: 'a', message: 'running; needs Force' },
      { type: 'finish', id: 'b', changed: true },
    ]);
    expect(itemWords('remove', state.items[0]!)).toBe('Skipped: running; needs Force');
    expect(bulkHeadline(state)).toBe('Removed 1 container · 1 skipped');
  });

  it('running, paused and restarting containers need Force to be removed', () => {
    expect(
      ['running', 'paused', 'restarting', 'exited', 'created', 'dead'].map((state) => needsForce({ state } as never)),
    ).toEqual([true, true, true, false, false, false]);
  });
});

describe('runPool', () => {
  it('never has more than `concurrency` in flight, runs every item once, in list order', async () => {
    let inFlight = 0;
    let most = 0;
    const started: number[] = [];
    const items = Array.from({ length: 10 }, (_, i) => i);
    await runPool(items, 4, async (item) => {
      started.push(item);
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5 + (item % 3) * 3));
      inFlight--;
    });
    expect(most).toBe(4);
    expect(started).toEqual(items);
  });

  it('one throwing item does not stop the others', async () => {
    const seen: number[] = [];
    await expect(
      runPool([1, 2, 3], 2, (item) => {
        if (item === 1) return Promise.reject(new Error('bug'));
        seen.push(item);
        return Promise.resolve();
      }),
    ).rejects.toThrow('bug');
    expect(seen).toEqual([2, 3]);
  });
});

// The list's rows as selection sees them: group headers are not selectable.
const rows: SelectableRow[] = [
  { key: 'group\u0000shop', id: undefined },
  { key: 'w1', id: 'w1' },
  { key: 'w2', id: 'w2' },
  { key: 'solo', id: 'solo' },
  { key: 'group\u0000other', id: undefined },
  { key: 'o1', id: 'o1' },
];

describe('selection over grouped container rows', () => {
  it('ctrl-click toggles one; shift-click takes the range across a group header', () => {
    let selection = clickSelect(EMPTY_SELECTION, rows, 'w2');
    selection = clickSelect(selection, rows, 'o1', { shift: true });
    expect([...selection.ids].sort()).toEqual(['o1', 'solo', 'w2']);
    selection = clickSelect(selection, rows, 'solo');
    expect([...selection.ids].sort()).toEqual(['o1', 'w2']);
    expect(clickSelect(selection, rows, 'group\u0000shop')).toBe(selection);
  });

  it('select all takes every visible container, and again clears them', () => {
    const all = toggleAll(EMPTY_SELECTION, rows);
    expect(allState(all, rows)).toBe('all');
    expect(all.ids.size).toBe(4);
    expect(toggleAll(all, rows).ids.size).toBe(0);
  });
});
