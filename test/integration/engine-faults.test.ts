/**
 * The Engine killed (SIGKILL, a crash rather than a shutdown) in the middle of work, on a private
 * engine of this file's own: every open stream ends with ENGINE_UNAVAILABLE and closes, calls answer
 * the same, and once the Engine is back the events stream reconnects and misses nothing that
 * happened while it was reopening.
 */
import { mkdtempSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiError } from '../../electron/shared/errors';
import type { ChannelName, InputOf } from '../../electron/shared/contract';
import type { EngineEvent } from '../../electron/shared/dto';
import { extraEngineNetns, SEED, testEnv } from '../support/fixtures';
import { call, engineSh, rawDocker, testBackend } from '../support/testEngine';

const dir = mkdtempSync(path.join(testEnv('tmp'), 'f'));
const netns = extraEngineNetns('f');
const dockerHost = `unix://${dir}/sock`;
const docker = rawDocker(dockerHost);
const backend = testBackend(dockerHost);
const CHATTY = 'gt-faults-chatty';

let nextStream = 100;

/** Subscribes as a page does; `ended` settles with the error the stream ended with (undefined: a clean end). */
function open<K extends ChannelName>(channel: K, input: InputOf<K>) {
  const events: unknown[] = [];
  let resolveEnd!: (error: ApiError | undefined) => void;
  const ended = new Promise<ApiError | undefined>((resolve) => (resolveEnd = resolve));
  backend.router.subscribe('faults', nextStream++, channel, input, {
    event: (data) => events.push(data),
    end: (error) => resolveEnd(error),
  });
  return { events, ended };
}

async function copyBusybox(): Promise<void> {
  const archive = await rawDocker().getImage(SEED.images.busybox).get();
  const progress = await docker.loadImage(archive);
  await new Promise((resolve, reject) =>
    docker.modem.followProgress(progress, (error: Error | null) => (error ? reject(error) : resolve(null))),
  );
}

beforeAll(async () => {
  engineSh('start', dir, netns);
  await copyBusybox();
}, 60_000);
afterAll(async () => {
  await backend.dispose();
  engineSh('stop', dir);
});

describe('the Engine killed mid-operation', () => {
  it('ends a log follow, a stats stream and a terminal with ENGINE_UNAVAILABLE, and closes them', async () => {
    const chatty = await docker.createContainer({
      name: CHATTY,
      Image: SEED.images.busybox,
      Cmd: ['sh', '-c', 'trap "exit 0" TERM; while :; do echo tick; usleep 100000; done'],
    });
    await chatty.start();
    const logs = open('logs.follow', { id: CHATTY, tail: 0 });
    const stats = open('stats.follow', { ids: [CHATTY] });
    const terminal = open('terminal.open', { id: CHATTY, cmd: ['sh'], cols: 80, rows: 24 });
    await vi.waitFor(() => expect(logs.events.length).toBeGreaterThan(0), { timeout: 10_000 });
    await vi.waitFor(() => expect(stats.events.length).toBeGreaterThan(0), { timeout: 10_000 });
    await vi.waitFor(() => expect(terminal.events.length).toBeGreaterThan(0), { timeout: 10_000 });
    expect(backend.router.openStreams()).toBe(3);

    engineSh('kill', dir);

    const ends = {
      logs: await logs.ended,
      stats: await stats.ended,
      terminal: await terminal.ended,
    };
    for (const [stream, end] of Object.entries(ends)) {
      expect({ stream, code: end?.code }).toEqual({ stream, code: 'ENGINE_UNAVAILABLE' });
      expect(end?.message).toContain(dockerHost);
    }
    expect(backend.router.openStreams()).toBe(0);
  }, 30_000);

  it('answers ENGINE_UNAVAILABLE to calls while it is gone', async () => {
    for (const channel of ['containers.list', 'images.list', 'containers.inspect'] as const) {
      const answer = await backend.router.invoke(channel, channel === 'containers.inspect' ? { id: CHATTY } : {});
      expect(answer).toMatchObject({ ok: false, error: { code: 'ENGINE_UNAVAILABLE' } });
    }
  });

  it('once it is back: the events stream reconnects and a change made while it reopened is not missed', async () => {
    const events: EngineEvent[] = [];
    let connectedAt = 0;
    backend.router.subscribe(
      'faults-events',
      1,
      'engine.events',
      {},
      {
        event: (data) => {
          const event = data as EngineEvent;
          if (event.kind === 'engine' && event.status.state === 'connected') connectedAt = Date.now();
          events.push(event);
        },
        end: () => {},
      },
    );
    const states = () => events.filter((e) => e.kind === 'engine').map((e) => e.status.state);
    await vi.waitFor(() => expect(states()).toEqual(['unavailable']), { timeout: 10_000 });

    engineSh('start', dir, netns);
    // At once, before the backend's next probe (every 2 s by now) has reopened its stream.
    const made = await docker.createContainer({
      name: 'gt-faults-made-in-the-gap',
      Image: SEED.images.busybox,
      Cmd: ['true'],
    });
    const madeAt = Date.now();
    await vi.waitFor(() => expect(states()).toEqual(['unavailable', 'connected']), { timeout: 15_000 });
    // Whether the create fell in the gap (then it comes from the replay since the stream stopped)
    // depends on when the backend's probe ran; the log says which (a negative figure: not in it).
    console.log(`engine-faults: the events stream reopened ${connectedAt - madeAt} ms after the create`);
    await vi.waitFor(
      () =>
        expect(events).toContainEqual(
          expect.objectContaining({ kind: 'container', action: 'create', id: made.id }) as EngineEvent,
        ),
      { timeout: 10_000 },
    );
    // And the lists the backend answers from are whole again.
    const names = (await call(backend, 'containers.list', {})).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['gt-faults-made-in-the-gap', CHATTY]));
  }, 60_000);
});
