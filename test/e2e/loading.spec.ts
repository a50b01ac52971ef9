/**
 * A slow Engine: the seeded one behind a proxy that holds every request back. The table shows its
 * loading skeleton (aria-busy) until the Engine's answer arrives, then the rows.
 */
import { mkdtempSync } from 'node:fs';
import path from 'node:path';
import { SEED, testEnv } from '../support/fixtures';
import { startRequestCounter, type RequestCounter } from '../support/requestCounter';
import { SCREENSHOTS, startServe, type RunningServe } from './support/serve';
import { expect, test } from './support/test';

/**
 * Per Engine request. The first list costs two in a row (a version ping, then the list), so the
 * skeleton shows for about 2 s. Well under the backend's 2 s ping timeout: the Engine is "up".
 */
const DELAY_MS = 1000;

test.describe('a slow Engine', () => {
  let proxy: RequestCounter;
  let server: RunningServe;
  test.beforeAll(async () => {
    const socket = path.join(mkdtempSync(path.join(testEnv('tmp'), 's')), 'slow.sock');
    proxy = await startRequestCounter(testEnv('dockerHost').replace(/^unix:\/\//, ''), socket, {
      delayMs: DELAY_MS,
    });
    server = await startServe(`unix://${socket}`, 'e2e-serve-slow');
  });
  test.afterAll(async () => {
    await server?.stop();
    await proxy?.close();
  });

  test('the table shows a loading skeleton, then the rows', async ({ page, containers }) => {
    await containers.shell.open(server.url);
    await expect(containers.table).toHaveAttribute('aria-busy', 'true');
    await expect(containers.bodyRows).toHaveCount(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'state-loading.png') });

    await expect(containers.row(SEED.containers.web.name)).toBeVisible({ timeout: 4 * DELAY_MS });
    await expect(containers.table).not.toHaveAttribute('aria-busy', 'true');
    await expect(containers.shell.connection).toHaveText('Connected');
  });
});
