import { describe, expect, it } from 'vitest';
import type { ContainerSize } from '../../electron/shared/dto';
import {
  formatContainerSize,
  SIZES_OFF,
  sizesReducer,
  type SizesState,
} from '../../renderer/src/features/containers/containerSizes';

const size = (id: string, sizeRw: number, sizeRootFs: number, measuredAt = 1000): ContainerSize => ({
  id,
  sizeRw,
  sizeRootFs,
  measuredAt,
});

describe('formatContainerSize (docker ps -s)', () => {
  it('prints the writable layer and, when known, the virtual total, in the CLI’s units', () => {
    expect(formatContainerSize({ sizeRw: 5_000_000, sizeRootFs: 10_240_000 })).toBe('5MB (virtual 10.2MB)');
    expect(formatContainerSize({ sizeRw: 0, sizeRootFs: 1_234_567 })).toBe('0B (virtual 1.23MB)');
    expect(formatContainerSize({ sizeRw: 12_345, sizeRootFs: 0 })).toBe('12.3kB');
  });
});

describe('sizesReducer', () => {
  it('runs, reports progress, and ends with every size by ID and the time measured', () => {
    let state: SizesState = sizesReducer(SIZES_OFF, { type: 'open' });
    expect(state).toEqual({ kind: 'running', elapsedMs: 0, containers: 0 });
    state = sizesReducer(state, { type: 'event', event: { kind: 'progress', elapsedMs: 1500, containers: 12 } });
    expect(state).toEqual({ kind: 'running', elapsedMs: 1500, containers: 12 });
    state = sizesReducer(state, {
      type: 'event',
      event: { kind: 'done', elapsedMs: 2100, sizes: [size('a', 1, 2, 900), size('b', 3, 4, 1100)] },
    });
    expect(state.kind).toBe('done');
    if (state.kind !== 'done') return;
    expect(state.sizes.get('b')?.sizeRw).toBe(3);
    expect(state).toMatchObject({ count: 2, elapsedMs: 2100, measuredAt: 1100 });
    // Finished: the stream's close is no error.
    expect(sizesReducer(state, { type: 'end' })).toBe(state);
  });

  it('a stream that ends early is an error with its message; after Cancel nothing comes back', () => {
    const running = sizesReducer(SIZES_OFF, { type: 'open' });
    expect(sizesReducer(running, { type: 'end', message: 'Docker Engine is not reachable' })).toEqual({
      kind: 'error',
      message: 'Docker Engine is not reachable',
    });
    const cancelled = sizesReducer(running, { type: 'cancel' });
    expect(cancelled).toEqual(SIZES_OFF);
    expect(
      sizesReducer(cancelled, { type: 'event', event: { kind: 'done', elapsedMs: 1, sizes: [size('a', 1, 1)] } }),
    ).toBe(cancelled);
  });
});
