/**
 * A pass-through proxy in front of the Engine socket that knows which connections are open and
 * which request each carried last, so a test can count the Engine connections a stream holds
 * (e.g. open `/containers/{id}/stats` streams) before and after it closes a subscription.
 */
import { rmSync } from 'node:fs';
import net from 'node:net';

const REQUEST_LINE = /(?:^|\r\n)(?:GET|POST|PUT|DELETE|HEAD) (\S+) HTTP\/1\.[01]\r\n/g;

export interface ConnectionCounter {
  socketPath: string;
  /** Open client connections whose latest request path (without query) matches. */
  openConnections(path?: RegExp): number;
  /** Every request path seen so far, in order. */
  requests(): string[];
  close(): Promise<void>;
}

export async function startConnectionCounter(engineSocket: string, socketPath: string): Promise<ConnectionCounter> {
  rmSync(socketPath, { force: true });
  const latest = new Map<net.Socket, string>();
  const seen: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(engineSocket);
    sockets.add(client).add(upstream);
    latest.set(client, '');
    client.on('data', (chunk: Buffer) => {
      for (const match of chunk.toString('latin1').matchAll(REQUEST_LINE)) {
        const path = match[1]!.split('?')[0]!;
        seen.push(path);
        latest.set(client, path);
      }
    });
    client.pipe(upstream);
    upstream.pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
      latest.delete(client);
      sockets.delete(client);
      sockets.delete(upstream);
    };
    for (const socket of [client, upstream]) {
      socket.on('error', end);
      socket.on('close', end);
    }
  });
  await new Promise<void>((resolve) => server.listen(socketPath, resolve));
  return {
    socketPath,
    openConnections: (path = /./) => [...latest.values()].filter((p) => path.test(p)).length,
    requests: () => [...seen],
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
