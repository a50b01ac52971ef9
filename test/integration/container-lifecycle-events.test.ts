/**
 * The container list follows what the lifecycle actions do: each action's Engine event reaches the
 * backend's mirror, so the next list (answered from memory) shows the new name or state. Events
 * for one container are coalesced within a few ms, so each step waits for its own event.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { EngineEvent } from '../../electron/shared/dto';
import { call, collectEngineEvents, rawDocker, runIdleContainer, testBackend } from '../support/testEngine';

const backend = testBackend();
const docker = rawDocker();
const NAME = 'gt-lce-one';
const RENAMED = 'gt-lce-two';

afterAll(async () => {
  for (const name of [NAME, RENAMED]) {
    await docker
      .getContainer(name)
      .remove({ force: true })
      .catch(() => undefined);
  }
  await backend.dispose();
});

type ContainerEvent = Extract<EngineEvent, { kind: 'container' }>;

describe('the container list follows lifecycle actions', () => {
  it('shows a rename, pause, unpause, restart, kill and removal', async () => {
    const events = collectEngineEvents(backend, 'lce');
    await vi.waitFor(() => expect(events[0]).toMatchObject({ kind: 'engine', status: { state: 'connected' } }), {
      timeout: 10_000,
    });
    const container = await runIdleContainer(docker, NAME);
    let seen = 0;
    /** Waits for the next event of `action` on our container, after the ones already used. */
    const next = async (action: string) => {
      const found = await vi.waitFor(
        () => {
          const index = events.findIndex(
            (e, i) => i >= seen && e.kind === 'container' && e.id === container.id && e.action === action,
          );
          expect(index, action).toBeGreaterThanOrEqual(0);
          return index;
        },
        { timeout: 10_000 },
      );
      seen = found + 1;
      return events[found] as ContainerEvent;
    };
    const row = async () => (await call(backend, 'containers.list', {})).find((c) => c.id === container.id);
    await next('start');
    expect(await row()).toMatchObject({ name: NAME, state: 'running' });

    await call(backend, 'containers.rename', { id: NAME, name: RENAMED });
    expect((await next('rename')).container?.name).toBe(RENAMED);
    expect(await row()).toMatchObject({ name: RENAMED });

    await call(backend, 'containers.pause', { id: RENAMED });
    await next('pause');
    expect(await row()).toMatchObject({ state: 'paused' });

    await call(backend, 'containers.unpause', { id: RENAMED });
    await next('unpause');
    expect(await row()).toMatchObject({ state: 'running' });

    await call(backend, 'containers.restart', { id: RENAMED, timeoutSeconds: 5 });
    await next('restart');
    expect(await row()).toMatchObject({ state: 'running' });

    await call(backend, 'containers.kill', { id: RENAMED });
    await next('die');
    expect(await row()).toMatchObject({ state: 'exited' });

    await call(backend, 'containers.remove', { id: RENAMED, force: false, volumes: false });
    await next('destroy');
    expect(await row()).toBeUndefined();
    backend.router.unsubscribe('lce', 1);
  });
});
