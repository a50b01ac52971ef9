/**
 * Engine down and back up, on a second private engine of this test's own (so the seeded one keeps
 * running for the other suites): calls answer ENGINE_UNAVAILABLE while it is down, the events
 * stream says so, and the same backend works again once it is back, without a restart.
 */
import { mkdtempSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EngineEvent } from '../../electron/shared/dto';
import { extraEngineNetns, testEnv } from '../support/fixtures';
import { call, collectEngineEvents, engineSh, testBackend } from '../support/testEngine';

const dir = mkdtempSync(path.join(testEnv('tmp'), 'r'));
const netns = extraEngineNetns('r');
const dockerHost = `unix://${dir}/sock`;
const backend = testBackend(dockerHost);
let events: EngineEvent[] = [];
const engineStates = () => events.filter((e) => e.kind === 'engine').map((e) => e.status.state);

beforeAll(() => {
  engineSh('start', dir, netns);
  events = collectEngineEvents(backend, 'restart-test');
});
afterAll(async () => {
  await backend.dispose();
  engineSh('stop', dir);
});

describe('engine restart', () => {
  it('works while the engine is up', async () => {
    await expect(call(backend, 'containers.list', {})).resolves.toEqual([]);
    await vi.waitFor(() => expect(engineStates()).toEqual(['connected']), { timeout: 10_000 });
  });

  it('answers ENGINE_UNAVAILABLE when the engine is stopped, and says what to do', async () => {
    engineSh('stop', dir);
    // The lists are kept in memory while the events stream is open; the stream's end takes them
    // out of use, and the stream says the Engine is gone.
    await vi.waitFor(() => expect(engineStates()).toEqual(['connected', 'unavailable']), { timeout: 10_000 });
    for (const channel of ['containers.list', 'images.list'] as const) {
      const answer = await backend.router.invoke(channel, {});
      expect(answer).toMatchObject({ ok: false, error: { code: 'ENGINE_UNAVAILABLE' } });
      if (!answer.ok) expect(answer.error.message).toContain(dockerHost);
    }
    const status = await call(backend, 'engine.status', {});
    expect(status).toMatchObject({ state: 'unavailable', address: dockerHost, tried: [dockerHost] });
  });

  it('works again once the engine is back, with the same backend', async () => {
    engineSh('start', dir, netns);
    await vi.waitFor(() => expect(engineStates()).toEqual(['connected', 'unavailable', 'connected']), {
      timeout: 15_000,
    });
    await expect(call(backend, 'containers.list', {})).resolves.toEqual([]);
    expect(await call(backend, 'engine.status', {})).toMatchObject({
      state: 'connected',
      info: { apiVersion: '1.41' },
    });
  });
});
