/**
 * The image page's actions (ImageActions in its header) on the seeded engine: remove an unused
 * image of our own through its confirmation; an image in use explained (containers named, Force
 * only when it helps, nothing removed on Cancel); add a tag and remove it; the last tag's removal
 * is the image's and says so. Images are the spec's own (label gantry.e2e=actions), removed in
 * afterEach; the seeded web image is only looked at. axe audits and screenshots of each dialog.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { SEED } from '../support/fixtures';
import { expectNoSeriousA11yViolations } from './support/axe';
import { buildImage, exists, removeLabelled, short } from './support/images';
import { SCREENSHOTS } from './support/serve';
import { expect, seededDocker, test } from './support/test';

const LABEL = 'actions';
const REMOVABLE = 'gantry-e2e/actions-removable:1';
const USED = 'gantry-e2e/actions-used:1';
const USED_CONTAINER = 'gt-e2e-actions-used';
const EXTRA = 'gantry-e2e/actions-extra:2';

async function auditAndShoot(page: Page, what: string, file: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await expectNoSeriousA11yViolations(page, `${what} (${colorScheme})`);
    await page.screenshot({ path: path.join(SCREENSHOTS, `${file}-${colorScheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test.describe('image actions', () => {
  test.afterEach(async () => {
    const docker = seededDocker();
    await docker
      .getContainer(USED_CONTAINER)
      .remove({ force: true })
      .catch(() => undefined);
    await removeLabelled(docker, LABEL);
  });

  test('Remove image: exactly what goes, then gone and back to the list', async ({ page, images, server, docker }) => {
    const id = await buildImage(docker, REMOVABLE, `${Date.now()}`, LABEL);
    await images.openImage(server.url, id);
    await expect(images.shell.title).toHaveText(REMOVABLE);
    await page.getByRole('button', { name: 'Remove image…' }).click();
    const dialog = page.getByRole('dialog', { name: `Remove image ${REMOVABLE}?` });
    await expect(dialog.getByRole('list', { name: 'Tags that go' })).toHaveText(REMOVABLE);
    await expect(dialog).toContainText(`Removes the image ${short(id)} and its tag from the Engine.`);
    await expect(dialog).toContainText(/Frees \d+B — the 1 layer no other image uses; 1 layer stays/);
    await expect(dialog.getByRole('checkbox')).toHaveCount(0);
    await auditAndShoot(page, 'the remove image dialog', 'image-remove-dialog');

    await dialog.getByRole('button', { name: 'Remove image' }).click();
    await expect(images.shell.title).toHaveText('Images');
    await expect(page.getByText(new RegExp(`^Removed ${REMOVABLE} — freed \\d+B$`))).toBeVisible();
    await expect(images.row(REMOVABLE)).toHaveCount(0);
    expect(await exists(docker, id)).toBe(false);
  });

  test('in use: containers named; running refuses even force; stopped offers Force; Cancel removes nothing', async ({
    page,
    images,
    server,
    docker,
  }) => {
    const web = await docker.getImage(SEED.images.web).inspect();
    await images.openImage(server.url, web.Id);
    await expect(images.shell.title).toHaveText(SEED.images.web);
    await page.getByRole('button', { name: 'Remove image…' }).click();
    let dialog = page.getByRole('dialog', { name: `Remove image ${SEED.images.web}?` });
    await expect(dialog.getByRole('list', { name: 'Containers using it' })).toContainText(
      `${SEED.containers.web.name}running`,
    );
    await expect(dialog.getByRole('list', { name: 'Tags that go' }).getByRole('listitem')).toHaveText([
      SEED.images.web,
      SEED.images.webLatest,
    ]);
    await expect(dialog.getByRole('alert')).toContainText(`Can't be removed: image ${SEED.images.web} is used by`);
    await expect(dialog.getByRole('checkbox')).toHaveCount(0);
    await expect(dialog.getByRole('button', { name: 'Remove image' })).toBeDisabled();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();

    // Our own image, used by a created (not running) container: Force is offered, with its reason.
    const used = await buildImage(docker, USED, `${Date.now()}`, LABEL);
    await docker.createContainer({ name: USED_CONTAINER, Image: USED, Cmd: ['true'] });
    await images.openImage(server.url, used);
    await expect(images.shell.title).toHaveText(USED);
    await page.getByRole('button', { name: 'Remove image…' }).click();
    dialog = page.getByRole('dialog', { name: `Remove image ${USED}?` });
    await expect(dialog.getByRole('list', { name: 'Containers using it' })).toContainText(`${USED_CONTAINER}created`);
    await expect(dialog).toContainText(`image ${USED} is used by container ${USED_CONTAINER} (created); forced`);
    const force = dialog.getByRole('checkbox', { name: 'Force: remove it anyway' });
    await expect(force).not.toBeChecked();
    await expect(dialog.getByRole('button', { name: 'Remove image' })).toBeDisabled();
    await force.check();
    await expect(dialog.getByRole('button', { name: 'Force remove image' })).toBeEnabled();
    await auditAndShoot(page, 'the remove dialog of an image in use', 'image-remove-dialog-in-use');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    expect(await exists(docker, used)).toBe(true);
    expect((await docker.getImage(SEED.images.web).inspect()).RepoTags).toEqual(web.RepoTags);
  });

  test('add a tag (the backend refuses a bad name under the field), remove it, then the last tag', async ({
    page,
    images,
    server,
    docker,
  }) => {
    const id = await buildImage(docker, REMOVABLE, `${Date.now()}`, LABEL);
    await images.openImage(server.url, id);
    await expect(images.shell.title).toHaveText(REMOVABLE);

    await page.getByRole('button', { name: 'Add tag…' }).click();
    const add = page.getByRole('dialog', { name: 'Add a tag' });
    const field = add.getByRole('textbox', { name: 'Repository and tag' });
    await expect(field).toBeFocused();
    await field.fill('Bad Name:1');
    await page.keyboard.press('Enter');
    await expect(add.getByRole('alert')).toContainText('must be a repository name');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await field.fill(EXTRA);
    await expect(add).toContainText('Repository gantry-e2e/actions-extra, tag 2');
    await auditAndShoot(page, 'the add tag dialog', 'image-add-tag-dialog');
    await add.getByRole('button', { name: 'Add tag' }).click();
    await expect(add).toBeHidden();
    await expect(page.getByText(`Tagged ${EXTRA}`)).toBeVisible();
    await expect.poll(async () => (await docker.getImage(id).inspect()).RepoTags?.sort()).toEqual([EXTRA, REMOVABLE]);
    await expect(page.getByRole('main').getByText(EXTRA, { exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'Remove tag…' }).click();
    const untag = page.getByRole('dialog', { name: 'Remove a tag' });
    await untag.getByRole('radio', { name: EXTRA }).check();
    await expect(untag).toContainText(
      `Removes the tag ${EXTRA}. The image stays: it keeps its other tag (${REMOVABLE}).`,
    );
    await auditAndShoot(page, 'the remove tag dialog', 'image-remove-tag-dialog');
    await untag.getByRole('button', { name: 'Remove tag' }).click();
    await expect(page.getByText(`Removed the tag ${EXTRA}`)).toBeVisible();
    await expect.poll(async () => (await docker.getImage(id).inspect()).RepoTags).toEqual([REMOVABLE]);
    await expect(page.getByRole('main').getByText(EXTRA, { exact: true })).toHaveCount(0);

    // The last tag: removing it removes the image, which needs its own explicit choice.
    await page.getByRole('button', { name: 'Remove tag…' }).click();
    const last = page.getByRole('dialog', { name: `Remove the tag ${REMOVABLE}?` });
    await expect(last).toContainText('removing the tag removes the image itself');
    await expect(last.getByRole('button', { name: 'Remove tag and image' })).toBeDisabled();
    await auditAndShoot(page, 'the remove last tag dialog', 'image-remove-last-tag-dialog');
    await last.getByRole('checkbox', { name: `Also remove the image ${short(id)}` }).check();
    await last.getByRole('button', { name: 'Remove tag and image' }).click();
    await expect(images.shell.title).toHaveText('Images');
    await expect(page.getByText(`Removed ${REMOVABLE} and its image`)).toBeVisible();
    expect(await exists(docker, id)).toBe(false);
  });
});
