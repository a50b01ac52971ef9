import { formatSize } from '../../renderer/src/lib/format';
import { SEED } from '../support/fixtures';
import { expect, test } from './support/test';

test.describe('Images page', () => {
  test('lists the seeded images with tags, sizes as the CLI prints them, and usage', async ({
    images,
    server,
    docker,
  }) => {
    await images.open(server.url);
    await expect(images.shell.title).toHaveText('Images');
    await expect(images.shell.navLink('Images')).toHaveAttribute('aria-current', 'page');

    const engineImages = await docker.listImages();
    for (const tag of Object.values(SEED.images)) {
      const engineImage = engineImages.find((image) => image.RepoTags?.includes(tag));
      expect(engineImage, `seeded image ${tag}`).toBeDefined();
      const row = images.row(tag);
      await expect(row).toBeVisible();
      await expect(row).toContainText(formatSize(engineImage!.Size));
      await expect(row).toContainText(engineImage!.Id.replace('sha256:', '').slice(0, 12));
    }
    // Two tags, one image: one row.
    await expect(images.row(SEED.images.web)).toContainText(SEED.images.webLatest);
    await expect(images.danglingRows).toHaveCount(SEED.danglingImages);

    // Used by: gt-web-1 runs the web image; the scratchpad image has no containers.
    await expect(images.row(SEED.images.web)).toContainText('1 container');
    await expect(images.row(SEED.images.scratchpad)).toContainText('unused');
  });

  test('the filter narrows the rows', async ({ images, server }) => {
    await images.open(server.url);
    await images.filter.fill(SEED.images.worker);
    await expect(images.bodyRows).toHaveCount(1);
    await expect(images.row(SEED.images.worker)).toBeVisible();
    await images.filter.fill('<none>');
    await expect(images.bodyRows).toHaveCount(SEED.danglingImages);
  });

  test('the sidebar links switch pages', async ({ images, server, page }) => {
    await images.shell.open(server.url, 'containers');
    await images.shell.navLink('Images').click();
    await expect(images.shell.title).toHaveText('Images');
    await expect(images.table).toBeVisible();
    await images.shell.navLink('Containers').click();
    await expect(page.getByRole('table', { name: 'Containers' })).toBeVisible();
  });
});
