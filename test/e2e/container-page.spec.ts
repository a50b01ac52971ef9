/**
 * One container's page against the seeded engine, on containers the spec makes (gt-page-*): the
 * overview (with its health check's log), the environment with a secret masked until shown,
 * mounts, ports and networks, the processes of a running container, the size view growing after
 * a write, the inspect JSON, and a container removed while its page is open. axe audits of each
 * tab in light and dark; screenshots.
 */
import type Docker from 'dockerode';
import { SEED } from '../support/fixtures';
import { ContainerPage } from './pages/containerPage';
import { auditBoth, execIn, removePageContainers, runContainer } from './support/pageContainers';
import { expect, seededDocker, test } from './support/test';

const RICH = 'gt-page-rich';
const HOST_PORT = 18_481;

/** A running container with a secret, volumes, ports, limits, a restart policy and a health check. */
async function richContainer(docker: Docker) {
  await docker.createVolume({ Name: 'gt-page-named' });
  const container = await runContainer(docker, RICH, {
    Env: ['DB_PASSWORD=hunter2-very-secret', 'GREETING=hello world'],
    Volumes: { '/data': {} },
    ExposedPorts: { '80/tcp': {}, '53/udp': {} },
    Healthcheck: { Test: ['CMD-SHELL', 'echo all good'], Interval: 1e9, Timeout: 1e9, Retries: 1 },
    HostConfig: {
      Binds: ['gt-page-named:/named:ro'],
      PortBindings: { '80/tcp': [{ HostIp: '0.0.0.0', HostPort: String(HOST_PORT) }] },
      Memory: 512 * 1024 * 1024,
      NanoCpus: 1.5e9,
      RestartPolicy: { Name: 'on-failure', MaximumRetryCount: 3 },
    },
  });
  return container;
}

test.describe('Container page', () => {
  // Real-engine steps plus an axe audit in light and dark after each view: on a shared 2-core
  // machine that can pass Playwright's 30 s default, so these tests get 60 s.
  test.describe.configure({ timeout: 60_000 });

  test.afterEach(async () => {
    const docker = seededDocker();
    await removePageContainers(docker);
    await docker
      .getVolume('gt-page-named')
      .remove()
      .catch(() => undefined);
  });

  test('overview: image, command, state, restart policy, limits, the health check and its log', async ({
    page,
    server,
    docker,
  }) => {
    const info = await (await richContainer(docker)).inspect();
    const view = new ContainerPage(page);
    await view.open(server.url, info.Id);

    await expect(view.shell.title).toHaveText(RICH);
    await expect(view.state).toContainText('running');
    await expect(view.tab('Overview')).toHaveAttribute('aria-selected', 'true');
    const details = view.region('Details');
    await expect(details).toContainText(info.Id);
    await expect(details).toContainText(`sh -c 'trap "exit 0" TERM; sleep 3600 & wait'`);
    const imageLink = details.getByRole('link', { name: SEED.images.busybox });
    await expect(imageLink).toHaveAttribute('href', new RegExp(`#/images/${info.Image.replace(/^sha256:/, '')}$`));
    await expect(view.region('State')).toContainText('on-failure (at most 3 retries)');
    // The health check's verdict arrives by an Engine event: the page follows it without a reload.
    await expect(view.state).toContainText('healthy', { timeout: 10_000 });
    const health = view.region('Health check');
    await expect(health.getByRole('table', { name: 'Health check log' })).toContainText('all good');
    const limits = view.region('Resource limits');
    await expect(limits).toContainText('512MiB');
    await expect(limits).toContainText('1.5');
    await auditBoth(page, 'the container overview', 'container-page-overview');
  });

  test('environment (a secret masked, then shown) and labels; the inspect JSON', async ({ page, server, docker }) => {
    const info = await (await richContainer(docker)).inspect();
    const view = new ContainerPage(page);
    await view.open(server.url, info.Id);
    await expect(view.shell.title).toHaveText(RICH);
    await view.show('Environment');
    await expect(page).toHaveURL(/\?tab=environment$/);
    const secret = view.envRow('DB_PASSWORD');
    await expect(secret).toContainText('••••••••');
    await expect(page.getByText('hunter2-very-secret')).toHaveCount(0);
    await expect(view.envRow('GREETING')).toContainText('hello world');
    await expect(page.getByRole('table', { name: 'Labels' })).toContainText('gantry.e2e');
    await auditBoth(page, 'the environment tab', 'container-page-environment');
    await secret.getByRole('button', { name: 'Show DB_PASSWORD' }).click();
    await expect(secret).toContainText('hunter2-very-secret');
    await secret.getByRole('button', { name: 'Hide DB_PASSWORD' }).click();
    await expect(page.getByText('hunter2-very-secret')).toHaveCount(0);

    await view.show('Inspect JSON');
    await expect(page.getByLabel('Raw inspect JSON')).toContainText(`"Id": "${info.Id}"`);
    await auditBoth(page, 'the inspect tab');
  });

  test('mounts, ports and networks; processes refreshed while shown; none once stopped', async ({
    page,
    server,
    docker,
  }) => {
    const container = await richContainer(docker);
    const info = await container.inspect();
    const view = new ContainerPage(page);
    await view.open(server.url, info.Id);
    await expect(view.shell.title).toHaveText(RICH);
    await view.show('Mounts & network');
    await expect(view.mountRow('/named')).toContainText('volume gt-page-named');
    await expect(view.mountRow('/named')).toContainText('read-only');
    await expect(view.mountRow('/data')).toContainText('read-write');
    await expect(view.mountRow('/data')).toContainText(/anonymous volume [0-9a-f]{12}\//);
    const ports = page.getByRole('list', { name: 'Ports' });
    const link = ports.getByRole('link', { name: `0.0.0.0:${HOST_PORT}->80/tcp` });
    await expect(link).toHaveAttribute('href', `http://localhost:${HOST_PORT}/`);
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(ports).toContainText('53/udp');
    const bridge = info.NetworkSettings.Networks.bridge!;
    await expect(page.getByRole('table', { name: 'Networks' }).getByRole('row', { name: /bridge/ })).toContainText(
      bridge.IPAddress,
    );
    await auditBoth(page, 'the mounts & network tab', 'container-page-mounts');

    await view.show('Processes');
    const processes = page.getByRole('table', { name: 'Processes' });
    await expect(processes).toContainText('sleep 3600');
    await expect(processes.getByRole('columnheader', { name: 'PID', exact: true })).toBeVisible();
    await auditBoth(page, 'the processes tab', 'container-page-processes');
    // Refreshed while visible: a process started now shows without a click.
    await execIn(docker, RICH, ['sh', '-c', 'sleep 77 >/dev/null 2>&1 &']);
    await expect(processes).toContainText('sleep 77', { timeout: 6000 });

    // Stopped from outside: the page follows the Engine's events, and a stopped container has no processes.
    await container.stop({ t: 0 });
    await expect(view.state).toContainText('exited');
    await view.show('Processes');
    await expect(page.getByRole('heading', { name: 'No processes' })).toBeVisible();
  });

  test('the size view draws the writable layer, and shows it grow after a write', async ({ page, server, docker }) => {
    await runContainer(docker, 'gt-page-size');
    const view = new ContainerPage(page);
    await view.open(server.url, 'gt-page-size', 'Size');
    const size = view.region('Size on disk');
    await expect(size.getByText(/^as of /)).toBeVisible();
    const before = await view.writableBytes();
    expect(before).toBeLessThan(1_000_000);
    await expect(size.getByRole('link', { name: SEED.images.busybox })).toBeVisible();
    // A tiny writable layer is still drawn.
    const sliver = await size.locator('[data-part="writable"]').boundingBox();
    expect(sliver?.height ?? 0).toBeGreaterThanOrEqual(4);

    await execIn(docker, 'gt-page-size', ['dd', 'if=/dev/zero', 'of=/tmp/blob', 'bs=1048576', 'count=5']);
    await size.getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(() => view.writableBytes()).toBeGreaterThanOrEqual(before + 5 * 1024 * 1024);
    const grown = await size.locator('[data-part="writable"]').boundingBox();
    expect(grown!.height).toBeGreaterThan(sliver!.height);
    await auditBoth(page, 'the size tab', 'container-page-size');
  });

  test('a container removed while its page is open says it no longer exists', async ({ page, server, docker }) => {
    const container = await runContainer(docker, 'gt-page-gone');
    const view = new ContainerPage(page);
    await view.open(server.url, (await container.inspect()).Id);
    await expect(view.shell.title).toHaveText('gt-page-gone');
    await container.remove({ force: true });
    await expect(view.notFound).toBeVisible();
    await auditBoth(page, 'the removed container page');
    await page.getByRole('main').getByRole('link', { name: 'Back to containers' }).click();
    await expect(view.shell.title).toHaveText('Containers');
  });
});
