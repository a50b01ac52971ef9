/**
 * Removing several images from the list's selection, on the seeded engine, with images the spec
 * makes itself (label gantry.e2e=bulk…): previews first (tags, ID, space each frees, who uses
 * them), then one by one with a result per image. The seeded images, the seeded dangling one
 * included, are never selected and must still be there afterwards.
 */
import path from 'node:path';
import { SEED } from '../support/fixtures';
import { expectNoSeriousA11yViolations } from './support/axe';
import { buildImage, exists, labelledImages, removeLabelled, short } from './support/images';
import { SCREENSHOTS } from './support/serve';
import { expect, seededDocker, test } from './support/test';

const LABEL = 'bulk';
const REPO = 'gantry-e2e/bulk:tmp';
const USED = 'gantry-e2e/bulk-used:1';
const USED_CONTAINER = 'gt-e2e-bulk-used';

/** Builds REPO three times with different content: the first two lose the tag and are dangling. */
async function twoDangling(run: string): Promise<string[]> {
  const docker = seededDocker();
  const first = await buildImage(docker, REPO, `${run} one`, LABEL);
  const second = await buildImage(docker, REPO, `${run} two`, LABEL);
  await buildImage(docker, REPO, `${run} three`, LABEL);
  return [first, second];
}

async function seededDanglingIds(): Promise<string[]> {
  const docker = seededDocker();
  const dangling = await docker.listImages({ filters: JSON.stringify({ dangling: ['true'] }) });
  return dangling.filter((image) => image.Labels?.['gantry.e2e'] === undefined).map((image) => image.Id);
}

test.describe('bulk remove', () => {
  test.afterEach(async () => {
    await removeLabelled(seededDocker(), LABEL);
  });

  test('two dangling images of our own: previewed, removed one by one, the seeded one stays', async ({
    page,
    images,
    server,
    docker,
  }) => {
    const seededDangling = await seededDanglingIds();
    expect(seededDangling).toHaveLength(SEED.danglingImages);
    const ours = await twoDangling(`${Date.now()}`);

    await images.open(server.url, '?show=dangling');
    for (const id of ours) await images.checkbox(`<none> ${short(id)}`).click();
    await expect(images.selectionBar).toContainText('2 selected');
    await images.selectionBar.getByRole('button', { name: 'Remove…' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toHaveAccessibleName('Remove 2 images?');
    const items = dialog.getByRole('list', { name: 'Items' }).getByRole('listitem');
    await expect(items).toHaveCount(2);
    for (const id of ours) await expect(dialog.getByText(short(id), { exact: true })).toBeVisible();
    await expect(dialog.getByText(short(seededDangling[0]!))).toHaveCount(0);
    // Each previewed: the space its own layer frees.
    await expect(items.filter({ hasText: /frees \d+B/ })).toHaveCount(2);
    await expect(dialog).toContainText('Only what is listed goes: 2 images, which free');

    const confirm = dialog.getByRole('button', { name: 'Remove 2 images' });
    await expect(confirm).toBeEnabled();
    await confirm.click();
    await expect(dialog.getByRole('status')).toHaveText(/^Removed 2 images — freed \d+B\.$/);
    await expect(dialog).toHaveAccessibleName('Removed 2 of 2 images');
    await expect(items.filter({ hasText: 'Removed — freed' })).toHaveCount(2);
    for (const id of ours) expect(await exists(docker, id), `${short(id)} removed`).toBe(false);
    for (const id of seededDangling) expect(await exists(docker, id), 'the seeded dangling image').toBe(true);

    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    // The list follows the Engine by itself: only the seeded dangling image is left in the view.
    await expect(images.bodyRows).toHaveCount(SEED.danglingImages);
    await expect(images.selectionBar).toBeHidden();
  });

  test('in use: named, skipped unless forced; blocked ones never go', async ({ page, images, server, docker }) => {
    const run = `${Date.now()}`;
    const used = await buildImage(docker, USED, `${run} used`, LABEL);
    await docker.createContainer({ name: USED_CONTAINER, Image: USED, Cmd: ['true'] });
    const [plain] = await twoDangling(run);
    const webBefore = await docker.getImage(SEED.images.web).inspect();

    await images.open(server.url, '?sort=tag');
    await images.checkbox(SEED.images.web).click();
    await images.checkbox(USED).click();
    await images.filter.fill(short(plain!));
    await images.checkbox(`<none> ${short(plain!)}`).click();
    await expect(images.selectionBar).toContainText('3 selected');
    await images.selectionBar.getByRole('button', { name: 'Remove…' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toHaveAccessibleName('Remove 3 images?');
    const row = (text: string) => dialog.getByRole('listitem').filter({ hasText: text });
    // gt-web-1 runs: refused even forced. Ours is used by a created container: needs force.
    await expect(row(SEED.images.web)).toContainText(`Skipped, can't be removed:`);
    await expect(row(SEED.images.web)).toContainText(SEED.containers.web.name);
    await expect(row(USED)).toContainText(
      `Skipped unless forced: image ${USED} is used by container ${USED_CONTAINER} (created)`,
    );
    await expect(dialog.getByRole('button', { name: 'Remove 1 image' })).toBeEnabled();
    const force = dialog.getByRole('checkbox', { name: /Also remove images that need force/ });
    await expect(force).not.toBeChecked();

    await page.emulateMedia({ reducedMotion: 'reduce' });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await expectNoSeriousA11yViolations(page, `the bulk remove dialog (${colorScheme})`);
      await page.screenshot({ path: path.join(SCREENSHOTS, `images-bulk-remove-${colorScheme}.png`) });
    }
    await page.emulateMedia({ colorScheme: 'light' });

    await force.check();
    await expect(row(USED)).toContainText('Forced:');
    await dialog.getByRole('button', { name: 'Remove 2 images' }).click();
    await expect(dialog.getByRole('status')).toHaveText(/^Removed 2 images — freed .*; 1 skipped\.$/);
    await expect(row(USED)).toContainText('Removed — freed');
    await expect(row(USED)).toContainText(`Forced: container ${USED_CONTAINER} (created) still exist`);
    await expect(row(SEED.images.web)).toContainText('Skipped:');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'images-bulk-remove-result-light.png') });

    expect(await exists(docker, used)).toBe(false);
    expect(await exists(docker, plain!)).toBe(false);
    expect((await docker.getImage(SEED.images.web).inspect()).RepoTags).toEqual(webBefore.RepoTags);
    // The container stays (forced removal only untags and drops the image's name).
    expect((await docker.getContainer(USED_CONTAINER).inspect()).Name).toBe(`/${USED_CONTAINER}`);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await docker.getContainer(USED_CONTAINER).remove({ force: true });
    expect(await labelledImages(docker, LABEL)).not.toHaveLength(0); // the REPO tag is left for afterEach
  });
});
