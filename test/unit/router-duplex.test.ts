/**
 * The duplex primitive in the router: a subscription's client messages reach its handler only
 * after the channel's schema passed them, for that subscription only, and never after it closed.
 */
import { describe, expect, it } from 'vitest';
import { createRouter, type DuplexHandlers, type InvokeHandlers, type StreamHandlers } from '../../electron/api/router';
import type { ApiError } from '../../electron/shared/errors';

const noInvokes = {} as InvokeHandlers;
const input = { id: 'gt-web-1', cols: 80, rows: 24 };

/** A terminal.open handler that records each message it hears, per subscription (by its id field). */
function recordingRouter(streams: Partial<StreamHandlers> = {}) {
  const heard: Array<[string, unknown]> = [];
  const signals: AbortSignal[] = [];
  const duplex: DuplexHandlers = {
    'terminal.open': (parsed, _emit, signal, onMessage) => {
      signals.push(signal);
      onMessage((message) => heard.push([parsed.id, message]));
      return new Promise<void>(() => {});
    },
  };
  const router = createRouter(noInvokes, streams as StreamHandlers, duplex);
  return { router, heard, signals };
}

function sink() {
  const ends: (ApiError | undefined)[] = [];
  return { ends, sink: { event: () => {}, end: (error?: ApiError) => ends.push(error) } };
}

describe('duplex streams', () => {
  it('routes each message to its own subscription, parsed', () => {
    const { router, heard } = recordingRouter();
    router.subscribe('c1', 1, 'terminal.open', input, sink().sink);
    router.subscribe('c1', 2, 'terminal.open', { ...input, id: 'gt-worker-1' }, sink().sink);
    router.send('c1', 2, { kind: 'resize', cols: 120, rows: 40 });
    router.send('c1', 1, { kind: 'input', data: 'ls\r' });
    expect(heard).toEqual([
      ['gt-worker-1', { kind: 'resize', cols: 120, rows: 40 }],
      ['gt-web-1', { kind: 'input', data: 'ls\r' }],
    ]);
  });

  it('ignores messages for an unknown subscription or another client', () => {
    const { router, heard } = recordingRouter();
    router.subscribe('c1', 1, 'terminal.open', input, sink().sink);
    router.send('c1', 99, { kind: 'input', data: 'x' });
    router.send('c2', 1, { kind: 'input', data: 'x' });
    expect(heard).toEqual([]);
    expect(router.openStreams()).toBe(1);
  });

  it('drops messages for a closed subscription, and the handler hears nothing after its signal aborted', () => {
    const { router, heard, signals } = recordingRouter();
    const { ends, sink: s } = sink();
    router.subscribe('c1', 1, 'terminal.open', input, s);
    router.unsubscribe('c1', 1);
    expect(signals[0]?.aborted).toBe(true);
    router.send('c1', 1, { kind: 'input', data: 'late' });
    expect(heard).toEqual([]);
    expect(ends).toEqual([undefined]);
  });

  it.each([
    ['an unknown kind', { kind: 'exec', data: 'rm -rf /' }],
    ['input that is not text', { kind: 'input', data: 42 }],
    ['empty input', { kind: 'input', data: '' }],
    ['input over 64 KiB', { kind: 'input', data: 'x'.repeat(64 * 1024 + 1) }],
    ['zero columns', { kind: 'resize', cols: 0, rows: 24 }],
    ['rows over 1000', { kind: 'resize', cols: 80, rows: 1001 }],
    ['fractional columns', { kind: 'resize', cols: 80.5, rows: 24 }],
    ['extra fields', { kind: 'resize', cols: 80, rows: 24, pid: 1 }],
    ['not an object', 'ls\r'],
  ])('ends the subscription with BAD_INPUT on %s, without the handler hearing it', (_label, message) => {
    const { router, heard, signals } = recordingRouter();
    const { ends, sink: s } = sink();
    router.subscribe('c1', 1, 'terminal.open', input, s);
    router.send('c1', 1, message);
    expect(heard).toEqual([]);
    expect(ends).toHaveLength(1);
    expect(ends[0]?.code).toBe('BAD_INPUT');
    expect(ends[0]?.message).toContain('Invalid message for terminal.open');
    expect(signals[0]?.aborted).toBe(true);
    expect(router.openStreams()).toBe(0);
  });

  it('takes 64 KiB of input in one message', () => {
    const { router, heard } = recordingRouter();
    router.subscribe('c1', 1, 'terminal.open', input, sink().sink);
    router.send('c1', 1, { kind: 'input', data: 'x'.repeat(64 * 1024) });
    expect(heard).toHaveLength(1);
  });

  it('drops messages sent to a plain (one-way) stream', () => {
    let opened = 0;
    const { router } = recordingRouter({
      'engine.events': () => {
        opened += 1;
        return new Promise<void>(() => {});
      },
    });
    const { ends, sink: s } = sink();
    router.subscribe('c1', 1, 'engine.events', {}, s);
    router.send('c1', 1, { kind: 'input', data: 'x' });
    expect(opened).toBe(1);
    expect(ends).toEqual([]);
    expect(router.openStreams()).toBe(1);
  });

  it('ends a subscription whose handler fails on a message with that error', () => {
    const router = createRouter(noInvokes, {} as StreamHandlers, {
      'terminal.open': (_input, _emit, _signal, onMessage) => {
        onMessage(() => {
          throw new Error('write after end');
        });
        return new Promise<void>(() => {});
      },
    });
    const { ends, sink: s } = sink();
    router.subscribe('c1', 1, 'terminal.open', input, s);
    router.send('c1', 1, { kind: 'input', data: 'x' });
    expect(ends).toEqual([{ code: 'ENGINE_ERROR', message: 'write after end' }]);
  });
});
