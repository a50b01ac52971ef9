import { afterAll, describe, expect, it, vi } from 'vitest';
import type { EngineEvent } from '../../electron/shared/dto';
import { SEED } from '../support/fixtures';
import { collectEngineEvents, rawDocker, testBackend } from '../support/testEngine';

const backend = testBackend();
const docker = rawDocker();
const name = 'gt-int-events';

afterAll(async () => {
  await docker
    .getContainer(name)
    .remove({ force: true })
    .catch(() => undefined);
  await backend.dispose();
});

const subscribe = () => collectEngineEvents(backend, 'integration');

describe('engine events stream', () => {
  // The stream coalesces a burst of events for one container into its latest one (kill, die, stop
  // within a few ms arrive as one), so each step waits for its own event before the next.
  it('announces the connection, then delivers create, start, stop and destroy with fresh rows', async () => {
    const events = subscribe();
    await vi.waitFor(() => expect(events[0]).toMatchObject({ kind: 'engine', status: { state: 'connected' } }), {
      timeout: 10_000,
    });

    const container = await docker.createContainer({
      name,
      Image: SEED.images.busybox,
      Cmd: ['sh', '-c', 'trap "exit 0" TERM; sleep 100000 & wait'],
    });
    const mine = () =>
      events.filter((e) => e.kind === 'container' && e.id === container.id) as Extract<
        EngineEvent,
        { kind: 'container' }
      >[];
    const waitForAction = (actions: string[]) =>
      vi.waitFor(
        () => {
          const found = mine().find((e) => actions.includes(e.action));
          expect(found, `one of ${actions.join(', ')}`).toBeDefined();
          return found!;
        },
        { timeout: 10_000 },
      );

    const created = await waitForAction(['create']);
    expect(created.container).toMatchObject({ id: container.id, name, state: 'created' });

    await container.start();
    const started = await waitForAction(['start']);
    expect(started.container).toMatchObject({ id: container.id, name, state: 'running' });

    await container.stop({ t: 5 });
    const stopped = await waitForAction(['die', 'stop']);
    expect(stopped.container).toMatchObject({ id: container.id, name, state: 'exited' });

    await container.remove();
    const destroyed = await waitForAction(['destroy']);
    // Each event carries the container as it is now: gone after destroy.
    expect(destroyed.container).toBeNull();

    backend.router.unsubscribe('integration', 1);
    expect(backend.router.openStreams()).toBe(0);
  });

  it('a container that exits by itself arrives as exited, never as a stale running row', async () => {
    const events = subscribe();
    await vi.waitFor(() => expect(events.length).toBeGreaterThan(0), { timeout: 10_000 });
    const container = await docker.createContainer({ name, Image: SEED.images.busybox, Cmd: ['true'] });
    await container.start();
    await container.wait();
    await vi.waitFor(() => expect(events.some((e) => e.kind === 'container' && e.action === 'die')).toBe(true), {
      timeout: 10_000,
    });
    const die = events.find((e) => e.kind === 'container' && e.action === 'die') as Extract<
      EngineEvent,
      { kind: 'container' }
    >;
    expect(die.container?.state).toBe('exited');
    await container.remove();
    backend.router.unsubscribe('integration', 1);
  });

  it('replays what happened since the asked-for moment, with current rows', async () => {
    const container = await docker.createContainer({ name, Image: SEED.images.busybox, Cmd: ['true'] });
    const before = Date.now();
    await container.start();
    await container.wait();
    // Subscribed only now, after the container has come and gone from running.
    const replayed = collectEngineEvents(backend, 'integration', 2, { sinceMs: before });
    await vi.waitFor(
      () =>
        expect(replayed.some((e) => e.kind === 'container' && e.id === container.id && e.action === 'die')).toBe(true),
      { timeout: 10_000 },
    );
    const die = replayed.find((e) => e.kind === 'container' && e.id === container.id && e.action === 'die');
    expect(die?.kind === 'container' && die.container?.state).toBe('exited');
    backend.router.unsubscribe('integration', 2);
    await container.remove();
  });
});
