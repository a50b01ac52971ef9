/**
 * A stand-in for the server's WebSocket API, for renderer states a real engine cannot produce on
 * demand (loading, empty, a lost connection, an action error, thousands of rows). The page itself
 * still comes from the real server; only /api is answered here.
 */
import type { Page, WebSocketRoute } from '@playwright/test';
import type { ClientMessage, ServerMessage } from '../../../electron/shared/contract';
import type { ContainerSummary, EngineEvent, EngineStatus } from '../../../electron/shared/dto';
import type { Envelope } from '../../../electron/shared/errors';

type Handler = (input: unknown) => Envelope<unknown> | Promise<Envelope<unknown>>;

export const CONNECTED: EngineStatus = {
  state: 'connected',
  info: {
    address: 'unix:///var/run/docker.sock',
    source: 'detected',
    name: 'Docker Engine - Community',
    version: '27.3.1',
    apiVersion: '1.47',
    os: 'linux',
    arch: 'amd64',
  },
};

export class MockBackend {
  /** Answers per channel; a channel without one answers ENGINE_ERROR. */
  readonly handlers = new Map<string, Handler>();
  private sockets = new Set<WebSocketRoute>();
  private streams = new Map<WebSocketRoute, number[]>();
  /** When false, new connections are closed at once (the backend is gone). */
  accepting = true;

  constructor() {
    this.answer('engine.status', CONNECTED);
    this.answer('containers.list', []);
    this.answer('images.list', []);
  }

  answer(channel: string, value: unknown): void {
    this.handlers.set(channel, () => ({ ok: true, value }));
  }

  async install(page: Page): Promise<void> {
    await page.routeWebSocket(/\/api(\?|$)/, (ws) => {
      if (!this.accepting) {
        void ws.close({ code: 1011 });
        return;
      }
      this.sockets.add(ws);
      this.streams.set(ws, []);
      ws.onClose(() => {
        this.sockets.delete(ws);
        this.streams.delete(ws);
      });
      ws.onMessage((raw) => void this.receive(ws, JSON.parse(String(raw)) as ClientMessage));
    });
  }

  /** Pushes an engine event to every open 'engine.events' stream. */
  emit(event: EngineEvent): void {
    for (const [ws, ids] of this.streams) for (const id of ids) this.send(ws, { t: 'event', id, data: event });
  }

  /** Drops every connection, as when the backend process dies. */
  async dropAll(): Promise<void> {
    await Promise.all([...this.sockets].map((ws) => ws.close({ code: 1011 })));
  }

  private async receive(ws: WebSocketRoute, message: ClientMessage): Promise<void> {
    if (message.t === 'subscribe') this.streams.get(ws)?.push(message.id);
    if (message.t !== 'invoke') return;
    const handler = this.handlers.get(message.channel);
    const envelope: Envelope<unknown> = handler
      ? await handler(message.input)
      : { ok: false, error: { code: 'ENGINE_ERROR', message: `mock: no answer for ${message.channel}` } };
    this.send(ws, { t: 'result', id: message.id, envelope });
  }

  private send(ws: WebSocketRoute, message: ServerMessage): void {
    ws.send(JSON.stringify(message));
  }
}

/** A container summary for mocks. */
export function mockContainer(index: number, overrides: Partial<ContainerSummary> = {}): ContainerSummary {
  const hex = index.toString(16).padStart(4, '0');
  return {
    id: `${hex}${'c0ffee'.repeat(10)}`.slice(0, 64),
    name: `svc-${String(index).padStart(4, '0')}`,
    image: `example/app:${index % 7}`,
    imageId: `sha256:${'ab'.repeat(32)}`,
    command: 'sleep infinity',
    created: Math.floor(Date.now() / 1000) - index * 60,
    state: 'running',
    status: 'Up 2 hours',
    ports: [],
    ...overrides,
  };
}
