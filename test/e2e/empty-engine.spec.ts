/**
 * A fresh Engine with nothing on it, of this spec's own (the seeded one must keep its containers
 * and keep running): the empty states, and the Engine stopping and starting again under an open
 * page, which must recover on its own, without a reload or a restart.
 */
import path from 'node:path';
import { ExtraEngine } from './support/engines';
import { SCREENSHOTS, startServe, type RunningServe } from './support/serve';
import { expect, test } from './support/test';

test.describe('an empty Engine', () => {
  let engine: ExtraEngine;
  let server: RunningServe;
  test.beforeAll(async () => {
    engine = new ExtraEngine('empty');
    await engine.start();
    server = await startServe(engine.dockerHost, 'e2e-serve-empty');
  });
  test.afterAll(async () => {
    await server?.stop();
    await engine?.stop();
  });

  test('shows the empty states, with a command to try', async ({ page, containers, images }) => {
    await containers.shell.open(server.url);
    await expect(containers.noContainers).toBeVisible();
    await expect(page.getByText('docker run hello-world', { exact: true })).toBeVisible();
    await expect(containers.shell.title).toHaveText('Containers');
    await expect(containers.shell.topBar).toContainText('0 containers · 0 running');
    await expect(containers.shell.connection).toHaveText('Connected');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'state-empty.png') });

    await images.shell.navLink('Images').click();
    await expect(images.noImages).toBeVisible();
    await expect(page.getByText('docker pull busybox', { exact: true })).toBeVisible();
  });

  test('the Engine stopping and starting again: the open page follows, without a reload', async ({
    page,
    containers,
  }) => {
    await containers.shell.open(server.url);
    await expect(containers.noContainers).toBeVisible();
    await expect(containers.shell.connection).toHaveText('Connected');
    let reloads = 0;
    page.on('load', () => reloads++);

    await engine.stop();
    // Shown from the backend's events stream, which watches the Engine: nobody clicked Retry. The
    // Engine was there, so the page stays (marked stale) under the reconnecting banner.
    await expect(containers.shell.engineDisconnected).toBeVisible();
    await expect(containers.shell.connection).toHaveText('Unavailable');
    await expect(containers.shell.staleContent).toBeVisible();
    await expect(containers.noContainers).toBeVisible();
    await expect(containers.shell.engineUnavailable).toHaveCount(0);

    await engine.start();
    // The backend retries every 2 s at most; the page then asks for its list again.
    await expect(containers.shell.connection).toHaveText('Connected', { timeout: 10_000 });
    await expect(containers.noContainers).toBeVisible();
    await expect(containers.shell.engineDisconnected).toHaveCount(0);
    await expect(containers.shell.staleContent).toHaveCount(0);
    expect(reloads, 'page reloads').toBe(0);
  });
});
