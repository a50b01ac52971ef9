/**
 * Full-page screenshots of each page in light and dark, kept in test-results/screenshots/ for
 * people to look at (not compared to a baseline).
 */
import path from 'node:path';
import { expect, test } from './support/test';
import { REPO } from './support/serve';

const DIR = path.join(REPO, 'test-results', 'screenshots');

for (const colorScheme of ['light', 'dark'] as const) {
  test(`screenshots (${colorScheme})`, async ({ page, containers, images, server }) => {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });

    await containers.open(server.url);
    await expect(containers.shell.connection).toHaveText('Connected');
    await page.screenshot({ path: path.join(DIR, `containers-${colorScheme}.png`), fullPage: true });

    await images.shell.navLink('Images').click();
    await images.waitForRows();
    await page.screenshot({ path: path.join(DIR, `images-${colorScheme}.png`), fullPage: true });
  });
}
