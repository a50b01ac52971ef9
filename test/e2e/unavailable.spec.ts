import path from 'node:path';
import { expect, test } from './support/test';
import { REPO, startServe, type RunningServe } from './support/serve';

/** A second server whose DOCKER_HOST names a socket that does not exist. */
const NO_ENGINE = `unix://${path.join(REPO, 'test-results', 'no-engine.sock')}`;

test.describe('Engine unavailable', () => {
  let server: RunningServe;
  test.beforeAll(async () => {
    server = await startServe(NO_ENGINE, 'e2e-serve-no-engine');
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('explains what happened and what to check, with a Retry', async ({ page }) => {
    await page.goto(server.url);
    await expect(page.getByRole('heading', { name: "Can't reach the Docker Engine" })).toBeVisible();
    await expect(page.getByRole('banner').getByRole('status')).toHaveText('Unavailable');
    await expect(page.getByRole('main')).toContainText(NO_ENGINE);
    await expect(page.getByText('sudo systemctl start docker', { exact: true })).toBeVisible();
    await expect(page.getByText('sudo usermod -aG docker $USER', { exact: true })).toBeVisible();
    // The sidebar stays.
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Images' })).toBeVisible();

    const retry = page.getByRole('button', { name: 'Retry' });
    await retry.click();
    await expect(retry).toBeEnabled();
    await expect(page.getByRole('heading', { name: "Can't reach the Docker Engine" })).toBeVisible();

    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await page.screenshot({
        path: path.join(REPO, 'test-results', 'screenshots', `unavailable-${colorScheme}.png`),
        fullPage: true,
      });
    }
  });
});
