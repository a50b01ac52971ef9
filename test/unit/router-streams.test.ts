import { describe, expect, it, vi } from 'vitest';
import { createRouter, type InvokeHandlers, type StreamHandlers } from '../../electron/api/router';
import type { EngineEvent } from '../../electron/shared/dto';
import { GantryError, type ApiError } from '../../electron/shared/errors';

const noInvokes = {} as InvokeHandlers;
/** Streams these tests do not open: present only because StreamHandlers names every stream channel. */
const otherStreams: Omit<StreamHandlers, 'engine.events'> = {
  'layers.index': () => Promise.resolve(),
  'containers.sizes': () => Promise.resolve(),
  'logs.follow': () => Promise.resolve(),
  'stats.follow': () => Promise.resolve(),
  'stats.overview': () => Promise.resolve(),
};

function sink() {
  const events: unknown[] = [];
  const ends: (ApiError | undefined)[] = [];
  return {
    events,
    ends,
    sink: { event: (data: unknown) => events.push(data), end: (error?: ApiError) => ends.push(error) },
  };
}

const engineUp: EngineEvent = {
  kind: 'engine',
  status: { state: 'unavailable', address: 'a', tried: ['a'], reason: 'ENOENT', message: 'm' },
};

describe('router envelopes', () => {
  it('wraps a handler error in an envelope with its code', async () => {
    const router = createRouter(
      { ...noInvokes, 'containers.list': () => Promise.reject(new GantryError('ENGINE_UNAVAILABLE', 'down')) },
      {} as StreamHandlers,
    );
    expect(await router.invoke('containers.list', {})).toEqual({
      ok: false,
      error: { code: 'ENGINE_UNAVAILABLE', message: 'down' },
    });
  });

  it('reports an unexpected exception as ENGINE_ERROR without a stack', async () => {
    const router = createRouter(
      { ...noInvokes, 'images.list': () => Promise.reject(new TypeError('x is undefined')) },
      {} as StreamHandlers,
    );
    expect(await router.invoke('images.list', {})).toEqual({
      ok: false,
      error: { code: 'ENGINE_ERROR', message: 'x is undefined' },
    });
  });
});

describe('stream lifecycle', () => {
  it('aborts the producer when the client unsubscribes, and ends once', () => {
    let signal: AbortSignal | undefined;
    const router = createRouter(noInvokes, {
      ...otherStreams,
      'engine.events': (_input, emit, s) => {
        signal = s;
        emit(engineUp);
        return new Promise<void>(() => {});
      },
    });
    const { events, ends, sink: streamSink } = sink();
    router.subscribe('client-a', 1, 'engine.events', {}, streamSink);
    expect(events).toEqual([engineUp]);
    expect(router.openStreams()).toBe(1);
    router.unsubscribe('client-a', 1);
    expect(signal?.aborted).toBe(true);
    expect(ends).toEqual([undefined]);
    expect(router.openStreams()).toBe(0);
    router.unsubscribe('client-a', 1);
    expect(ends).toHaveLength(1);
  });

  it('closing a client ends all its streams and leaves other clients alone', () => {
    const signals: AbortSignal[] = [];
    const router = createRouter(noInvokes, {
      ...otherStreams,
      'engine.events': (_input, _emit, s) => {
        signals.push(s);
        return new Promise<void>(() => {});
      },
    });
    router.subscribe('a', 1, 'engine.events', {}, sink().sink);
    router.subscribe('a', 2, 'engine.events', {}, sink().sink);
    router.subscribe('b', 1, 'engine.events', {}, sink().sink);
    router.closeClient('a');
    expect(signals.map((s) => s.aborted)).toEqual([true, true, false]);
    expect(router.openStreams()).toBe(1);
    router.closeAll();
    expect(router.openStreams()).toBe(0);
  });

  it('drops events emitted after the stream closed', () => {
    let emitLater: ((event: EngineEvent) => void) | undefined;
    const router = createRouter(noInvokes, {
      ...otherStreams,
      'engine.events': (_input, emit) => {
        emitLater = emit;
        return new Promise<void>(() => {});
      },
    });
    const { events, sink: streamSink } = sink();
    router.subscribe('a', 1, 'engine.events', {}, streamSink);
    router.unsubscribe('a', 1);
    emitLater?.(engineUp);
    expect(events).toEqual([]);
  });

  it('ends the stream with the producer error mapped to a code', async () => {
    const router = createRouter(noInvokes, {
      ...otherStreams,
      'engine.events': () => Promise.reject(new GantryError('ENGINE_UNAVAILABLE', 'gone')),
    });
    const { ends, sink: streamSink } = sink();
    router.subscribe('a', 1, 'engine.events', {}, streamSink);
    await vi.waitFor(() => expect(ends).toEqual([{ code: 'ENGINE_UNAVAILABLE', message: 'gone' }]));
    expect(router.openStreams()).toBe(0);
  });

  it('a reused subscription id replaces the old stream instead of leaking it', () => {
    const signals: AbortSignal[] = [];
    const router = createRouter(noInvokes, {
      ...otherStreams,
      'engine.events': (_input, _emit, s) => {
        signals.push(s);
        return new Promise<void>(() => {});
      },
    });
    router.subscribe('a', 7, 'engine.events', {}, sink().sink);
    router.subscribe('a', 7, 'engine.events', {}, sink().sink);
    expect(signals[0]?.aborted).toBe(true);
    expect(router.openStreams()).toBe(1);
  });
});
