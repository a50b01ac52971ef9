/**
 * A counting proxy in front of the Engine socket: Gantry's backend talks to it as if it were the
 * Engine, and every HTTP request line passing through is recorded. The bench uses it to show that
 * a list refresh costs a constant number of Engine requests, not one per row. With `delayMs` it
 * also holds each request back, so that e2e tests can see what the app shows while a real Engine
 * is slow to answer (the loading state); with `bytesPerSecond` it passes the Engine's answers on
 * at that rate, so that a long transfer (an image export) stays long enough to watch and cancel.
 */
import { rmSync } from 'node:fs';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

const REQUEST_LINE = /(?:^|\r\n)(GET|POST|PUT|DELETE|HEAD) (\S+) HTTP\/1\.[01]\r\n/g;

export interface RequestCounter {
  socketPath: string;
  /** Paths (without query) of requests seen since the last reset. */
  requests(): string[];
  reset(): void;
  /**
   * Connections to the Engine with an answer still streaming: the latest request's path contains
   * `pathContains` (all when absent) and its chunked answer has not ended. A kept-alive connection
   * whose log request finished, now idle in the client's pool, is not counted.
   */
  openConnections(pathContains?: string): number;
  close(): Promise<void>;
}

export interface RequestCounterOptions {
  /** Milliseconds each request waits before it is passed on to the Engine. Default 0: no delay. */
  delayMs?: number;
  /** Each connection's answers reach the client at most this fast. Default: as fast as they come. */
  bytesPerSecond?: number;
}

/** Passes `from` on to `to` at `bytesPerSecond`: after each chunk, `from` pauses as long as that chunk takes. */
function throttle(from: net.Socket, to: net.Socket, bytesPerSecond: number): void {
  from.on('data', (chunk: Buffer) => {
    if (to.destroyed) return;
    to.write(chunk);
    from.pause();
    setTimeout(() => from.resume(), (chunk.length / bytesPerSecond) * 1000);
  });
  from.on('end', () => to.end());
}

export async function startRequestCounter(
  engineSocket: string,
  socketPath: string,
  { delayMs = 0, bytesPerSecond }: RequestCounterOptions = {},
): Promise<RequestCounter> {
  let seen: string[] = [];
  rmSync(socketPath, { force: true });
  const open = new Set<net.Socket>();
  /** Per client connection: the latest request's path, while its answer is still coming. */
  const latestPath = new Map<net.Socket, string>();
  const server = net.createServer((client) => {
    const upstream = net.connect(engineSocket);
    open.add(client).add(upstream);
    // Chunks go upstream in order; one that starts a request first waits `delayMs`. Kept-alive
    // connections carry many requests, so the delay is per request line, not per connection.
    let forwarded = Promise.resolve();
    client.on('data', (chunk: Buffer) => {
      // Request bodies here are tiny JSON or none; a request line split across chunks is rare
      // enough for a counter, and would undercount, never overcount.
      const lines = [...chunk.toString('latin1').matchAll(REQUEST_LINE)];
      for (const match of lines) {
        seen.push(match[2]!.split('?')[0]!);
        latestPath.set(client, match[2]!);
      }
      if (delayMs > 0) {
        const wait = lines.length > 0 ? delayMs : 0;
        forwarded = forwarded.then(async () => {
          if (wait) await sleep(wait);
          if (!upstream.destroyed) upstream.write(chunk);
        });
      }
    });
    if (delayMs > 0) client.on('end', () => void forwarded.then(() => upstream.end()));
    else client.pipe(upstream);
    // The last chunk of a chunked answer ends it: the connection goes back to idle.
    upstream.on('data', (chunk: Buffer) => {
      if (chunk.subarray(-5).toString('latin1') === '0\r\n\r\n') latestPath.delete(client);
    });
    if (bytesPerSecond) throttle(upstream, client, bytesPerSecond);
    else upstream.pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
      latestPath.delete(client);
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
    openConnections: (pathContains) =>
      [...latestPath.entries()].filter(
        ([client, path]) => !client.destroyed && (pathContains === undefined || path.includes(pathContains)),
      ).length,
    close: () =>
      new Promise((resolve) => {
        // Kept-alive connections would hold the server open until the client's idle timeout.
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
