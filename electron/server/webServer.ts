/**
 * The web transport: an HTTP server that serves the built renderer and upgrades /api to the
 * WebSocket API, behind the request guard (Host, Origin, token).
 */
import http from 'node:http';
import os from 'node:os';
import { pipeline } from 'node:stream';
import { WebSocketServer } from 'ws';
import { attachmentDisposition, downloadTicket, type DownloadBody } from '../api/downloads';
import type { Router } from '../api/router';
import { CONTENT_SECURITY_POLICY } from '../shared/contentSecurityPolicy';
import { readRendererFile } from '../static/rendererFiles';
import { allowedHostsFor, checkRequest, requestPath, type GuardConfig } from './requestGuard';
import { bindWebSocket } from './wsTransport';

export interface WebServerOptions {
  host: string;
  port: number;
  token: string;
  rendererDir: string;
  router: Router;
  /** Opens the download a one-time ticket stands for (GET /downloads/<ticket>); null → 404. */
  download?: (ticket: string) => Promise<DownloadBody | null>;
  /** Called when the page itself (index.html) is served: its first requests follow within ~100 ms. */
  onPageServed?: () => void;
}

export interface RunningWebServer {
  port: number;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function interfaceAddresses(): string[] {
  return Object.values(os.networkInterfaces())
    .flatMap((entries) => entries ?? [])
    .map((entry) => entry.address);
}

function notFound(res: http.ServerResponse): void {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS }).end('Not found\n');
}

/** Streams a download to the answer; a HEAD would use up the ticket, so only GET opens one. */
function serveDownload(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  pathname: string,
  download: WebServerOptions['download'],
): void {
  const ticket = downloadTicket(pathname);
  if (!ticket || !download || req.method !== 'GET') return notFound(res);
  download(ticket).then(
    (file) => {
      if (!file) return notFound(res);
      res.writeHead(200, {
        'Content-Type': file.contentType,
        'Content-Disposition': attachmentDisposition(file.fileName),
        'Cache-Control': 'no-store',
        ...SECURITY_HEADERS,
      });
      // The client going away destroys the body, and with it the Engine request behind it.
      pipeline(file.body, res, () => undefined);
    },
    (error: unknown) => {
      res
        .writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS })
        .end(`${(error as Error).message}\n`);
    },
  );
}

export function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const guard: GuardConfig = { token: options.token, allowedHosts: new Set(), cookieName: '' };
  const facts = (req: http.IncomingMessage) => ({
    host: req.headers.host,
    origin: req.headers.origin,
    url: req.url ?? '/',
    cookie: req.headers.cookie,
    authorization: req.headers.authorization,
  });

  const server = http.createServer((req, res) => {
    const verdict = checkRequest(facts(req), guard);
    if (!verdict.allowed) {
      res.writeHead(verdict.status, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
      res.end(`${verdict.reason}\n`);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', ...SECURITY_HEADERS }).end();
      return;
    }
    const pathname = requestPath(req.url ?? '/');
    if (pathname === null) {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS }).end('Bad request\n');
      return;
    }
    if (pathname.startsWith('/downloads/')) {
      serveDownload(req, res, pathname, options.download);
      return;
    }
    void readRendererFile(options.rendererDir, pathname).then((file) => {
      if (!file) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS }).end('Not found\n');
        return;
      }
      const headers: http.OutgoingHttpHeaders = {
        'Content-Type': file.contentType,
        'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-store',
        ...SECURITY_HEADERS,
      };
      // The page was opened with ?token=…: remember it so the assets and the WebSocket need no query.
      if (verdict.tokenFromQuery) {
        headers['Set-Cookie'] =
          `${guard.cookieName}=${encodeURIComponent(options.token)}; HttpOnly; SameSite=Strict; Path=/`;
      }
      if (file.contentType.startsWith('text/html')) options.onPageServed?.();
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : file.body);
    });
  });

  const sockets = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
  sockets.on('connection', (socket) => bindWebSocket(socket, options.router));
  server.on('upgrade', (req, socket, head) => {
    const verdict = checkRequest(facts(req), guard);
    const pathname = requestPath(req.url ?? '/');
    if (!verdict.allowed || pathname !== '/api') {
      const status = verdict.allowed ? '404 Not Found' : verdict.status === 401 ? '401 Unauthorized' : '403 Forbidden';
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws) => sockets.emit('connection', ws, req));
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      // Known only now when --port 0 asked for any free port.
      guard.allowedHosts = allowedHostsFor(
        options.host,
        port,
        options.host === '0.0.0.0' || options.host === '::' ? [...interfaceAddresses(), os.hostname()] : [],
      );
      guard.cookieName = `gantry_token_${port}`;
      resolve({
        port,
        close: () =>
          new Promise<void>((done) => {
            for (const client of sockets.clients) client.terminate();
            sockets.close();
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
