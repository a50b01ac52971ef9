/**
 * Every container lifecycle action through the router, on the seeded private engine, with the
 * refusals the issue names. Each test makes its own containers (prefix gt-lc-) and the afterAll
 * removes them; the seeded ones are only read (a name to collide with).
 */
import type Docker from 'dockerode';
import { afterAll, describe, expect, it } from 'vitest';
import type { LayerIndexEvent } from '../../electron/shared/dto';
import type { ApiError } from '../../electron/shared/errors';
import { SEED } from '../support/fixtures';
import { call, rawDocker, runIdleContainer, testBackend } from '../support/testEngine';

const backend = testBackend();
const docker = rawDocker();
const PREFIX = 'gt-lc-';
const COMMIT_REPO = 'gantry-int/lc-commit';
const NAMED_VOLUME = 'gt-lc-named';

afterAll(async () => {
  const mine = await docker.listContainers({ all: true, filters: { name: [PREFIX] } });
  for (const container of mine) await docker.getContainer(container.Id).remove({ force: true, v: true });
  await docker
    .getImage(`${COMMIT_REPO}:1`)
    .remove({ force: true })
    .catch(() => undefined);
  await docker
    .getVolume(NAMED_VOLUME)
    .remove()
    .catch(() => undefined);
  await backend.dispose();
});

/** The error an invoke answers with (the test fails if it succeeds). */
async function failure(channel: string, input: unknown): Promise<ApiError> {
  const answer = await backend.router.invoke(channel, input);
  if (answer.ok) throw new Error(`${channel} succeeded: ${JSON.stringify(answer.value)}`);
  return answer.error;
}

const state = async (name: string) => (await docker.getContainer(name).inspect()).State;

/** A container that runs `script` in busybox sh and is left to finish. */
async function runToExit(name: string, script: string): Promise<Docker.Container> {
  const container = await docker.createContainer({ name, Image: SEED.images.busybox, Cmd: ['sh', '-c', script] });
  await container.start();
  await container.wait();
  return container;
}

describe('start, stop, restart', () => {
  it('says changed:false for a stop of a stopped container and a start of a running one', async () => {
    const name = `${PREFIX}toggle`;
    await runIdleContainer(docker, name);
    expect(await call(backend, 'containers.start', { id: name })).toEqual({ id: name, changed: false });
    expect(await call(backend, 'containers.stop', { id: name, timeoutSeconds: 5 })).toEqual({
      id: name,
      changed: true,
    });
    expect((await state(name)).Status).toBe('exited');
    expect(await call(backend, 'containers.stop', { id: name })).toEqual({ id: name, changed: false });

    const before = (await state(name)).StartedAt;
    expect(await call(backend, 'containers.restart', { id: name, timeoutSeconds: 1 })).toEqual({
      id: name,
      changed: true,
    });
    const after = await state(name);
    expect(after.Status).toBe('running');
    expect(after.StartedAt).not.toBe(before);
  });
});

describe('pause and unpause', () => {
  it('pauses and unpauses, and says changed:false when already there', async () => {
    const name = `${PREFIX}pause`;
    await runIdleContainer(docker, name);
    expect(await call(backend, 'containers.pause', { id: name })).toEqual({ id: name, changed: true });
    expect((await state(name)).Status).toBe('paused');
    expect(await call(backend, 'containers.pause', { id: name })).toEqual({ id: name, changed: false });
    expect(await call(backend, 'containers.unpause', { id: name })).toEqual({ id: name, changed: true });
    expect((await state(name)).Status).toBe('running');
    expect(await call(backend, 'containers.unpause', { id: name })).toEqual({ id: name, changed: false });
  });

  it('refuses to pause or unpause a stopped container, in plain words with the Engine message', async () => {
    const name = `${PREFIX}pause-stopped`;
    await runToExit(name, 'true');
    const paused = await failure('containers.pause', { id: name });
    expect(paused.code).toBe('CONFLICT');
    expect(paused.message).toMatch(
      /is not running; only a running container can be paused\. \(Engine: .*is not running/,
    );
    const unpaused = await failure('containers.unpause', { id: name });
    expect(unpaused.code).toBe('CONFLICT');
    expect(unpaused.message).toMatch(/is not running, so there is nothing to unpause.*\(Engine: .*not paused/);
  });
});

describe('kill', () => {
  it('sends the chosen signal: a HUP trap exits with its own code', async () => {
    const name = `${PREFIX}kill-hup`;
    const container = await docker.createContainer({
      name,
      Image: SEED.images.busybox,
      Cmd: ['sh', '-c', 'trap "exit 42" HUP; trap "exit 0" TERM; sleep 100000 & wait'],
    });
    await container.start();
    expect(await call(backend, 'containers.kill', { id: name, signal: 'SIGHUP' })).toEqual({ id: name, changed: true });
    expect(await container.wait()).toMatchObject({ StatusCode: 42 });
  });

  it('kills with SIGKILL by default (exit 137), and refuses a container that is not running', async () => {
    const name = `${PREFIX}kill-default`;
    // Traps every catchable signal: only SIGKILL ends it.
    const container = await docker.createContainer({
      name,
      Image: SEED.images.busybox,
      Cmd: ['sh', '-c', 'trap "" HUP INT TERM USR1 USR2; sleep 100000 & wait; sleep 100000'],
    });
    await container.start();
    expect(await call(backend, 'containers.kill', { id: name })).toEqual({ id: name, changed: true });
    expect(await container.wait()).toMatchObject({ StatusCode: 137 });

    const again = await failure('containers.kill', { id: name, signal: 9 });
    expect(again.code).toBe('CONFLICT');
    expect(again.message).toMatch(/is not running, so there is no process to send 9 to/);
  });

  it('passes on the Engine refusing a signal it does not know as BAD_INPUT', async () => {
    const name = `${PREFIX}kill-unknown`;
    await runIdleContainer(docker, name);
    const error = await failure('containers.kill', { id: name, signal: 'SIGNOPE' });
    expect(error.code).toBe('BAD_INPUT');
    expect(error.message).toMatch(/SIGNOPE/);
  });
});

describe('rename', () => {
  it('renames, says changed:false for the same name, and refuses a name in use', async () => {
    const name = `${PREFIX}rename-a`;
    const renamed = `${PREFIX}rename-b`;
    await runToExit(name, 'true');
    expect(await call(backend, 'containers.rename', { id: name, name: renamed })).toEqual({ id: name, changed: true });
    expect((await docker.getContainer(renamed).inspect()).Name).toBe(`/${renamed}`);
    expect(await call(backend, 'containers.rename', { id: renamed, name: renamed })).toEqual({
      id: renamed,
      changed: false,
    });

    const taken = await failure('containers.rename', { id: renamed, name: SEED.containers.stopped.name });
    expect(taken.code).toBe('CONFLICT');
    expect(taken.message).toContain(`The name "${SEED.containers.stopped.name}" is already in use`);
    expect(taken.message).toContain('pick another name');
    expect((await docker.getContainer(renamed).inspect()).Name).toBe(`/${renamed}`);
  });
});

describe('remove', () => {
  it('refuses a running container without Force, removes it with Force', async () => {
    const name = `${PREFIX}remove-running`;
    await runIdleContainer(docker, name);
    const refused = await failure('containers.remove', { id: name, force: false, volumes: false });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toMatch(/is running: stop it first, or use Force/);
    expect((await state(name)).Running).toBe(true);

    expect(await call(backend, 'containers.remove', { id: name, force: true, volumes: false })).toEqual({
      id: name,
      removedVolumes: [],
    });
    await expect(docker.getContainer(name).inspect()).rejects.toMatchObject({ statusCode: 404 });
  });

  it('with volumes, removes the anonymous volume and keeps the named one', async () => {
    const name = `${PREFIX}remove-volumes`;
    const container = await docker.createContainer({
      name,
      Image: SEED.images.busybox,
      Cmd: ['true'],
      Volumes: { '/anonymous': {} },
      HostConfig: { Binds: [`${NAMED_VOLUME}:/named`] },
    });
    const anonymous = (await container.inspect()).Mounts.find((m) => m.Destination === '/anonymous')!.Name!;
    expect(anonymous).toMatch(/^[0-9a-f]{64}$/);

    const result = await call(backend, 'containers.remove', { id: name, force: false, volumes: true });
    expect(result).toEqual({ id: name, removedVolumes: [anonymous] });
    const volumes = ((await docker.listVolumes()).Volumes ?? []).map((v) => v.Name);
    expect(volumes).not.toContain(anonymous);
    expect(volumes).toContain(NAMED_VOLUME);
  });

  it('a removed container is NOT_FOUND, in plain words, on inspect and start', async () => {
    const name = `${PREFIX}gone`;
    await (await docker.createContainer({ name, Image: SEED.images.busybox, Cmd: ['true'] })).remove();
    for (const channel of ['containers.inspect', 'containers.start', 'containers.size', 'containers.top']) {
      const error = await failure(channel, { id: name });
      expect(error.code, channel).toBe('NOT_FOUND');
      expect(error.message, channel).toContain(`The container ${name} was not found; it may have been removed.`);
    }
  });
});

describe('bad input is refused by the contract', () => {
  it.each([
    ['containers.rename', { id: 'x1', name: '-x' }],
    ['containers.rename', { id: 'x1', name: 'a' }],
    ['containers.rename', { id: 'x1', name: 'with/slash' }],
    ['containers.kill', { id: 'x1', signal: 'kill' }],
    ['containers.kill', { id: 'x1', signal: 65 }],
    ['containers.stop', { id: 'x1', timeoutSeconds: -1 }],
    ['containers.restart', { id: 'x1', timeoutSeconds: 1.5 }],
    ['containers.files', { id: 'x1', path: 'etc' }],
    ['containers.inspect', { id: '../images' }],
    ['containers.commit', { id: 'x1', tag: 'only-a-tag' }],
  ])('%s %j → BAD_INPUT', async (channel, input) => {
    expect((await failure(channel, input)).code).toBe('BAD_INPUT');
  });
});

describe('commit', () => {
  it('makes an image whose top layer holds what the container wrote', async () => {
    const name = `${PREFIX}commit`;
    await runToExit(name, 'echo committed > /gt-commit.txt');
    const result = await call(backend, 'containers.commit', {
      id: name,
      repository: COMMIT_REPO,
      tag: '1',
      message: 'from the lifecycle test',
      author: 'Gantry tests',
    });
    expect(result.reference).toBe(`${COMMIT_REPO}:1`);
    expect(result.imageId).toMatch(/^sha256:[0-9a-f]{64}$/);

    const image = await call(backend, 'images.inspect', { id: result.imageId });
    const base = await call(backend, 'images.inspect', { id: SEED.images.busybox });
    expect(image.repoTags).toEqual([`${COMMIT_REPO}:1`]);
    expect(image.diffIds.slice(0, -1)).toEqual(base.diffIds);
    expect(image.diffIds).toHaveLength(base.diffIds.length + 1);
    const raw = image.raw as { Comment?: string; Author?: string };
    expect(raw).toMatchObject({ Comment: 'from the lifecycle test', Author: 'Gantry tests' });

    await new Promise<void>((resolve, reject) =>
      backend.router.subscribe(
        'lc',
        1,
        'layers.index',
        { imageId: result.imageId },
        {
          event: (event) => void (event as LayerIndexEvent),
          end: (error) => (error ? reject(new Error(error.message)) : resolve()),
        },
      ),
    );
    const top = await call(backend, 'layers.files', {
      imageId: result.imageId,
      layer: base.diffIds.length,
      view: 'changes',
    });
    expect(top.entries.find((entry) => entry.path === 'gt-commit.txt')).toMatchObject({
      kind: 'added',
      size: 'committed\n'.length,
    });
  });
});

describe('top', () => {
  it('lists a running container’s processes, and refuses a stopped one', async () => {
    const name = `${PREFIX}top`;
    await runIdleContainer(docker, name);
    const top = await call(backend, 'containers.top', { id: name });
    expect(top.titles).toEqual(expect.arrayContaining(['PID', 'CMD']));
    const cmd = top.titles.indexOf('CMD');
    expect(top.processes.map((row) => row[cmd])).toContain('sleep 100000');

    await docker.getContainer(name).stop({ t: 5 });
    const stopped = await failure('containers.top', { id: name });
    expect(stopped.code).toBe('CONFLICT');
    expect(stopped.message).toMatch(/is not running, so it has no processes to list/);
  });
});

describe('ports', () => {
  it('a host port another container holds → CONFLICT saying what to do', async () => {
    const publish = {
      ExposedPorts: { '80/tcp': {} },
      HostConfig: { PortBindings: { '80/tcp': [{ HostPort: '18555' }] } },
    };
    const idle = ['sh', '-c', 'trap "exit 0" TERM; sleep 100000 & wait'];
    const holder = await docker.createContainer({
      name: `${PREFIX}port-a`,
      Image: SEED.images.busybox,
      Cmd: idle,
      ...publish,
    });
    await holder.start();
    await docker.createContainer({ name: `${PREFIX}port-b`, Image: SEED.images.busybox, Cmd: idle, ...publish });
    const error = await failure('containers.start', { id: `${PREFIX}port-b` });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/host port .* is already in use .* publish a different port/);
    expect((await state(`${PREFIX}port-b`)).Running).toBe(false);
  });
});
