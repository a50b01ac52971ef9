/**
 * axe-core audits of every page, in light and dark: the containers and images lists, an image's
 * page, the remove confirmation dialog, and the engine-unavailable screen.
 */
import path from 'node:path';
import { SEED } from '../support/fixtures';
import { expectNoSeriousA11yViolations } from './support/axe';
import { REPO, startServe, type RunningServe } from './support/serve';
import { expect, test } from './support/test';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility (${colorScheme})`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    });

    test('containers', async ({ containers, server, page }) => {
      await containers.open(server.url);
      await expect(containers.shell.connection).toHaveText('Connected');
      await expectNoSeriousA11yViolations(page, `the containers page (${colorScheme})`);
    });

    test('images, grouped, with a selection', async ({ images, server, page }) => {
      await images.open(server.url);
      await expectNoSeriousA11yViolations(page, `the images page (${colorScheme})`);
      await images.groupByRepository.check();
      await images.checkbox(SEED.images.web).click();
      await expect(images.selectionBar).toContainText('1 selected');
      await expectNoSeriousA11yViolations(page, `the grouped images page with a selection (${colorScheme})`);
    });

    test('the remove dialog', async ({ images, server, page }) => {
      await images.open(server.url);
      await images.checkbox(SEED.images.web).click();
      await images.selectionBar.getByRole('button', { name: 'Remove…' }).click();
      await expect(images.removeDialog).toBeVisible();
      await expectNoSeriousA11yViolations(page, `the remove dialog (${colorScheme})`);
    });

    test("an image's page", async ({ images, server, page, docker }) => {
      const web = (await docker.listImages()).find((image) => image.RepoTags?.includes(SEED.images.web))!;
      await images.openImage(server.url, web.Id);
      await expect(images.shell.title).toHaveText(SEED.images.web);
      await expectNoSeriousA11yViolations(page, `an image's page (${colorScheme})`);
    });
  });
}

test.describe('accessibility: engine unavailable', () => {
  let server: RunningServe;
  test.beforeAll(async () => {
    server = await startServe(
      `unix://${path.join(REPO, 'test-results', 'no-engine.sock')}`,
      'e2e-serve-a11y-no-engine',
    );
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the engine-unavailable screen (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await page.goto(server.url);
      await expect(page.getByRole('heading', { name: "Can't reach the Docker Engine" })).toBeVisible();
      await expectNoSeriousA11yViolations(page, `the engine-unavailable screen (${colorScheme})`);
    });
  }
});
