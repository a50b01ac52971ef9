/**
 * Full-page screenshots of each page in light and dark, kept in test-results/screenshots/ for
 * people to look at (not compared to a baseline).
 */
import path from 'node:path';
import { SEED } from '../support/fixtures';
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

    // Grouped by repository, two images selected: the selection bar shows.
    await images.groupByRepository.check();
    await images.checkbox(SEED.images.worker).click();
    await images.checkbox(SEED.images.scratchpad).click();
    await expect(images.selectionBar).toContainText('2 selected');
    await page.mouse.move(0, 0);
    await page.screenshot({ path: path.join(DIR, `images-grouped-selected-${colorScheme}.png`), fullPage: true });

    await images.selectionBar.getByRole('button', { name: 'Remove…' }).click();
    await expect(images.removeDialog).toBeVisible();
    await page.screenshot({ path: path.join(DIR, `images-remove-dialog-${colorScheme}.png`), fullPage: true });
    await page.keyboard.press('Escape');

    await images.row(SEED.images.web).click();
    await expect(images.shell.title).toHaveText(SEED.images.web);
    await page.screenshot({ path: path.join(DIR, `image-page-${colorScheme}.png`), fullPage: true });
  });
}
