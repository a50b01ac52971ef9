import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClientMessage, ServerMessage } from '../../electron/shared/contract';
import type { GantryBridge } from '../../electron/shared/bridge';
import { createApi } from '../../renderer/src/lib/api';
import { ApiRequestError, CONNECTION_LOST } from '../../renderer/src/lib/apiError';
import { createWebBridge, webSocketUrl, type SocketLike } from '../../renderer/src/lib/transport/webBridge';

class FakeSocket implements SocketLike {
  readyState = 0;
  sent: ClientMessage[] = [];
  onopen: SocketLike['onopen'] = null;
  onclose: SocketLike['onclose'] = null;
  onerror: SocketLike['onerror'] = null;
  onmessage: SocketLike['onmessage'] = null;
  constructor(readonly url: string) {}
  send(data: string) {
    this.sent.push(JSON.parse(data) as ClientMessage);
  }
  close() {
    this.drop();
  }
  open() {
    this.readyState = 1;
    this.onopen?.({});
  }
  drop() {
    this.readyState = 3;
    this.onclose?.({});
  }
  deliver(message: ServerMessage) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
}

function setup() {
  const sockets: FakeSocket[] = [];
  const bridge = createWebBridge({
    url: 'ws://127.0.0.1:1/api?token=t',
    createSocket: (url) => {
      const socket = new FakeSocket(url);
      sockets.push(socket);
      return socket;
    },
  });
  const current = () => sockets[sockets.length - 1]!;
  return { bridge, sockets, current };
}

describe('web bridge', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('queues sends until the socket opens, then resolves invokes by id', async () => {
    const { bridge, current } = setup();
    const answer = bridge.invoke('containers.list', {});
    expect(current().sent).toEqual([]);
    current().open();
    expect(current().sent).toEqual([{ t: 'invoke', id: 1, channel: 'containers.list', input: {} }]);
    current().deliver({ t: 'result', id: 1, envelope: { ok: true, value: [] } });
    await expect(answer).resolves.toEqual({ ok: true, value: [] });
    expect(bridge.state()).toBe('open');
  });

  it('routes stream events and ends, and unsubscribes', () => {
    const { bridge, current } = setup();
    current().open();
    const events: unknown[] = [];
    const onEnd = vi.fn();
    const close = bridge.subscribe('engine.events', {}, { onEvent: (e) => events.push(e), onEnd });
    const id = current().sent[0]!.id;
    current().deliver({ t: 'event', id, data: { kind: 'image', action: 'pull', id: 'x' } });
    expect(events).toHaveLength(1);
    close();
    expect(current().sent[1]).toEqual({ t: 'unsubscribe', id });
    current().deliver({ t: 'event', id, data: {} });
    expect(events).toHaveLength(1);
    expect(onEnd).not.toHaveBeenCalled();

    const onEnd2 = vi.fn();
    bridge.subscribe('engine.events', {}, { onEvent: () => {}, onEnd: onEnd2 });
    const id2 = current().sent[2]!.id;
    current().deliver({ t: 'end', id: id2, error: { code: 'ENGINE_UNAVAILABLE', message: 'gone' } });
    expect(onEnd2).toHaveBeenCalledWith({ code: 'ENGINE_UNAVAILABLE', message: 'gone' });
  });

  it('drops a queued subscribe that is closed before the socket opens', () => {
    const { bridge, current } = setup();
    const close = bridge.subscribe('engine.events', {}, { onEvent: () => {}, onEnd: () => {} });
    close();
    current().open();
    expect(current().sent).toEqual([]);
  });

  it('a duplex stream sends messages by its subscription id, and none after it is closed or ended', () => {
    const { bridge, current } = setup();
    current().open();
    const terminal = bridge.duplex(
      'terminal.open',
      { id: 'web', cols: 80, rows: 24 },
      { onEvent: () => {}, onEnd: () => {} },
    );
    const id = current().sent[0]!.id;
    terminal.send({ kind: 'input', data: 'ls\r' });
    terminal.close();
    terminal.send({ kind: 'input', data: 'late' });
    expect(current().sent.slice(1)).toEqual([
      { t: 'send', id, message: { kind: 'input', data: 'ls\r' } },
      { t: 'unsubscribe', id },
    ]);

    const ended = bridge.duplex(
      'terminal.open',
      { id: 'web', cols: 80, rows: 24 },
      { onEvent: () => {}, onEnd: () => {} },
    );
    const endedId = current().sent[3]!.id;
    current().deliver({ t: 'end', id: endedId });
    ended.send({ kind: 'resize', cols: 100, rows: 30 });
    expect(current().sent).toHaveLength(4);
  });

  it('queues duplex messages with their subscribe, and drops both when closed before the socket opens', () => {
    const { bridge, current } = setup();
    const first = bridge.duplex(
      'terminal.open',
      { id: 'a', cols: 80, rows: 24 },
      { onEvent: () => {}, onEnd: () => {} },
    );
    first.send({ kind: 'input', data: 'x' });
    const second = bridge.duplex(
      'terminal.open',
      { id: 'b', cols: 80, rows: 24 },
      { onEvent: () => {}, onEnd: () => {} },
    );
    second.send({ kind: 'input', data: 'y' });
    first.close();
    current().open();
    expect(current().sent).toEqual([
      { t: 'subscribe', id: 2, channel: 'terminal.open', input: { id: 'b', cols: 80, rows: 24 } },
      { t: 'send', id: 2, message: { kind: 'input', data: 'y' } },
    ]);
  });

  it('fails pending invokes and ends streams when the socket drops, then reconnects with backoff', async () => {
    const { bridge, sockets, current } = setup();
    const states: string[] = [];
    bridge.onStateChange((s) => states.push(s));
    current().open();
    const answer = bridge.invoke('engine.status', {});
    const onEnd = vi.fn();
    bridge.subscribe('engine.events', {}, { onEvent: () => {}, onEnd });

    current().drop();
    await expect(answer).resolves.toEqual({ ok: false, error: CONNECTION_LOST });
    expect(onEnd).toHaveBeenCalledWith(CONNECTION_LOST);
    expect(bridge.state()).toBe('reconnecting');

    expect(sockets).toHaveLength(1);
    vi.advanceTimersByTime(249);
    expect(sockets).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(2);
    current().drop(); // the next attempt fails too: 500 ms
    vi.advanceTimersByTime(499);
    expect(sockets).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(3);
    for (let i = 0; i < 8; i++) {
      current().drop();
      vi.advanceTimersByTime(5000);
    }
    expect(sockets).toHaveLength(11); // capped at 5 s per attempt
    current().open();
    expect(states.at(-1)).toBe('open');

    // Reconnected: a new request goes through on the new socket.
    const again = bridge.invoke('engine.status', {});
    const sent = current().sent[0]!;
    current().deliver({ t: 'result', id: sent.id, envelope: { ok: true, value: 'ok' } });
    await expect(again).resolves.toEqual({ ok: true, value: 'ok' });

    // Backoff starts afresh after a successful open.
    current().drop();
    vi.advanceTimersByTime(250);
    expect(sockets).toHaveLength(12);
  });

  it('ignores frames that are not JSON', () => {
    const { current } = setup();
    current().open();
    expect(() => current().onmessage?.({ data: 'not json' })).not.toThrow();
  });
});

describe('webSocketUrl', () => {
  it('takes the token from the page URL and follows the page scheme', () => {
    expect(webSocketUrl({ protocol: 'http:', host: '127.0.0.1:7291', search: '?token=abc' })).toBe(
      'ws://127.0.0.1:7291/api?token=abc',
    );
    expect(webSocketUrl({ protocol: 'https:', host: 'h:1', search: '?x=1&token=a%2Bb' })).toBe(
      'wss://h:1/api?token=a%2Bb',
    );
    expect(webSocketUrl({ protocol: 'http:', host: 'h:1', search: '' })).toBe('ws://h:1/api');
  });
});

describe('typed api facade', () => {
  it('unwraps ok envelopes and throws ApiRequestError otherwise', async () => {
    const bridge: GantryBridge = {
      invoke: vi
        .fn()
        .mockResolvedValueOnce({ ok: true, value: [] })
        .mockResolvedValueOnce({ ok: false, error: { code: 'NOT_FOUND', message: 'No such container: x' } })
        .mockRejectedValueOnce(new Error('ipc broke')),
      subscribe: vi.fn(),
      duplex: vi.fn(),
    };
    const api = createApi(bridge);
    await expect(api.invoke('containers.list', {})).resolves.toEqual([]);
    const failure = await api.invoke('containers.start', { id: 'x' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiRequestError);
    expect(failure).toMatchObject({ code: 'NOT_FOUND', message: 'No such container: x' });
    await expect(api.invoke('engine.status', {})).rejects.toMatchObject({ code: 'ENGINE_UNAVAILABLE' });
  });

  it('calls onEnd at most once and drops events after it', () => {
    let handlers: Parameters<GantryBridge['subscribe']>[2] | undefined;
    const bridge: GantryBridge = {
      invoke: vi.fn(),
      subscribe: (_channel, _input, h) => {
        handlers = h;
        return () => {};
      },
      duplex: vi.fn(),
    };
    const onEvent = vi.fn();
    const onEnd = vi.fn();
    createApi(bridge).subscribe('engine.events', {}, { onEvent, onEnd });
    handlers!.onEvent({ kind: 'image', action: 'tag', id: 'i' });
    handlers!.onEnd();
    handlers!.onEnd(CONNECTION_LOST);
    handlers!.onEvent({ kind: 'image', action: 'tag', id: 'i' });
    expect(onEvent).toHaveBeenCalledTimes(1);
    expect(onEnd).toHaveBeenCalledTimes(1);
  });
});
