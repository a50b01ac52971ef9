/**
 * The web transport: GantryBridge over one WebSocket carrying the contract's ClientMessage /
 * ServerMessage frames. Sends are queued until the socket is open. When the socket drops, every
 * pending request fails and every open stream ends with CONNECTION_LOST (callers re-subscribe),
 * and the bridge reconnects with backoff (250 ms doubling to 5 s).
 */
import type { GantryBridge, StreamHandlers } from '../../../../electron/shared/bridge';
import type { ClientMessage, ServerMessage } from '../../../../electron/shared/contract';
import type { Envelope } from '../../../../electron/shared/errors';
import { CONNECTION_LOST } from '../apiError';

/** The part of the browser WebSocket the bridge uses (tests pass a fake). */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(): void;
  onopen: ((event: unknown) => void) | null;
  onclose: ((event: unknown) => void) | null;
  onerror: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
}

export type TransportState = 'connecting' | 'open' | 'reconnecting';

export interface WebBridgeOptions {
  url: string;
  createSocket?: (url: string) => SocketLike;
  minDelayMs?: number;
  maxDelayMs?: number;
}

export interface WebBridge extends GantryBridge {
  state: () => TransportState;
  onStateChange: (listener: (state: TransportState) => void) => () => void;
  /** Closes the socket for good (no reconnect). */
  dispose: () => void;
}

const OPEN = 1;

export function createWebBridge(options: WebBridgeOptions): WebBridge {
  const createSocket = options.createSocket ?? ((url: string) => new WebSocket(url) as unknown as SocketLike);
  const minDelay = options.minDelayMs ?? 250;
  const maxDelay = options.maxDelayMs ?? 5000;

  let socket: SocketLike | null = null;
  let state: TransportState = 'connecting';
  let delay = minDelay;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;
  let nextId = 1;
  const outbox: { id: number; frame: string }[] = [];
  const pending = new Map<number, (envelope: Envelope<unknown>) => void>();
  const streams = new Map<number, StreamHandlers>();
  const listeners = new Set<(state: TransportState) => void>();

  function setState(next: TransportState) {
    if (next === state) return;
    state = next;
    for (const listener of listeners) listener(next);
  }

  function send(message: ClientMessage) {
    const frame = JSON.stringify(message);
    if (socket && socket.readyState === OPEN) socket.send(frame);
    else outbox.push({ id: message.id, frame });
  }

  function receive(raw: unknown) {
    let message: ServerMessage;
    try {
      message = JSON.parse(String(raw)) as ServerMessage;
    } catch {
      return;
    }
    if (message.t === 'result') {
      const resolve = pending.get(message.id);
      pending.delete(message.id);
      resolve?.(message.envelope);
    } else if (message.t === 'event') {
      streams.get(message.id)?.onEvent(message.data);
    } else if (message.t === 'end') {
      const handlers = streams.get(message.id);
      streams.delete(message.id);
      handlers?.onEnd(message.error);
    }
  }

  function failEverything() {
    outbox.length = 0;
    const waiting = [...pending.values()];
    pending.clear();
    const open = [...streams.values()];
    streams.clear();
    for (const resolve of waiting) resolve({ ok: false, error: CONNECTION_LOST });
    for (const handlers of open) handlers.onEnd(CONNECTION_LOST);
  }

  function connect() {
    const ws = createSocket(options.url);
    socket = ws;
    ws.onopen = () => {
      if (socket !== ws) return;
      delay = minDelay;
      setState('open');
      for (const { frame } of outbox.splice(0)) ws.send(frame);
    };
    ws.onmessage = (event) => {
      if (socket === ws) receive(event.data);
    };
    ws.onerror = () => {
      // A close event always follows; that is where we recover.
    };
    ws.onclose = () => {
      if (socket !== ws) return;
      socket = null;
      if (disposed) return;
      setState('reconnecting');
      failEverything();
      timer = setTimeout(connect, delay);
      delay = Math.min(delay * 2, maxDelay);
    };
  }

  function open(channel: string, input: unknown, handlers: StreamHandlers): number {
    const id = nextId++;
    streams.set(id, handlers);
    send({ t: 'subscribe', id, channel, input });
    return id;
  }

  /** A stream whose subscribe is still queued never reaches the server: drop it and its messages. */
  function close(id: number) {
    if (!streams.delete(id)) return;
    const queued = outbox.filter((entry) => entry.id === id);
    if (queued.length === 0) return send({ t: 'unsubscribe', id });
    for (const entry of queued) outbox.splice(outbox.indexOf(entry), 1);
  }

  connect();

  return {
    invoke(channel, input) {
      const id = nextId++;
      if (disposed) return Promise.resolve({ ok: false, error: CONNECTION_LOST });
      return new Promise((resolve) => {
        pending.set(id, resolve);
        send({ t: 'invoke', id, channel, input });
      });
    },
    subscribe(channel, input, handlers) {
      const id = open(channel, input, handlers);
      return () => close(id);
    },
    duplex(channel, input, handlers) {
      const id = open(channel, input, handlers);
      return {
        send: (message) => {
          if (streams.has(id)) send({ t: 'send', id, message });
        },
        close: () => close(id),
      };
    },
    state: () => state,
    onStateChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      disposed = true;
      clearTimeout(timer);
      socket?.close();
      socket = null;
      failEverything();
    },
  };
}

/** `ws(s)://host/api?token=…`, the token taken from the page URL (the server's cookie covers a missing one). */
export function webSocketUrl(location: Pick<Location, 'protocol' | 'host' | 'search'>): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const token = new URLSearchParams(location.search).get('token');
  return `${scheme}://${location.host}/api${token ? `?token=${encodeURIComponent(token)}` : ''}`;
}
