/** The layer index task's state on the image page: progress, done, errors, cancel and retry. */
import { describe, expect, it, vi } from 'vitest';
import type { LayerIndexSummary } from '../../electron/shared/dto';
import { progressText } from '../../renderer/src/features/imagePage/IndexStatus';
import { indexReducer, type LayerIndexState } from '../../renderer/src/features/imagePage/useLayerIndex';

// The hook's module imports the transport, which looks for a bridge at load; the reducer needs none.
vi.mock('../../renderer/src/lib/transport', () => ({ api: {} }));

const summary = { imageId: 'sha256:x' } as unknown as LayerIndexSummary;
const reading = { kind: 'progress', phase: 'reading', done: 312_000_000, total: 941_000_000, message: '' } as const;
const start: LayerIndexState = { kind: 'starting' };

describe('indexReducer', () => {
  it('follows progress to done', () => {
    const progressed = indexReducer(start, { type: 'event', event: reading });
    expect(progressed).toEqual(reading);
    const done = indexReducer(progressed, { type: 'event', event: { kind: 'done', summary, cached: false } });
    expect(done).toEqual({ kind: 'done', summary, cached: false });
    // The stream ending after its answer changes nothing.
    expect(indexReducer(done, { type: 'end' })).toBe(done);
  });

  it('an end without an answer is an error, with the backend’s message when there is one', () => {
    expect(indexReducer(reading, { type: 'end', message: 'No such image' })).toEqual({
      kind: 'error',
      message: 'No such image',
    });
    expect(indexReducer(reading, { type: 'end' })).toMatchObject({ kind: 'error' });
  });

  it('cancel stops listening; only retry starts again', () => {
    const cancelled = indexReducer(reading, { type: 'cancel' });
    expect(cancelled).toEqual({ kind: 'cancelled' });
    expect(indexReducer(cancelled, { type: 'event', event: reading })).toBe(cancelled);
    expect(indexReducer(cancelled, { type: 'end', message: 'closed' })).toBe(cancelled);
    expect(indexReducer(cancelled, { type: 'retry' })).toEqual({ kind: 'starting' });
    // A finished index is not cancelled by a late click.
    const done: LayerIndexState = { kind: 'done', summary, cached: true };
    expect(indexReducer(done, { type: 'cancel' })).toBe(done);
  });
});

describe('progressText', () => {
  it('says what is happening in sizes as the CLI prints them', () => {
    expect(progressText(reading)).toBe('Reading the image export… 312MB of 941MB');
    expect(progressText({ ...reading, phase: 'indexing' })).toBe('Indexing the files…');
    expect(progressText(start)).toBe('Starting the image export…');
  });
});
