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

test.describe('Images list: sort, filter, group, select', () => {
  test('a click on Size sorts biggest first, a second click smallest first', async ({ images, server, docker }) => {
    await images.open(server.url);
    const bySize = (await docker.listImages()).sort((a, b) => b.Size - a.Size || a.Id.localeCompare(b.Id));
    const sizes = new Map(bySize.map((image) => [image.Id, image.Size]));
    await expect(images.columnHeader('Size')).toHaveAttribute('aria-sort', 'none');

    await images.sortButton('Size').click();
    await expect(images.columnHeader('Size')).toHaveAttribute('aria-sort', 'descending');
    await expect(images.columnHeader('Created')).toHaveAttribute('aria-sort', 'none');
    await expect.poll(() => images.rowIds()).toHaveLength(bySize.length);
    const desc = (await images.rowIds()).map((id) => sizes.get(id));
    expect(desc).toEqual(bySize.map((image) => image.Size));
    await expect(images.page).toHaveURL(/sort=size/);

    await images.sortButton('Size').click();
    await expect(images.columnHeader('Size')).toHaveAttribute('aria-sort', 'ascending');
    const asc = (await images.rowIds()).map((id) => sizes.get(id));
    expect(asc).toEqual(bySize.map((image) => image.Size).reverse());
  });

  test('Dangling shows the seeded dangling image only', async ({ images, server, docker }) => {
    await images.open(server.url);
    const dangling = (await docker.listImages()).filter(
      (image) => !image.RepoTags || image.RepoTags.every((tag) => tag === '<none>:<none>'),
    );
    expect(dangling).toHaveLength(SEED.danglingImages);

    await images.show('Dangling').click();
    await expect(images.show('Dangling')).toHaveAttribute('aria-checked', 'true');
    await expect(images.bodyRows).toHaveCount(SEED.danglingImages);
    expect(await images.rowIds()).toEqual(dangling.map((image) => image.Id));
    await expect(images.shell.topBar).toContainText(`${SEED.danglingImages} of `);

    await images.show('All').click();
    await expect(images.row(SEED.images.web)).toBeVisible();

    // The view is in the URL: a link (or a reload) opens it as it was.
    await images.open(server.url, '?show=dangling');
    await expect(images.show('Dangling')).toHaveAttribute('aria-checked', 'true');
    await expect(images.bodyRows).toHaveCount(SEED.danglingImages);
  });

  test('Group by repository: a header per repository with its count and size', async ({ images, server, docker }) => {
    await images.open(server.url);
    await images.groupByRepository.check();
    await expect(images.page).toHaveURL(/group=repo/);
    const web = (await docker.listImages()).find((image) => image.RepoTags?.includes(SEED.images.web))!;
    await expect(images.groupRow('gantry-test/web')).toContainText(`1 image · ${formatSize(web.Size)}`);
    for (const repo of SEED.repositories) await expect(images.groupRow(repo)).toBeVisible();
    await expect(images.groupRow('<none>')).toContainText(`${SEED.danglingImages} image`);
    // The web image's row sits right under its repository's header.
    const ids = await images.table
      .getByRole('row')
      .evaluateAll((rows) =>
        rows.map((row) => row.querySelector('[title^="sha256:"]')?.getAttribute('title') ?? row.textContent),
      );
    const header = ids.findIndex((text) => text?.startsWith('gantry-test/web'));
    expect(ids[header + 1]).toBe(web.Id);

    await images.groupByRepository.uncheck();
    await expect(images.groupRow('gantry-test/web')).toHaveCount(0);
  });

  test('shift-click selects a range; Remove lists every selected image in a dialog', async ({
    images,
    server,
    page,
  }) => {
    // By name: busybox, scratchpad, web, worker, <none>.
    await images.open(server.url, '?sort=tag');
    await images.checkbox(SEED.images.scratchpad).click();
    await images.checkbox(SEED.images.web).click({ modifiers: ['Shift'] });
    await expect(images.selectionBar).toContainText('2 selected');
    await expect(images.checkbox(SEED.images.scratchpad)).toBeChecked();
    await expect(images.checkbox(SEED.images.web)).toBeChecked();
    await expect(images.checkbox(SEED.images.busybox)).not.toBeChecked();
    await expect(images.checkbox(SEED.images.worker)).not.toBeChecked();
    await expect(images.selectAll).toHaveJSProperty('indeterminate', true);

    const remove = images.selectionBar.getByRole('button', { name: 'Remove…' });
    await remove.click();
    const dialog = images.removeDialog;
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAttribute('aria-modal', 'true');
    const items = dialog.getByRole('list', { name: 'Items' }).getByRole('listitem').filter({ hasText: 'gantry-test/' });
    await expect(dialog.getByText(SEED.images.scratchpad)).toBeVisible();
    await expect(dialog.getByText(SEED.images.web, { exact: true })).toBeVisible();
    await expect(dialog.getByText(`also ${SEED.images.webLatest}`)).toBeVisible();
    expect(await items.count()).toBeGreaterThanOrEqual(2);
    // Previewed: gt-web-1 runs, so web can't go even forced and is skipped; only scratchpad would.
    await expect(dialog.getByRole('button', { name: 'Remove 1 image' })).toBeEnabled();
    await expect(dialog.getByRole('listitem').filter({ hasText: SEED.images.web })).toContainText(
      `Skipped, can't be removed: image ${SEED.images.web} is used by container ${SEED.containers.web.name} (running)`,
    );
    // Focus stays inside; Escape closes and focus returns to the Remove button.
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Remove 1 image' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(remove).toBeFocused();

    // Ctrl-click on a row adds it to the selection instead of opening its page.
    await images
      .row(SEED.images.worker)
      .getByText(SEED.images.worker)
      .click({ modifiers: ['ControlOrMeta'] });
    await expect(images.selectionBar).toContainText('3 selected');
    await expect(images.shell.title).toHaveText('Images');

    await images.selectAll.click();
    await expect(images.selectionBar).toContainText(`${await images.rowIds().then((ids) => ids.length)} selected`);
    await images.selectionBar.getByRole('button', { name: 'Clear selection' }).click();
    await expect(images.selectionBar).toBeHidden();
  });
});

test.describe('Image page', () => {
  test('a click on a row opens its page; Back returns to the list with the filter kept', async ({
    images,
    server,
    page,
    docker,
  }) => {
    await images.open(server.url);
    await images.filter.fill('gantry-test/web');
    await images.show('In use').click();
    await expect(images.bodyRows).toHaveCount(1);
    await images.row(SEED.images.web).getByText(SEED.images.web).click();

    const web = (await docker.listImages()).find((image) => image.RepoTags?.includes(SEED.images.web))!;
    await expect(images.shell.title).toHaveText(SEED.images.web);
    await expect(page).toHaveURL(new RegExp(`#/images/${web.Id.replace('sha256:', '')}$`));
    await expect(page).toHaveTitle(`${SEED.images.web} — Images — Gantry`);
    await expect(images.shell.navLink('Images')).toHaveAttribute('aria-current', 'page');

    await images.back.click();
    await expect(images.shell.title).toHaveText('Images');
    await expect(images.filter).toHaveValue('gantry-test/web');
    await expect(images.show('In use')).toHaveAttribute('aria-checked', 'true');
    await expect(images.bodyRows).toHaveCount(1);

    // The browser's own Back too.
    await images.row(SEED.images.web).getByText(SEED.images.web).click();
    await expect(images.shell.title).toHaveText(SEED.images.web);
    await page.goBack();
    await expect(images.filter).toHaveValue('gantry-test/web');
    await expect(images.bodyRows).toHaveCount(1);
  });

  test('Down, then Enter, opens the selected row', async ({ images, server }) => {
    await images.open(server.url);
    await images.filter.fill(SEED.images.worker);
    await expect(images.bodyRows).toHaveCount(1);
    await images.filter.press('ArrowDown');
    await expect(images.row(SEED.images.worker)).toHaveAttribute('data-selected', 'true');
    await images.filter.press('Enter');
    await expect(images.shell.title).toHaveText(SEED.images.worker);
  });

  test('a deep link opens the image page directly, with what the list knows', async ({
    images,
    server,
    page,
    docker,
  }) => {
    const worker = (await docker.listImages()).find((image) => image.RepoTags?.includes(SEED.images.worker))!;
    await images.openImage(server.url, worker.Id);
    await expect(images.shell.title).toHaveText(SEED.images.worker);
    const main = page.getByRole('main');
    await expect(main).toContainText(worker.Id.replace('sha256:', '').slice(0, 12));
    await expect(main).toContainText(formatSize(worker.Size));
    await expect(main).toContainText('1 container');
    await expect(main.getByRole('button', { name: 'Copy image ID' })).toBeVisible();
    await expect(main.getByRole('tab', { name: 'Layers & files' })).toBeVisible();

    await images.openImage(server.url, 'f'.repeat(64));
    await expect(page.getByRole('heading', { name: 'Image not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Back to images' }).first().click();
    await expect(images.table).toBeVisible();
  });

  test('"#/" and unknown pages open the containers', async ({ page, server }) => {
    await page.goto(`${server.url}#/`);
    await expect(page.getByRole('table', { name: 'Containers' })).toBeVisible();
    await expect(page).toHaveURL(/#\/containers$/);
    await expect(page).toHaveTitle('Containers — Gantry');
    // So does a page that does not exist (yet).
    await page.goto(`${server.url}#/volumes`);
    await expect(page).toHaveURL(/#\/containers$/);
    await expect(page.getByRole('table', { name: 'Containers' })).toBeVisible();
  });
});
