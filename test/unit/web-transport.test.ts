/**
 * The web transport binds every contract channel to the router and enforces its guard, tested
 * with a real HTTP server and WebSocket on loopback and a router with recording handlers.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { createRouter, type DuplexHandlers, type InvokeHandlers, type StreamHandlers } from '../../electron/api/router';
import { startWebServer, type RunningWebServer } from '../../electron/server/webServer';
import { channelNames, contract, type ServerMessage } from '../../electron/shared/contract';
import { channelSamples } from '../support/channelSamples';

const token = 'unit-test-token-123';
const reached: string[] = [];
const openProducers = new Set<AbortSignal>();
const invokeHandlers = Object.fromEntries(
  channelNames
    .filter((name) => contract[name].kind === 'invoke')
    .map((name) => [name, () => (reached.push(name), Promise.resolve(null))]),
) as unknown as InvokeHandlers;
const streamHandlers = Object.fromEntries(
  channelNames
    .filter((name) => contract[name].kind === 'stream')
    .map((name) => [
      name,
      (_input: unknown, emit: (event: unknown) => void, signal: AbortSignal) => {
        reached.push(name);
        openProducers.add(signal);
        emit({ hello: name });
        return new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve()));
      },
    ]),
) as unknown as StreamHandlers;
/** What duplex producers heard from their clients: [channel, message]. */
const heard: Array<[string, unknown]> = [];
const duplexHandlers = Object.fromEntries(
  channelNames
    .filter((name) => contract[name].kind === 'duplex')
    .map((name) => [
      name,
      (
        _input: unknown,
        emit: (event: unknown) => void,
        signal: AbortSignal,
        onMessage: (listener: (message: unknown) => void) => void,
      ) => {
        reached.push(name);
        openProducers.add(signal);
        onMessage((message) => heard.push([name, message]));
        emit({ hello: name });
        return new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve()));
      },
    ]),
) as unknown as DuplexHandlers;
const router = createRouter(invokeHandlers, streamHandlers, duplexHandlers);

let server: RunningWebServer;
let base: string;

beforeAll(async () => {
  const rendererDir = mkdtempSync(path.join(tmpdir(), 'gantry-renderer-'));
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Gantry</title>');
  server = await startWebServer({ host: '127.0.0.1', port: 0, token, rendererDir, router });
  base = `127.0.0.1:${server.port}`;
});
afterAll(() => server.close());

function connect(query = `?token=${token}`, headers: Record<string, string> = {}) {
  const socket = new WebSocket(`ws://${base}/api${query}`, { headers });
  const messages: ServerMessage[] = [];
  socket.on('message', (data: Buffer) => messages.push(JSON.parse(data.toString('utf8')) as ServerMessage));
  return { socket, messages };
}

function refusedStatus(socket: WebSocket): Promise<number> {
  return new Promise((resolve) => socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)));
}

/** Sends bytes as they are (no client normalises them) and resolves with the status line. */
function rawRequest(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(server.port, '127.0.0.1', () => socket.write(text));
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
    socket.on('end', () => resolve(answer.split('\r\n')[0] ?? ''));
    socket.on('error', reject);
  });
}

describe('malformed requests (from any page on any localhost port)', () => {
  // @HOST@ becomes a correct Host header, so each request gets past the Host check to the parsers.
  it.each([
    [
      'a token cookie that is not valid percent-encoding',
      'GET / HTTP/1.1\r\n@HOST@Cookie: @COOKIE@=%E0%A4%A\r\n\r\n',
      '401',
    ],
    ['a request target that is no URL path', 'GET // HTTP/1.1\r\n@HOST@\r\n', '401'],
    ['the same, with a query token it cannot read', `GET //[?token=${token} HTTP/1.1\r\n@HOST@\r\n`, '401'],
    ['the same, with the token cookie', `GET // HTTP/1.1\r\n@HOST@Cookie: @COOKIE@=${token}\r\n\r\n`, '400'],
    [
      'a WebSocket upgrade to no URL path',
      'GET // HTTP/1.1\r\n@HOST@Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\n\r\n',
      '40',
    ],
  ])('%s gets an answer, and the server still serves afterwards', async (_what, template, status) => {
    const text = template
      .replace('@HOST@', `Host: ${base}\r\nConnection: close\r\n`)
      .replace('@COOKIE@', `gantry_token_${server.port}`);
    expect(await rawRequest(text)).toContain(` ${status}`);
    const after = await fetch(`http://${base}/?token=${token}`);
    expect(after.status).toBe(200);
  });
});

describe('web transport', () => {
  it('binds every contract channel to the router', async () => {
    const { socket, messages } = connect();
    await new Promise((resolve) => socket.once('open', resolve));
    let id = 0;
    for (const name of channelNames) {
      socket.send(
        JSON.stringify({
          t: contract[name].kind === 'invoke' ? 'invoke' : 'subscribe',
          id: ++id,
          channel: name,
          input: channelSamples[name],
        }),
      );
    }
    await vi.waitFor(() => expect([...reached].sort()).toEqual([...channelNames].sort()));
    await vi.waitFor(() =>
      expect(messages.filter((m) => m.t === 'result')).toHaveLength(
        channelNames.filter((n) => contract[n].kind === 'invoke').length,
      ),
    );
    expect(messages.filter((m) => m.t === 'event')).not.toHaveLength(0);
    socket.close();
    // The renderer going away ends its streams.
    await vi.waitFor(() => expect(router.openStreams()).toBe(0));
    expect([...openProducers].every((signal) => signal.aborted)).toBe(true);
  });

  it('carries send frames to the open duplex subscription, and drops malformed ones', async () => {
    const { socket, messages } = connect();
    await new Promise((resolve) => socket.once('open', resolve));
    heard.length = 0;
    socket.send(
      JSON.stringify({ t: 'subscribe', id: 5, channel: 'terminal.open', input: channelSamples['terminal.open'] }),
    );
    await vi.waitFor(() => expect(messages.filter((m) => m.t === 'event')).toHaveLength(1));
    socket.send(JSON.stringify({ t: 'send', id: 5.5, message: { kind: 'input', data: 'bad id' } }));
    socket.send(JSON.stringify({ t: 'send', id: 6, message: { kind: 'input', data: 'no such stream' } }));
    socket.send(JSON.stringify({ t: 'send', id: 5, message: { kind: 'input', data: 'echo hi\r' } }));
    await vi.waitFor(() => expect(heard).toEqual([['terminal.open', { kind: 'input', data: 'echo hi\r' }]]));
    socket.close();
    await vi.waitFor(() => expect(router.openStreams()).toBe(0));
  });

  it('answers an unknown channel with BAD_INPUT', async () => {
    const { socket, messages } = connect();
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ t: 'invoke', id: 1, channel: 'system.shell', input: { cmd: 'id' } }));
    await vi.waitFor(() => expect(messages).toHaveLength(1));
    expect(messages[0]).toMatchObject({ t: 'result', id: 1, envelope: { ok: false, error: { code: 'BAD_INPUT' } } });
    socket.close();
  });

  it('refuses a WebSocket without the token (401) or from a foreign origin (403)', async () => {
    expect(await refusedStatus(connect('').socket)).toBe(401);
    expect(await refusedStatus(connect(`?token=${token}`, { Origin: 'https://evil.example' }).socket)).toBe(403);
  });

  it('serves the page only with the token, and remembers it in an HttpOnly cookie', async () => {
    expect((await fetch(`http://${base}/`)).status).toBe(401);
    const page = await fetch(`http://${base}/?token=${token}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const cookie = page.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const withCookie = await fetch(`http://${base}/`, { headers: { cookie: cookie.split(';')[0]! } });
    expect(withCookie.status).toBe(200);
  });

  it('does not serve files outside the renderer folder', async () => {
    const response = await fetch(`http://${base}/..%2f..%2fetc%2fpasswd?token=${token}`);
    expect(response.status).toBe(404);
  });
});
