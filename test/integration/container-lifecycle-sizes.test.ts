/**
 * A container seen whole (inspect), its sizes (one, and every container's in one cancellable
 * stream) on the seeded private engine. Containers are the test's own (prefix gt-lcs-).
 */
import { rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createBackend } from '../../electron/api/backend';
import type { ContainerSizesEvent } from '../../electron/shared/dto';
import type { ApiError } from '../../electron/shared/errors';
import type { Backend } from '../../electron/api/backend';
import { SEED, testEnv } from '../support/fixtures';
import { call, rawDocker, testBackend, testDockerHost } from '../support/testEngine';

const backend = testBackend();
const docker = rawDocker();
const PREFIX = 'gt-lcs-';
const VOLUME = 'gt-lcs-data';

afterAll(async () => {
  const mine = await docker.listContainers({ all: true, filters: { name: [PREFIX] } });
  for (const container of mine) await docker.getContainer(container.Id).remove({ force: true, v: true });
  await docker
    .getVolume(VOLUME)
    .remove()
    .catch(() => undefined);
  await backend.dispose();
});

/** Opens containers.sizes as a page does; `ended` settles when the stream ends. */
function sizesStream(target: Backend, client: string) {
  const events: ContainerSizesEvent[] = [];
  const ended = new Promise<ApiError | undefined>((resolve) =>
    target.router.subscribe(
      client,
      1,
      'containers.sizes',
      {},
      {
        event: (event) => events.push(event as ContainerSizesEvent),
        end: resolve,
      },
    ),
  );
  return { events, ended };
}

describe('containers.inspect', () => {
  it('shows a container whole: command, env with secrets flagged, mounts, network, limits, state', async () => {
    const name = `${PREFIX}inspect`;
    const container = await docker.createContainer({
      name,
      Image: SEED.images.busybox,
      Entrypoint: ['sh', '-c'],
      Cmd: ['trap "exit 0" TERM; sleep 100000 & wait'],
      Env: ['DB_PASSWORD=hunter2', 'GREETING=a=b', 'apiKey=k'],
      WorkingDir: '/tmp',
      Labels: { 'com.docker.compose.project': 'lcs', 'com.docker.compose.service': 'db' },
      HostConfig: {
        Binds: [`${VOLUME}:/data:ro`],
        Memory: 64 * 2 ** 20,
        NanoCpus: 500_000_000,
        RestartPolicy: { Name: 'on-failure', MaximumRetryCount: 3 },
      },
    });
    const created = await call(backend, 'containers.inspect', { id: name });
    expect(created.state).toMatchObject({ status: 'created', running: false, exitCode: 0 });
    // The Engine's zero time ("never started") is no time at all.
    expect(created.state.startedAt).toBeUndefined();
    expect(created.state.finishedAt).toBeUndefined();

    await container.start();
    const detail = await call(backend, 'containers.inspect', { id: name });
    expect(detail).toMatchObject({
      id: container.id,
      name,
      image: SEED.images.busybox,
      path: 'sh',
      args: ['-c', 'trap "exit 0" TERM; sleep 100000 & wait'],
      entrypoint: ['sh', '-c'],
      workingDir: '/tmp',
      composeProject: 'lcs',
      composeService: 'db',
      limits: {
        memoryBytes: 64 * 2 ** 20,
        nanoCpus: 500_000_000,
        restartPolicy: { name: 'on-failure', maximumRetryCount: 3 },
      },
    });
    expect(detail.imageId).toBe((await docker.getImage(SEED.images.busybox).inspect()).Id);
    expect(detail.state).toMatchObject({ status: 'running', running: true });
    expect(Date.parse(detail.state.startedAt!)).toBeGreaterThan(Date.parse(detail.created));
    expect(detail.env).toEqual(
      expect.arrayContaining([
        { key: 'DB_PASSWORD', value: 'hunter2', secret: true },
        { key: 'GREETING', value: 'a=b', secret: false },
        { key: 'apiKey', value: 'k', secret: true },
      ]),
    );
    expect(detail.mounts).toEqual([
      expect.objectContaining({ type: 'volume', name: VOLUME, destination: '/data', readOnly: true }),
    ]);
    const bridge = detail.networks.find((n) => n.name === 'bridge');
    expect(bridge?.ipAddress).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(bridge?.ipPrefix).toMatch(/^\d+\.\d+\.\d+\.\d+\/\d+$/);
    expect((detail.raw as { Id: string }).Id).toBe(container.id);
  });

  it('shows the seeded web container’s published port as the list does', async () => {
    const detail = await call(backend, 'containers.inspect', { id: SEED.containers.web.name });
    const list = await call(backend, 'containers.list', {});
    const row = list.find((c) => c.name === SEED.containers.web.name)!;
    expect(detail.ports).toContainEqual(
      expect.objectContaining({ containerPort: 80, hostPort: 8080, protocol: 'tcp' }),
    );
    expect(detail.ports.filter((p) => p.hostPort)).toEqual(row.ports.filter((p) => p.hostPort));
  });
});

describe('container sizes', () => {
  const MiB = 2 ** 20;

  it('writing 5 MB in a container raises its SizeRw by about 5 MB', async () => {
    const name = `${PREFIX}dd`;
    const container = await docker.createContainer({
      name,
      Image: SEED.images.busybox,
      Cmd: ['dd', 'if=/dev/zero', 'of=/big', 'bs=1M', 'count=5'],
    });
    const before = await call(backend, 'containers.size', { id: name });
    expect(before.id).toBe(container.id);
    await container.start();
    expect(await container.wait()).toMatchObject({ StatusCode: 0 });
    const after = await call(backend, 'containers.size', { id: name });
    const grown = after.sizeRw - before.sizeRw;
    expect(grown).toBeGreaterThan(5 * MiB * 0.9);
    expect(grown).toBeLessThan(5 * MiB * 1.1);
    // The whole filesystem is the image plus the writable layer.
    const image = await docker.getImage(SEED.images.busybox).inspect();
    expect(after.sizeRootFs).toBe(image.Size + after.sizeRw);
    expect(after.measuredAt).toBeGreaterThanOrEqual(before.measuredAt);
  });

  it('measures every container in one stream, the same as one by one', async () => {
    const { events, ended } = sizesStream(backend, 'sizes');
    expect(await ended).toBeUndefined();
    const done = events.at(-1);
    if (done?.kind !== 'done') throw new Error(`no done event: ${JSON.stringify(events)}`);
    const all = await docker.listContainers({ all: true });
    expect(done.sizes.map((s) => s.id).sort()).toEqual(all.map((c) => c.Id).sort());
    const dd = done.sizes.find((s) => s.id === all.find((c) => c.Names?.includes(`/${PREFIX}dd`))!.Id)!;
    const single = await call(backend, 'containers.size', { id: `${PREFIX}dd` });
    expect(dd.sizeRw).toBe(single.sizeRw);
    expect(dd.sizeRootFs).toBe(single.sizeRootFs);
    expect(done.elapsedMs).toBeGreaterThanOrEqual(0);
    for (const event of events.slice(0, -1)) expect(event).toMatchObject({ kind: 'progress', containers: all.length });
    expect(backend.router.openStreams()).toBe(0);
  });

  it('closing the stream closes its Engine request', async () => {
    const proxy = await holdingProxy(testDockerHost().replace(/^unix:\/\//, ''), path.join(testEnv('tmp'), 'lcs.sock'));
    const held = createBackend({ DOCKER_HOST: `unix://${proxy.socketPath}` });
    try {
      const { events, ended } = sizesStream(held, 'held');
      await vi.waitFor(() => expect(proxy.held()).toBe(1), { timeout: 10_000 });
      // The Engine has not answered (the proxy holds the request): progress says how many are being measured.
      await vi.waitFor(() => expect(events.some((e) => e.kind === 'progress' && e.containers > 0)).toBe(true), {
        timeout: 5_000,
      });
      held.router.unsubscribe('held', 1);
      expect(await ended).toBeUndefined();
      await vi.waitFor(() => expect(proxy.closedWhileHeld()).toBe(1), { timeout: 5_000 });
      expect(events.some((e) => e.kind === 'done')).toBe(false);
      expect(held.router.openStreams()).toBe(0);
    } finally {
      await held.dispose();
      await proxy.close();
    }
  });
});

/**
 * A proxy in front of the Engine socket that passes every request on except a list with sizes,
 * which it holds unanswered, and counts held connections the client closed.
 */
async function holdingProxy(engineSocket: string, socketPath: string) {
  rmSync(socketPath, { force: true });
  let held = 0;
  let closedWhileHeld = 0;
  const open = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(engineSocket);
    open.add(client).add(upstream);
    let holding = false;
    client.on('data', (chunk: Buffer) => {
      if (/^GET \/[^ ]*containers\/json\?[^ ]*size=true/m.test(chunk.toString('latin1'))) {
        holding = true;
        held++;
        return;
      }
      if (!holding) upstream.write(chunk);
    });
    upstream.pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', () => {
      if (holding) closedWhileHeld++;
      holding = false;
      upstream.destroy();
    });
    client.on('error', end);
    upstream.on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(socketPath, resolve));
  return {
    socketPath,
    held: () => held,
    closedWhileHeld: () => closedWhileHeld,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
