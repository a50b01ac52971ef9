/**
 * Container logs through the router, on the private engine: follow, the range, TTY, the end of a
 * stream (stopped, removed), the Engine connection closing with the subscription (counted at a
 * proxy in front of the Engine socket), an unreadable logging driver, and downloads fetched from a
 * running web server. Every container here is the test's own (gt-logs-*), removed afterwards.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type Docker from 'dockerode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/api/backend';
import { startWebServer, type RunningWebServer } from '../../electron/server/webServer';
import type { InputOf } from '../../electron/shared/contract';
import type { LogLine, LogStreamEvent } from '../../electron/shared/dto';
import type { ApiError } from '../../electron/shared/errors';
import { SEED, testEnv } from '../support/fixtures';
import { startRequestCounter, type RequestCounter } from '../support/requestCounter';
import { rawDocker, testDockerHost, removeContainersNamed } from '../support/testEngine';

const docker = rawDocker();
const PREFIX = 'gt-logs-';
const IDLE = 'trap "exit 0" TERM; sleep 100000 & wait';
const TOKEN = 'logs-integration-token';

let counter: RequestCounter;
let backend: Backend;
let server: RunningWebServer;
let streamIds = 0;

const removeOurs = () => removeContainersNamed(docker, PREFIX);

/** Creates and starts one of our containers running `script` in busybox sh. */
async function run(
  suffix: string,
  script: string,
  extra: Partial<Docker.ContainerCreateOptions> = {},
): Promise<Docker.Container> {
  const name = PREFIX + suffix;
  await docker
    .getContainer(name)
    .remove({ force: true })
    .catch(() => undefined);
  const container = await docker.createContainer({
    name,
    Image: SEED.images.busybox,
    Cmd: ['sh', '-c', script],
    ...extra,
  });
  await container.start();
  return container;
}

/** Runs `script` inside a running container, waiting for it to finish. */
async function exec(container: Docker.Container, script: string): Promise<void> {
  const process = await container.exec({ Cmd: ['sh', '-c', script], AttachStdout: true, AttachStderr: true });
  const stream = await process.start({ hijack: true, stdin: false });
  stream.resume();
  await new Promise((resolve) => stream.on('end', resolve));
}

/** Raw `docker logs` text (both streams, demuxed crudely: enough to wait for a marker). */
async function rawLogs(container: Docker.Container): Promise<string> {
  return (await container.logs({ stdout: true, stderr: true, follow: false })).toString('latin1');
}

async function waitFor(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

interface Followed {
  events: LogStreamEvent[];
  lines(): LogLine[];
  texts(): string[];
  /** Resolves when the stream ends: with its error, or undefined. */
  ended: Promise<ApiError | undefined>;
  close(): void;
}

function follow(input: InputOf<'logs.follow'>): Followed {
  const id = ++streamIds;
  const events: LogStreamEvent[] = [];
  let settle: (error: ApiError | undefined) => void = () => undefined;
  const ended = new Promise<ApiError | undefined>((resolve) => (settle = resolve));
  backend.router.subscribe('logs-test', id, 'logs.follow', input, {
    event: (data) => events.push(data as LogStreamEvent),
    end: (error) => settle(error),
  });
  const lines = () => events.flatMap((e) => (e.kind === 'lines' ? e.lines : []));
  return {
    events,
    lines,
    texts: () => lines().map((l) => l.text),
    ended,
    close: () => backend.router.unsubscribe('logs-test', id),
  };
}

/** The whole log without following: its lines and its end event. */
async function readAll(input: InputOf<'logs.follow'>): Promise<{ lines: LogLine[]; end: LogStreamEvent | undefined }> {
  const stream = follow({ ...input, follow: false });
  const error = await stream.ended;
  if (error) throw new Error(`logs.follow failed: ${error.code} ${error.message}`);
  return { lines: stream.lines(), end: stream.events.at(-1) };
}

beforeAll(async () => {
  await removeOurs();
  const socketPath = testDockerHost().replace(/^unix:\/\//, '');
  counter = await startRequestCounter(socketPath, path.join(testEnv('tmp'), 'logs-count.sock'));
  backend = createBackend({ DOCKER_HOST: `unix://${counter.socketPath}` });
  const rendererDir = mkdtempSync(path.join(tmpdir(), 'gantry-logs-renderer-'));
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Gantry</title>');
  server = await startWebServer({
    host: '127.0.0.1',
    port: 0,
    token: TOKEN,
    rendererDir,
    router: backend.router,
    download: (ticket) => backend.download(ticket),
  });
});

afterAll(async () => {
  await server?.close();
  await backend?.dispose();
  await counter?.close();
  await removeOurs();
});

describe('logs.follow', () => {
  it('receives lines written after subscribing, in order, and closing it closes the Engine connection', async () => {
    const container = await run('follow', IDLE);
    const before = counter.openConnections('/logs');
    const stream = follow({ id: PREFIX + 'follow' });
    await waitFor(() => counter.openConnections('/logs') === before + 1, 'the Engine log connection');
    await exec(container, 'for i in 1 2 3; do echo "after subscribing $i"; done > /proc/1/fd/1');
    await waitFor(() => stream.texts().length >= 3, 'three lines');
    expect(stream.lines().map((l) => [l.stream, l.text])).toEqual(
      [1, 2, 3].map((i) => ['stdout', `after subscribing ${i}`]),
    );
    for (const line of stream.lines()) expect(line.ts).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z$/);
    stream.close();
    expect(await stream.ended).toBeUndefined();
    await waitFor(() => counter.openConnections('/logs') === before, 'the Engine log connection to close');
    expect(counter.openConnections('/logs')).toBe(before);
  });

  it('keeps stdout and stderr apart and, without follow, ends complete', async () => {
    const container = await run('both', 'echo out-1; echo err-1 >&2; echo out-2; echo err-2 >&2');
    await container.wait();
    const { lines, end } = await readAll({ id: PREFIX + 'both' });
    expect(lines.filter((l) => l.stream === 'stdout').map((l) => l.text)).toEqual(['out-1', 'out-2']);
    expect(lines.filter((l) => l.stream === 'stderr').map((l) => l.text)).toEqual(['err-1', 'err-2']);
    expect(end).toMatchObject({ kind: 'end', reason: 'complete' });
  });

  it('honours since, until and tail', async () => {
    const container = await run('range', `echo early; sleep 2; echo late; ${IDLE}`);
    await waitFor(async () => (await rawLogs(container)).includes('early'), 'the early line');
    const middle = Date.now() + 800; // early was written < 0.2 s ago, late comes 2 s after it
    await waitFor(async () => (await rawLogs(container)).includes('late'), 'the late line');
    const id = PREFIX + 'range';
    const texts = async (input: Omit<InputOf<'logs.follow'>, 'id'>) =>
      (await readAll({ id, ...input })).lines.map((l) => l.text);
    const iso = new Date(middle).toISOString();
    expect(await texts({})).toEqual(['early', 'late']);
    expect(await texts({ since: iso })).toEqual(['late']);
    expect(await texts({ until: iso })).toEqual(['early']);
    expect(await texts({ since: `${Date.now() - middle}ms` })).toEqual(['late']);
    expect(await texts({ since: '1h' })).toEqual(['early', 'late']);
    expect(await texts({ tail: 1 })).toEqual(['late']);
    expect(await texts({ tail: 0 })).toEqual([]);
    expect(await texts({ tail: 'all' })).toEqual(['early', 'late']);
  });

  it("gives a TTY container's output as one 'tty' stream", async () => {
    const container = await run('tty', `echo tty-line; echo tty-err >&2; ${IDLE}`, { Tty: true });
    await waitFor(async () => (await rawLogs(container)).includes('tty-err'), 'the TTY output');
    const { lines } = await readAll({ id: PREFIX + 'tty' });
    expect(lines.map((l) => l.stream)).toEqual(['tty', 'tty']);
    expect(lines.map((l) => l.text.replace(/\r$/, ''))).toEqual(['tty-line', 'tty-err']);
  });

  it.each([false, true])('joins a 40,000-character line the Engine stored in 16 KiB parts (TTY: %s)', async (tty) => {
    const name = `long-${tty ? 'tty' : 'plain'}`;
    const script = `head -c 40000 /dev/zero | tr '\\0' x; echo; echo after; ${IDLE}`;
    const container = await run(name, script, { Tty: tty });
    await waitFor(async () => (await rawLogs(container)).includes('after'), 'the long line');
    const { lines } = await readAll({ id: PREFIX + name });
    expect(lines.map((l) => l.text.replace(/\r$/, ''))).toEqual(['x'.repeat(40_000), 'after']);
    expect(lines[0]!.ts).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it("ends with 'stopped' and the exit code when the container stops", async () => {
    const container = await run('stop', IDLE);
    const before = counter.openConnections('/logs');
    const stream = follow({ id: PREFIX + 'stop' });
    await waitFor(() => counter.openConnections('/logs') === before + 1, 'the follow to open');
    await container.stop();
    expect(await stream.ended).toBeUndefined();
    expect(stream.events.at(-1)).toMatchObject({ kind: 'end', reason: 'stopped' });
    expect((stream.events.at(-1) as { message: string }).message).toMatch(/stopped \(exit code 0\)/);
  });

  it('ends at once for a container never started, saying so', async () => {
    await docker
      .getContainer(PREFIX + 'created')
      .remove({ force: true })
      .catch(() => undefined);
    await docker.createContainer({ name: PREFIX + 'created', Image: SEED.images.busybox, Cmd: ['true'] });
    const stream = follow({ id: PREFIX + 'created' });
    expect(await stream.ended).toBeUndefined();
    expect(stream.events).toEqual([
      { kind: 'end', reason: 'stopped', message: `The container ${PREFIX}created has not been started.` },
    ]);
  });

  it("ends with 'removed' when the container is removed mid-follow", async () => {
    const container = await run('remove', IDLE);
    const before = counter.openConnections('/logs');
    const stream = follow({ id: PREFIX + 'remove' });
    await waitFor(() => counter.openConnections('/logs') === before + 1, 'the follow to open');
    await container.remove({ force: true });
    expect(await stream.ended).toBeUndefined();
    expect(stream.events.at(-1)).toMatchObject({ kind: 'end', reason: 'removed' });
  });

  it('says in plain words that a container is gone', async () => {
    const error = await follow({ id: PREFIX + 'never-was' }).ended;
    expect(error?.code).toBe('NOT_FOUND');
    expect(error?.message).toContain(`${PREFIX}never-was was not found`);
  });

  it("names the logging driver when the Engine keeps no logs ('none')", async () => {
    await run('nolog', 'echo lost', { HostConfig: { LogConfig: { Type: 'none', Config: {} } } });
    const error = await follow({ id: PREFIX + 'nolog' }).ended;
    expect(error?.code).toBe('CONFLICT');
    expect(error?.message).toContain("Docker keeps no logs for this container: its logging driver is 'none'");
    const download = await backend.router.invoke('logs.download', { id: PREFIX + 'nolog' });
    expect(download).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});

describe('logs.download', () => {
  const base = () => `http://127.0.0.1:${server.port}/`;
  const auth = { authorization: `Bearer ${TOKEN}` };

  async function prepare(input: InputOf<'logs.download'>) {
    const answer = await backend.router.invoke('logs.download', input);
    if (!answer.ok) throw new Error(`logs.download failed: ${answer.error.message}`);
    return answer.value as { url: string; fileName: string; expiresAt: number };
  }

  it('streams the whole log as a text attachment, once', async () => {
    const container = await run('download', 'seq 1 20000; sleep 0.5; echo to-stderr >&2');
    await container.wait();
    const prepared = await prepare({ id: PREFIX + 'download' });
    expect(prepared.url).toMatch(/^downloads\/[A-Za-z0-9_-]{43}$/);
    expect(prepared.fileName).toMatch(/^gt-logs-download-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.log$/);
    expect(prepared.expiresAt).toBeGreaterThan(Date.now());

    const answer = await fetch(base() + prepared.url, { headers: auth });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(answer.headers.get('content-disposition')).toContain(`filename="${prepared.fileName}"`);
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    const expected = Array.from({ length: 20000 }, (_, i) => `${i + 1}\n`).join('') + 'to-stderr\n';
    expect(await answer.text()).toBe(expected);

    expect((await fetch(base() + prepared.url, { headers: auth })).status).toBe(404);
  });

  it('puts the timestamps first when asked, and honours the range', async () => {
    const container = await run('download-ts', 'echo one; echo two');
    await container.wait();
    const prepared = await prepare({ id: PREFIX + 'download-ts', timestamps: true, since: '1h' });
    const text = await (await fetch(base() + prepared.url, { headers: auth })).text();
    expect(text).toMatch(/^\d{4}-\d\d-\d\dT\S+Z one\n\d{4}-\d\d-\d\dT\S+Z two\n$/);
    const future = await prepare({ id: PREFIX + 'download-ts', since: new Date(Date.now() + 3_600_000).toISOString() });
    expect(await (await fetch(base() + future.url, { headers: auth })).text()).toBe('');
  });

  it('refuses an unknown ticket (404) and a request without the token (401), which leaves the ticket usable', async () => {
    expect((await fetch(`${base()}downloads/${'A'.repeat(43)}`, { headers: auth })).status).toBe(404);
    await run('download-auth', 'echo secret');
    const prepared = await prepare({ id: PREFIX + 'download-auth' });
    expect((await fetch(base() + prepared.url)).status).toBe(401);
    expect((await fetch(base() + prepared.url, { headers: auth })).status).toBe(200);
  });
});
