/**
 * One image's page against the seeded engine: the overview (tags, base image, containers made
 * from it), its layers and files (the layer index, the explorer, search, the file viewer), the
 * inspect JSON; axe audits of each tab and the viewer in light and dark; screenshots to look at.
 */
import path from 'node:path';
import type Docker from 'dockerode';
import { formatSize } from '../../renderer/src/lib/format';
import { SEED } from '../support/fixtures';
import { expectNoSeriousA11yViolations } from './support/axe';
import { SCREENSHOTS } from './support/serve';
import { expect, test } from './support/test';
import { ImagePage } from './pages/ImagePage';

async function imageId(docker: Docker, tag: string): Promise<string> {
  const image = (await docker.listImages()).find((candidate) => candidate.RepoTags?.includes(tag));
  if (!image) throw new Error(`seeded image ${tag} is missing`);
  return image.Id;
}

test.describe('Image page', () => {
  test('the overview names the tags, the base image and the containers made from it', async ({
    page,
    server,
    docker,
  }) => {
    const image = new ImagePage(page);
    const id = await imageId(docker, SEED.images.web);
    await image.open(server.url, id);
    await expect(image.shell.title).toHaveText(SEED.images.web);
    await expect(image.tab('Overview')).toHaveAttribute('aria-selected', 'true');
    await expect(image.tags.getByRole('listitem')).toHaveText([SEED.images.web, SEED.images.webLatest]);

    const details = page.getByRole('region', { name: 'Details' });
    await expect(details).toContainText(id);
    await expect(details).toContainText('linux/');
    const base = details.getByRole('link', { name: SEED.images.busybox });
    await expect(base).toBeVisible();

    const config = page.getByRole('definition').filter({ hasText: 'httpd -f -p 80 -h /www' });
    await expect(config.first()).toBeVisible();
    const labels = page
      .getByRole('region', { name: 'Configuration', exact: true })
      .getByRole('row', { name: /gantry\.test/ });
    await expect(labels).toContainText('web');

    const web = image.containers.getByRole('listitem').filter({ hasText: SEED.containers.web.name });
    await expect(web).toContainText('running');
    await expect(web).toContainText(/^.*Up /);
    await web.getByRole('link', { name: SEED.containers.web.name }).click();
    await expect(page).toHaveURL(new RegExp(`#/containers\\?q=${SEED.containers.web.name}$`));

    // The base image's link opens its page; its own base is none, its containers are listed.
    await page.goBack();
    await base.click();
    await expect(image.shell.title).toHaveText(SEED.images.busybox);
    await expect(image.containers).toContainText(SEED.containers.stopped.name);
  });

  test('an unused image says no containers were made from it', async ({ page, server, docker }) => {
    const image = new ImagePage(page);
    await image.open(server.url, await imageId(docker, SEED.images.scratchpad));
    await expect(image.shell.title).toHaveText(SEED.images.scratchpad);
    await expect(page.getByText('No containers were made from this image.')).toBeVisible();
  });

  test('layers & files: the stack with sizes, the index, the explorer, search and the viewer', async ({
    page,
    server,
    docker,
  }) => {
    const image = new ImagePage(page);
    const id = await imageId(docker, SEED.images.web);
    const history = (await docker.getImage(id).history()) as { CreatedBy: string; Size: number }[];
    const copy = history.find((step) => /COPY/.test(step.CreatedBy))!;

    await image.open(server.url, id);
    await image.tab('Overview').focus();
    await page.keyboard.press('ArrowRight');
    await expect(image.tab('Layers & files')).toHaveAttribute('aria-selected', 'true');
    await expect(page).toHaveURL(/\?tab=layers$/);

    // The stack: the base image's steps folded under its name, the web image's COPY with its size.
    await expect(page.getByRole('button', { name: new RegExp(`^Base image ${SEED.images.busybox}`) })).toBeVisible();
    const copyStep = image.step(/^COPY/);
    await expect(copyStep).toContainText(formatSize(copy.Size));

    await image.waitForIndex();
    await copyStep.click();
    await expect(copyStep).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('region', { name: 'Selected layer' })).toContainText('Added');
    await image
      .fileRow(/^Expand www/)
      .getByRole('button', { name: 'Expand www' })
      .click();
    await expect(image.fileRow(/index\.html/)).toContainText('added');

    // Search across layers, reveal the hit: the explorer shows and selects it.
    await image
      .fileRow(/^Collapse www/)
      .getByRole('button', { name: 'Collapse www' })
      .click();
    await expect(image.fileRow(/index\.html/)).toHaveCount(0);
    await image.search.fill('**/index.html');
    const hit = image.searchResults.getByRole('button', { name: /^Show \/www\/index\.html in Layer \d+ · COPY added/ });
    await hit.click();
    await expect(image.fileRow(/index\.html/)).toHaveAttribute('aria-selected', 'true');

    // Open it: its text in the viewer dialog.
    await image.fileRow(/index\.html/).dblclick();
    await expect(image.viewer).toBeVisible();
    await expect(image.viewer.getByRole('heading', { name: '/www/index.html' })).toBeVisible();
    await expect(image.viewer).toContainText('<h1>gantry-test web</h1>');
    await image.viewer.getByRole('button', { name: 'Close' }).click();
    await expect(image.viewer).toHaveCount(0);

    // The whole filesystem as of the layer: busybox's /bin is there too.
    await page
      .getByRole('radiogroup', { name: 'Show' })
      .getByRole('radio', { name: /Filesystem/ })
      .click();
    await expect(image.fileRow(/^Expand bin/)).toBeVisible();
  });

  test('Inspect JSON shows the raw inspect answer with the full ID', async ({ page, server, docker }) => {
    const image = new ImagePage(page);
    const id = await imageId(docker, SEED.images.web);
    await image.open(server.url, id);
    await image.tab('Inspect JSON').click();
    await expect(page).toHaveURL(/\?tab=inspect$/);
    await expect(image.inspectJson).toContainText(`"Id": "${id}"`);
    await expect(page.getByRole('button', { name: 'Copy JSON' })).toBeVisible();
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`image page: accessibility and screenshots (${colorScheme})`, async ({ page, server, docker }) => {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    const image = new ImagePage(page);
    const id = await imageId(docker, SEED.images.web);

    await image.open(server.url, id);
    await expect(image.containers).toBeVisible();
    await expectNoSeriousA11yViolations(page, `the image overview (${colorScheme})`);
    await page.screenshot({ path: path.join(SCREENSHOTS, `image-overview-${colorScheme}.png`), fullPage: true });

    await image.tab('Layers & files').click();
    await image.waitForIndex();
    await image.step(/^COPY/).click();
    await image
      .fileRow(/^Expand www/)
      .getByRole('button', { name: 'Expand www' })
      .click();
    await expect(image.fileRow(/index\.html/)).toBeVisible();
    await image.search.fill('/www');
    await expect(image.searchResults).toBeVisible();
    await page.mouse.move(0, 0);
    await expectNoSeriousA11yViolations(page, `the image's layers & files (${colorScheme})`);
    await page.screenshot({ path: path.join(SCREENSHOTS, `image-layers-${colorScheme}.png`), fullPage: true });

    await image.fileRow(/index\.html/).dblclick();
    await expect(image.viewer).toContainText('gantry-test web');
    await expectNoSeriousA11yViolations(page, `the file viewer (${colorScheme})`);
    await page.screenshot({ path: path.join(SCREENSHOTS, `image-file-viewer-${colorScheme}.png`) });
    await page.keyboard.press('Escape');

    await image.tab('Inspect JSON').click();
    await expect(image.inspectJson).toContainText(id);
    await expectNoSeriousA11yViolations(page, `the image's inspect JSON (${colorScheme})`);
  });
}
