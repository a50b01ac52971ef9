/**
 * Renderer states against a mocked /api (see support/mockBackend.ts): loading, empty, a lost
 * connection, an action error, an event updating one row, and a long virtualised list.
 */
import path from 'node:path';
import { expect, test } from './support/test';
import { CONNECTED, MockBackend, mockContainer } from './support/mockBackend';
import { REPO } from './support/serve';

const SHOTS = path.join(REPO, 'test-results', 'screenshots');

test.describe('renderer states (mocked API)', () => {
  let mock: MockBackend;
  test.beforeEach(async ({ page }) => {
    mock = new MockBackend();
    await mock.install(page);
  });

  test('loading skeleton, then the empty states', async ({ page, containers, images, server }) => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    mock.handlers.set('containers.list', async () => (await held, { ok: true, value: [] }));

    await containers.shell.open(server.url);
    await expect(containers.table).toHaveAttribute('aria-busy', 'true');
    await page.screenshot({ path: path.join(SHOTS, 'state-loading.png') });
    release();
    await expect(page.getByRole('heading', { name: 'No containers yet' })).toBeVisible();
    await expect(page.getByText('docker run hello-world', { exact: true })).toBeVisible();
    await expect(containers.shell.title).toHaveText('Containers');
    await page.screenshot({ path: path.join(SHOTS, 'state-empty.png') });

    await images.shell.navLink('Images').click();
    await expect(page.getByRole('heading', { name: 'No images' })).toBeVisible();
  });

  test('an action error shows the message verbatim', async ({ page, containers, server }) => {
    const web = mockContainer(1, { name: 'web-1' });
    mock.answer('containers.list', [web]);
    const message = 'Container web-1 is being removed; wait until it is gone.';
    mock.handlers.set('containers.stop', () => ({ ok: false, error: { code: 'CONFLICT', message } }));

    await containers.open(server.url);
    await containers.stopButton('web-1').click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText("Couldn't stop web-1");
    await expect(alert).toContainText(message);
    await expect(containers.stopButton('web-1')).toBeEnabled();
    await page.screenshot({ path: path.join(SHOTS, 'state-action-error.png') });
  });

  test('a container event updates its row in place; new containers go first', async ({ containers, server }) => {
    const list = [mockContainer(1), mockContainer(2), mockContainer(3)];
    mock.answer('containers.list', list);
    await containers.open(server.url);
    await expect(containers.stateBadge('svc-0002', 'running')).toBeVisible();

    const stopped = { ...list[1]!, state: 'exited' as const, status: 'Exited (0) 1 second ago' };
    mock.emit({ kind: 'container', action: 'die', id: stopped.id, container: stopped });
    await expect(containers.stateBadge('svc-0002', 'exited')).toBeVisible();
    await expect(containers.bodyRows.nth(1)).toContainText('svc-0002');

    const fresh = mockContainer(9);
    mock.emit({ kind: 'container', action: 'create', id: fresh.id, container: fresh });
    await expect(containers.bodyRows.first()).toContainText('svc-0009');
    mock.emit({ kind: 'container', action: 'destroy', id: list[0]!.id, container: null });
    await expect(containers.row('svc-0001')).toHaveCount(0);
    await expect(containers.shell.title).toHaveText('Containers');
    await expect(containers.page.getByRole('banner')).toContainText('3 containers · 2 running');
  });

  test('2,000 containers: only the visible rows are in the DOM, and scrolling reaches the end', async ({
    page,
    containers,
    server,
  }) => {
    mock.answer(
      'containers.list',
      Array.from({ length: 2000 }, (_, i) => mockContainer(i + 1)),
    );
    await containers.open(server.url);
    expect(await containers.bodyRows.count()).toBeLessThan(60);
    await expect(containers.table).toHaveAttribute('aria-rowcount', '2001');
    await page.mouse.move(700, 400);
    for (let i = 0; i < 5 && (await containers.row('svc-2000').count()) === 0; i++) await page.mouse.wheel(0, 200_000);
    await expect(containers.row('svc-2000')).toBeVisible();
    expect(await containers.bodyRows.count()).toBeLessThan(60);
  });

  test('a dropped connection shows Reconnecting, then recovers', async ({ page, containers, server }) => {
    mock.answer('containers.list', [mockContainer(1)]);
    await containers.open(server.url);
    await expect(containers.shell.connection).toHaveText('Connected');

    mock.accepting = false;
    await mock.dropAll();
    await expect(containers.shell.connection).toHaveText('Reconnecting');
    await page.screenshot({ path: path.join(SHOTS, 'state-reconnecting.png') });

    mock.answer('containers.list', [mockContainer(1), mockContainer(2)]);
    mock.accepting = true;
    await expect(containers.shell.connection).toHaveText('Connected', { timeout: 10_000 });
    await expect(containers.row('svc-0002')).toBeVisible(); // refreshed after the reconnect
  });

  test('the Engine coming back replaces the unavailable screen without a reload', async ({
    page,
    containers,
    server,
  }) => {
    mock.answer('engine.status', {
      state: 'unavailable',
      address: 'unix:///var/run/docker.sock',
      tried: ['unix:///var/run/docker.sock', 'unix:///run/user/1000/docker.sock'],
      reason: 'EACCES',
      message: 'Permission denied on unix:///var/run/docker.sock: your user may not use the Docker socket.',
    });
    await containers.shell.open(server.url);
    await expect(page.getByRole('heading', { name: "Can't reach the Docker Engine" })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('unix:///run/user/1000/docker.sock');

    mock.answer('containers.list', [mockContainer(1)]);
    mock.emit({ kind: 'engine', status: CONNECTED });
    await expect(containers.row('svc-0001')).toBeVisible();
    await expect(containers.shell.connection).toHaveText('Connected');
  });
});
