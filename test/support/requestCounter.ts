/**
 * A counting proxy in front of the Engine socket: Gantry's backend talks to it as if it were the
 * Engine, and every HTTP request line passing through is recorded. The bench uses it to show that
 * a list refresh costs a constant number of Engine requests, not one per row.
 */
import { rmSync } from 'node:fs';
import net from 'node:net';

const REQUEST_LINE = /(?:^|\r\n)(GET|POST|PUT|DELETE|HEAD) (\S+) HTTP\/1\.[01]\r\n/g;

export interface RequestCounter {
  socketPath: string;
  /** Paths (without query) of requests seen since the last reset. */
  requests(): string[];
  reset(): void;
  close(): Promise<void>;
}

export async function startRequestCounter(engineSocket: string, socketPath: string): Promise<RequestCounter> {
  let seen: string[] = [];
  rmSync(socketPath, { force: true });
  const open = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(engineSocket);
    open.add(client).add(upstream);
    client.on('data', (chunk: Buffer) => {
      // Request bodies here are tiny JSON or none; a request line split across chunks is rare
      // enough for a counter, and would undercount, never overcount.
      for (const match of chunk.toString('latin1').matchAll(REQUEST_LINE)) seen.push(match[2]!.split('?')[0]!);
    });
    client.pipe(upstream).pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    client.on('error', end);
    upstream.on('error', end);
    client.on('close', end);
    upstream.on('close', end);
  });
  await new Promise<void>((resolve) => server.listen(socketPath, resolve));
  return {
    socketPath,
    requests: () => [...seen],
    reset: () => {
      seen = [];
    },
    close: () =>
      new Promise((resolve) => {
        // Kept-alive connections would hold the server open until the client's idle timeout.
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
