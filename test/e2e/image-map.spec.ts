/**
 * The image map (#/images/map) on the seeded engine: reached from the images list's List | Map
 * switch and by a deep link (a static route, above `$imageId`); the web and worker images, both
 * FROM gantry-test/busybox, hang under its box; a click opens an image; a tag added behind the
 * app's back appears from the Engine's events; the list prefetches the map, so it opens drawn. axe
 * audits and screenshots, light and dark.
 */
import path from 'node:path';
import { SEED } from '../support/fixtures';
import { expectNoSeriousA11yViolations } from './support/axe';
import { buildImage, removeLabelled } from './support/images';
import { SCREENSHOTS } from './support/serve';
import { expect, test } from './support/test';

const LABEL = 'map';
const EXTRA = 'gantry-e2e/map-extra:1';

test.describe('image map', () => {
  test.afterEach(async ({ docker }) => {
    await removeLabelled(docker, LABEL);
  });

  test('List | Map switch, shared base, open an image, follows events', async ({ page, images, server, docker }) => {
    await images.open(server.url);
    const view = page.getByRole('radiogroup', { name: 'View' });
    await view.getByRole('radio', { name: 'Map' }).click();
    await expect(page).toHaveURL(/#\/images\/map$/);
    await expect(images.shell.title).toHaveText('Image map');
    const map = page.getByRole('group', { name: 'Images by the layers they share' });
    const button = (name: string) => page.getByRole('button', { name, exact: true });
    const open = (name: string) => map.getByRole('button', { name, exact: true });
    await expect(open(SEED.images.web)).toBeVisible();
    await expect(images.shell.topBar).toContainText(/\d+ images · \d+ distinct layers · [\d.]+[kM]?B of layers/);

    // busybox is the base: its box is shared; web and worker sit in boxes of their own, to its right.
    const base = map.getByRole('group').filter({ has: button(SEED.images.busybox) });
    await expect(base).toHaveAttribute('aria-label', /^1 layer · .*, shared by \d+ images$/);
    const web = map.getByRole('group').filter({ has: button(SEED.images.web) });
    const worker = map.getByRole('group').filter({ has: button(SEED.images.worker) });
    await expect(web).toHaveAttribute('aria-label', /^\+1 layer/);
    await expect(worker).toHaveAttribute('aria-label', /^\+1 layer/);
    const [baseBox, webBox, workerBox] = await Promise.all([base, web, worker].map((box) => box.boundingBox()));
    expect(webBox!.x).toBeGreaterThan(baseBox!.x + baseBox!.width);
    expect(workerBox!.x).toBe(webBox!.x);

    // An image built behind the app's back shows up from the Engine's events, on the same base.
    await buildImage(docker, EXTRA, `${Date.now()}`, LABEL);
    const extra = map.getByRole('group').filter({ has: button(EXTRA) });
    await expect(extra).toHaveAttribute('aria-label', /^\+1 layer/);
    expect((await extra.boundingBox())!.x).toBe(webBox!.x);

    await open(SEED.images.worker).click();
    await expect(images.shell.title).toHaveText(SEED.images.worker);
    await expect(page).toHaveURL(/#\/images\/[0-9a-f]{64}$/);

    // A deep link opens the map, not an image called "map"; the link back returns to the list.
    await page.goto(`${server.url}#/images/map`);
    await expect(images.shell.title).toHaveText('Image map');
    await page.getByRole('banner').getByRole('link', { name: 'Images list' }).click();
    await expect(images.shell.title).toHaveText('Images');
    await expect(view.getByRole('radio', { name: 'List' })).toHaveAttribute('aria-checked', 'true');
  });

  test('the list prefetches the map: it opens drawn, without reading every image first', async ({
    page,
    images,
    server,
  }) => {
    // The map's answer, as it arrives over the WebSocket: its invoke's id, then that id's result.
    const mapAnswered = new Promise<void>((resolve) => {
      page.on('websocket', (socket) => {
        const mapInvokes = new Set<number>();
        socket.on('framesent', ({ payload }) => {
          const message = JSON.parse(String(payload)) as { t: string; id: number; channel?: string };
          if (message.t === 'invoke' && message.channel === 'images.map') mapInvokes.add(message.id);
        });
        socket.on('framereceived', ({ payload }) => {
          const message = JSON.parse(String(payload)) as { t: string; id: number };
          if (message.t === 'result' && mapInvokes.has(message.id)) resolve();
        });
      });
    });
    await images.open(server.url);
    await mapAnswered;
    // Anything that ever shows the map's loading line is recorded from here on.
    await page.evaluate(() => {
      const seen = window as unknown as { mapLoadingShown: boolean };
      seen.mapLoadingShown = false;
      new MutationObserver(() => {
        if (document.body.textContent?.includes('Reading every image')) seen.mapLoadingShown = true;
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await page.getByRole('radiogroup', { name: 'View' }).getByRole('radio', { name: 'Map' }).click();
    await expect(
      page
        .getByRole('group', { name: 'Images by the layers they share' })
        .getByRole('button', { name: SEED.images.web }),
    ).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { mapLoadingShown: boolean }).mapLoadingShown)).toBe(false);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe and screenshot (${colorScheme})`, async ({ page, images, server }) => {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await page.goto(`${server.url}#/images/map`);
      await expect(
        page
          .getByRole('group', { name: 'Images by the layers they share' })
          .getByRole('button', { name: SEED.images.web }),
      ).toBeVisible();
      await expect(images.shell.connection).toHaveText('Connected');
      await expectNoSeriousA11yViolations(page, `the image map (${colorScheme})`);
      await page.mouse.move(0, 0);
      await page.screenshot({ path: path.join(SCREENSHOTS, `image-map-${colorScheme}.png`) });
    });
  }
});
