/** Access to the private test engine for integration tests: a backend and a raw dockerode client. */
import { execFileSync } from 'node:child_process';
import Docker from 'dockerode';
import { createBackend, type Backend } from '../../electron/api/backend';
import type { ChannelName, InputOf, InvokeChannel, ResultOf } from '../../electron/shared/contract';
import { parseDockerHost } from '../../electron/engine/address';
import type { EngineEvent } from '../../electron/shared/dto';
import { SEED, testEnv } from './fixtures';

export function testDockerHost(): string {
  return testEnv('dockerHost');
}

/** A dockerode client on the test engine, for arranging and checking state behind Gantry's back. */
export function rawDocker(dockerHost = testDockerHost()): Docker {
  return new Docker(parseDockerHost(dockerHost).options);
}

/** A backend as the app builds it, pointed at the test engine through DOCKER_HOST. */
export function testBackend(dockerHost = testDockerHost()): Backend {
  return createBackend({ DOCKER_HOST: dockerHost });
}

/** Invokes through the router and returns the value, failing the test with the error otherwise. */
export async function call<K extends InvokeChannel>(
  backend: Backend,
  channel: K,
  input: InputOf<K>,
): Promise<ResultOf<K>> {
  const answer = await backend.router.invoke(channel satisfies ChannelName, input);
  if (!answer.ok) throw new Error(`${channel} failed: ${answer.error.code} ${answer.error.message}`);
  return answer.value as ResultOf<K>;
}

/**
 * Subscribes to 'engine.events' as a page does (client `clientId`, stream `streamId`) and collects
 * what it delivers, in order, into the returned array.
 */
export function collectEngineEvents(
  backend: Backend,
  clientId: string,
  streamId = 1,
  input: InputOf<'engine.events'> = {},
): EngineEvent[] {
  const events: EngineEvent[] = [];
  backend.router.subscribe(clientId, streamId, 'engine.events', input, {
    event: (data) => events.push(data as EngineEvent),
    end: () => {},
  });
  return events;
}

/** A long-running container that stops at once on SIGTERM (busybox as PID 1 ignores it otherwise). */
/** Force-removes every container whose name contains `prefix` (a test file's own, before and after it). */
export async function removeContainersNamed(docker: Docker, prefix: string): Promise<void> {
  const ours = await docker.listContainers({ all: true, filters: { name: [prefix] } });
  await Promise.all(
    ours.map((c) =>
      docker
        .getContainer(c.Id)
        .remove({ force: true })
        .catch(() => undefined),
    ),
  );
}

export async function runIdleContainer(docker: Docker, name: string): Promise<Docker.Container> {
  await docker
    .getContainer(name)
    .remove({ force: true })
    .catch(() => undefined);
  const container = await docker.createContainer({
    name,
    Image: SEED.images.busybox,
    Cmd: ['sh', '-c', 'trap "exit 0" TERM; sleep 100000 & wait'],
  });
  await container.start();
  return container;
}

/** Runs test/support/engine.sh (start/stop/destroy of an extra private engine). */
export function engineSh(...args: string[]): void {
  execFileSync('bash', [testEnv('engineSh'), ...args], { stdio: ['ignore', 'inherit', 'inherit'] });
}
