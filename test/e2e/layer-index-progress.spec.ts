/**
 * The layer index while it runs, over an Engine whose answers arrive slowly (the seeded one behind a
 * proxy passing 4 MiB/s): the export's progress in bytes of the image's size, Cancel, then reading
 * it again to the end. The image is this spec's own (16 MiB of one file), so no cache has it.
 */
import { mkdtempSync } from 'node:fs';
import path from 'node:path';
import { formatSize } from '../../renderer/src/lib/format';
import { testEnv } from '../support/fixtures';
import { startRequestCounter, type RequestCounter } from '../support/requestCounter';
import { ImagePage } from './pages/ImagePage';
import { buildImage, removeLabelled } from './support/images';
import { startServe, type RunningServe } from './support/serve';
import { expect, seededDocker, test } from './support/test';

const LABEL = 'index-progress';
const TAG = 'gantry-e2e/index-progress:1';
const BYTES_PER_SECOND = 4 * 2 ** 20;
const FILE_BYTES = 16 * 2 ** 20;

test.describe('the layer index over a slow Engine', () => {
  let proxy: RequestCounter;
  let server: RunningServe;
  let imageId: string;
  test.beforeAll(async () => {
    // Unique content: a fresh image ID, never in the index cache of an earlier run or spec.
    imageId = await buildImage(seededDocker(), TAG, `${Date.now()}\n`.padEnd(FILE_BYTES, 'x'), LABEL);
    const socket = path.join(mkdtempSync(path.join(testEnv('tmp'), 'i')), 'slow.sock');
    proxy = await startRequestCounter(testEnv('dockerHost').replace(/^unix:\/\//, ''), socket, {
      bytesPerSecond: BYTES_PER_SECOND,
    });
    server = await startServe(`unix://${socket}`, 'e2e-serve-index-progress');
  });
  test.afterAll(async () => {
    await server?.stop();
    await proxy?.close();
    await removeLabelled(seededDocker(), LABEL);
  });

  test('shows the export read in bytes of the image, cancels, and reads it again to the end', async ({ page }) => {
    test.setTimeout(60_000);
    const image = new ImagePage(page);
    await image.open(server.url, imageId, 'layers');
    // Progress counts up in bytes of the image's size, as the list prints that size.
    const imageSize = formatSize((await seededDocker().getImage(imageId).inspect()).Size);
    await expect(image.indexProgress).toHaveAttribute(
      'aria-valuetext',
      new RegExp(`^Reading the image export… [\\d.]+[kM]?B of ${imageSize.replace('.', '\\.')}$`),
      { timeout: 10_000 },
    );
    await expect
      .poll(async () => Number(await image.indexProgress.getAttribute('aria-valuenow')), { timeout: 10_000 })
      .toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Reading the files was cancelled' })).toBeVisible();
    await expect(image.indexProgress).toHaveCount(0);
    await expect(image.files).toHaveCount(0);

    // Started again: a new export read to the end, then the files.
    await page.getByRole('button', { name: 'Read the files' }).click();
    await expect(image.indexProgress).toBeVisible();
    await image.waitForIndex();
    await expect(image.fileRow(/note/)).toBeVisible();
    await expect(image.indexProgress).toHaveCount(0);
  });
});
