/**
 * The terminal through the router, on the private engine: a shell with a TTY (docker exec -it),
 * its output and exit code, a resize reaching the TTY (stty size), the errors people meet (the
 * container not running, no shell in it), the session ending when the container stops, and the
 * exec's connection to the Engine closing with the subscription (counted at a proxy in front of
 * the Engine socket). Every container here is the test's own (gt-term-*), removed afterwards.
 */
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type Docker from 'dockerode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/api/backend';
import type { InputOf, MessageOf } from '../../electron/shared/contract';
import type { TerminalEvent } from '../../electron/shared/dto';
import type { ApiError } from '../../electron/shared/errors';
import { SEED, testEnv } from '../support/fixtures';
import { startRequestCounter, type RequestCounter } from '../support/requestCounter';
import { rawDocker, testDockerHost, removeContainersNamed } from '../support/testEngine';

const docker = rawDocker();
const PREFIX = 'gt-term-';
const IDLE = 'trap "exit 0" TERM; sleep 100000 & wait';

let counter: RequestCounter;
let backend: Backend;
let streamIds = 0;

const removeOurs = () => removeContainersNamed(docker, PREFIX);

/** Creates and starts one of our idle busybox containers. */
async function idle(suffix: string): Promise<Docker.Container> {
  const name = PREFIX + suffix;
  await docker
    .getContainer(name)
    .remove({ force: true })
    .catch(() => undefined);
  const container = await docker.createContainer({ name, Image: SEED.images.busybox, Cmd: ['sh', '-c', IDLE] });
  await container.start();
  return container;
}

async function waitFor(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

interface Session {
  events: TerminalEvent[];
  /** Everything the TTY wrote so far. */
  output(): string;
  exit(): TerminalEvent | undefined;
  send(message: MessageOf<'terminal.open'>): void;
  type(text: string): void;
  /** Resolves when the stream ends: with its error, or undefined. */
  ended: Promise<ApiError | undefined>;
  close(): void;
}

function open(input: InputOf<'terminal.open'>): Session {
  const id = ++streamIds;
  const events: TerminalEvent[] = [];
  let settle: (error: ApiError | undefined) => void = () => undefined;
  const ended = new Promise<ApiError | undefined>((resolve) => (settle = resolve));
  backend.router.subscribe('terminal-test', id, 'terminal.open', input, {
    event: (data) => events.push(data as TerminalEvent),
    end: (error) => settle(error),
  });
  const send = (message: MessageOf<'terminal.open'>) => backend.router.send('terminal-test', id, message);
  return {
    events,
    output: () => events.map((e) => (e.kind === 'output' ? e.data : '')).join(''),
    exit: () => events.find((e) => e.kind === 'exit'),
    send,
    type: (text) => send({ kind: 'input', data: text }),
    ended,
    close: () => backend.router.unsubscribe('terminal-test', id),
  };
}

const size = { cols: 80, rows: 24 };

beforeAll(async () => {
  await removeOurs();
  const socketPath = testDockerHost().replace(/^unix:\/\//, '');
  counter = await startRequestCounter(socketPath, path.join(testEnv('tmp'), 'terminal-count.sock'));
  backend = createBackend({ DOCKER_HOST: `unix://${counter.socketPath}` });
});

afterAll(async () => {
  await backend?.dispose();
  await counter?.close();
  await removeOurs();
});

describe('terminal.open', () => {
  it('runs a command with a TTY and ends with its output and exit code', async () => {
    await idle('echo');
    const session = open({ id: PREFIX + 'echo', cmd: ['sh', '-c', 'echo hello from the tty; exit 3'], ...size });
    expect(await session.ended).toBeUndefined();
    expect(session.events[0]).toEqual({
      kind: 'started',
      cmd: ['sh', '-c', 'echo hello from the tty; exit 3'],
      user: '',
    });
    expect(session.output()).toContain('hello from the tty\r\n'); // a TTY: \r\n line ends
    expect(session.exit()).toEqual({
      kind: 'exit',
      reason: 'exited',
      code: 3,
      message: 'The process exited with code 3.',
    });
  });

  it('opens the container’s shell by default (sh in busybox), takes typed input and exits with code 0', async () => {
    await idle('shell');
    const session = open({ id: PREFIX + 'shell', ...size });
    await waitFor(() => session.events.length > 0, 'the session to start');
    expect(session.events[0]).toMatchObject({ kind: 'started', cmd: ['/bin/sh'] });
    session.type('echo "typed $((40 + 2))"\r');
    await waitFor(() => session.output().includes('typed 42'), 'the echo of typed input');
    session.type('exit\r');
    expect(await session.ended).toBeUndefined();
    expect(session.exit()).toEqual({
      kind: 'exit',
      reason: 'exited',
      code: 0,
      message: 'The process exited with code 0.',
    });
  });

  it('runs as the chosen user in the chosen working dir', async () => {
    await idle('user');
    const session = open({
      id: PREFIX + 'user',
      cmd: ['sh', '-c', 'id -u; pwd'],
      user: '1234:5678',
      workdir: '/tmp',
      ...size,
    });
    expect(await session.ended).toBeUndefined();
    expect(session.output()).toMatch(/^1234\r\n\/tmp\r\n/);
  });

  it('a resize reaches the TTY: stty size prints the new rows and columns', async () => {
    await idle('resize');
    const session = open({ id: PREFIX + 'resize', cmd: ['/bin/sh'], cols: 80, rows: 24 });
    session.type('stty size\r');
    await waitFor(() => session.output().includes('24 80'), 'the first size');
    session.send({ kind: 'resize', cols: 132, rows: 43 });
    // The resize is its own Engine call: ask until the TTY has it (the shell prints it each time).
    await waitFor(async () => {
      session.type('stty size\r');
      await sleep(100);
      return session.output().includes('43 132');
    }, 'the new size');
    session.close();
    expect(await session.ended).toBeUndefined();
  });

  it('refuses a container that is not running with CONFLICT and a plain message', async () => {
    const session = open({ id: SEED.containers.stopped.name, ...size });
    const error = await session.ended;
    expect(error).toEqual({
      code: 'CONFLICT',
      message: `The container ${SEED.containers.stopped.name} is not running. Start it to open a terminal.`,
    });
    expect(session.events).toEqual([]);
  });

  it('says so when the container has no shell', async () => {
    const container = await idle('noshell');
    // busybox's sh is one of its links: remove it (the running sleep does not need it).
    const rm = await container.exec({ Cmd: ['/bin/busybox', 'rm', '/bin/sh'], AttachStdout: true, AttachStderr: true });
    const done = await rm.start({ hijack: true, stdin: false });
    done.resume();
    await new Promise((resolve) => done.on('end', resolve));
    const error = await open({ id: PREFIX + 'noshell', ...size }).ended;
    expect(error?.code).toBe('NOT_FOUND');
    expect(error?.message).toContain('No shell in this container: /bin/sh not found');
  });

  it('a command the container lacks ends with the Engine’s words and a plain exit message', async () => {
    await idle('nocmd');
    const session = open({ id: PREFIX + 'nocmd', cmd: ['/no/such/tool'], ...size });
    expect(await session.ended).toBeUndefined();
    expect(session.output()).toMatch(/no such file or directory|not found/i);
    const exit = session.exit();
    expect(exit?.kind === 'exit' && exit.reason).toBe('exited');
    expect(exit?.kind === 'exit' && exit.message).toMatch(/could not be run|was not found/);
  });

  it('ends with an exit event saying so when the container stops mid-session', async () => {
    const container = await idle('stop');
    const session = open({ id: PREFIX + 'stop', cmd: ['/bin/sh'], ...size });
    session.type('echo ready\r');
    await waitFor(() => session.output().includes('ready'), 'the shell');
    await container.stop({ t: 1 });
    expect(await session.ended).toBeUndefined();
    expect(session.exit()).toEqual({
      kind: 'exit',
      reason: 'stopped',
      code: null,
      message: `The container ${PREFIX}stop stopped.`,
    });
  });

  it('closing the subscription closes the exec’s connection to the Engine', async () => {
    await idle('close');
    const before = counter.openConnections('/start');
    const session = open({ id: PREFIX + 'close', cmd: ['/bin/sh'], ...size });
    session.type('echo open\r');
    await waitFor(() => session.output().includes('open'), 'the shell');
    expect(counter.openConnections('/start')).toBe(before + 1);
    session.close();
    expect(await session.ended).toBeUndefined();
    await waitFor(() => counter.openConnections('/start') === before, 'the exec connection to close');
    // Typing into the closed session is dropped, not an error.
    session.type('echo late\r');
    expect(session.exit()).toBeUndefined();
  });
});
