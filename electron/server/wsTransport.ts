/**
 * The web transport's API half: each WebSocket connection is one router client. It carries the
 * same invoke/subscribe/send messages as the Electron IPC binding and adds no logic of its own.
 */
import type { WebSocket } from 'ws';
import type { Router } from '../api/router';
import type { ClientMessage, ServerMessage } from '../shared/contract';

/** A client that stops reading must not make us buffer without bound. */
const MAX_BUFFERED_BYTES = 32 * 1024 * 1024;

let nextClient = 1;

export function bindWebSocket(socket: WebSocket, router: Router): void {
  const clientId = `ws:${nextClient++}`;
  const send = (message: ServerMessage) => {
    if (socket.readyState !== socket.OPEN) return;
    if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      socket.close(1013, 'Client too slow');
      return;
    }
    socket.send(JSON.stringify(message));
  };

  socket.on('message', (data, isBinary) => {
    if (isBinary) return;
    const text = Array.isArray(data)
      ? Buffer.concat(data).toString('utf8')
      : Buffer.isBuffer(data)
        ? data.toString('utf8')
        : Buffer.from(new Uint8Array(data)).toString('utf8');
    const message = parseMessage(text);
    if (!message) return;
    switch (message.t) {
      case 'invoke':
        void router
          .invoke(message.channel, message.input)
          .then((envelope) => send({ t: 'result', id: message.id, envelope }));
        break;
      case 'subscribe':
        router.subscribe(clientId, message.id, message.channel, message.input, {
          event: (data) => send({ t: 'event', id: message.id, data }),
          end: (error) => send(error ? { t: 'end', id: message.id, error } : { t: 'end', id: message.id }),
        });
        break;
      case 'unsubscribe':
        router.unsubscribe(clientId, message.id);
        break;
      case 'send':
        router.send(clientId, message.id, message.message);
        break;
    }
  });
  socket.on('close', () => router.closeClient(clientId));
  socket.on('error', () => socket.terminate());
}

/** Only well-formed messages get through; anything else is dropped. Channels are checked by the router. */
export function parseMessage(text: string): ClientMessage | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { t, id, channel, input, message } = value as Record<string, unknown>;
  if (typeof id !== 'number' || !Number.isSafeInteger(id)) return null;
  if (t === 'unsubscribe') return { t, id };
  if (t === 'send') return { t, id, message };
  if ((t === 'invoke' || t === 'subscribe') && typeof channel === 'string') return { t, id, channel, input };
  return null;
}
