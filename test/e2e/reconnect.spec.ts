/**
 * The page's connection to the backend drops (the `serve` process dies) and comes back (it is
 * started again on the same port with the same token): the top bar says Reconnecting meanwhile,
 * and the page picks up what changed in between, without a reload.
 */
import path from 'node:path';
import { SEED, testEnv } from '../support/fixtures';
import { removeIfThere } from './support/engines';
import { freePort, SCREENSHOTS, startServe, type RunningServe } from './support/serve';
import { expect, test } from './support/test';

const WHILE_AWAY = 'gt-e2e-while-away';

test.describe('the connection to the backend', () => {
  let server: RunningServe | undefined;
  test.afterEach(async ({ docker }) => {
    await server?.stop();
    await removeIfThere(docker, WHILE_AWAY);
  });

  test('drops: Reconnecting; the backend is back: Connected, with what changed meanwhile', async ({
    page,
    containers,
    docker,
  }) => {
    await removeIfThere(docker, WHILE_AWAY);
    const port = await freePort();
    const first = await startServe(testEnv('dockerHost'), 'e2e-serve-reconnect-1', { port });
    server = first;
    await containers.open(first.url);
    await expect(containers.shell.connection).toHaveText('Connected');
    await expect(containers.row(SEED.containers.web.name)).toBeVisible();
    let reloads = 0;
    page.on('load', () => reloads++);

    await first.kill();
    await expect(containers.shell.connection).toHaveText('Reconnecting');
    // What the page showed stays on screen while it reconnects.
    await expect(containers.row(SEED.containers.web.name)).toBeVisible();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'state-reconnecting.png') });

    // A change the page cannot hear about while it is disconnected.
    await docker.createContainer({ name: WHILE_AWAY, Image: SEED.images.busybox, Cmd: ['true'] });
    server = await startServe(testEnv('dockerHost'), 'e2e-serve-reconnect-2', {
      port,
      token: first.token,
    });
    // The page retries with backoff (250 ms doubling to 5 s).
    await expect(containers.shell.connection).toHaveText('Connected', { timeout: 10_000 });
    await expect(containers.row(WHILE_AWAY)).toBeVisible();
    await expect(containers.row(SEED.containers.web.name)).toBeVisible();
    expect(reloads, 'page reloads').toBe(0);
  });
});
