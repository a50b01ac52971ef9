import { SEED } from '../support/fixtures';
import { expect, test } from './support/test';

const { containers: C } = SEED;

test.describe('Containers page', () => {
  test('lists the seeded containers with their state, image and ports', async ({ containers, server }) => {
    await containers.open(server.url);
    await expect(containers.shell.title).toHaveText('Containers');
    await expect(containers.shell.connection).toHaveText('Connected');

    // The e2e-* containers change state in other tests; their presence is enough here.
    for (const seeded of Object.values(SEED.containers)) {
      const row = containers.row(seeded.name);
      await expect(row).toBeVisible();
      await expect(row.getByText(seeded.image, { exact: true })).toBeVisible();
      if (seeded !== C.e2eToggle && seeded !== C.e2eOutside) {
        await expect(containers.stateBadge(seeded.name, seeded.state)).toBeVisible();
      }
    }
    await expect(containers.row(C.failed.name)).toContainText(`Exited (${C.failed.exitCode})`);

    // Published ports as `docker ps` prints them, each a link to the host port on localhost, in a
    // new tab that cannot reach back; Stop/Start follow the state.
    const [port] = C.web.ports;
    const link = containers
      .row(C.web.name)
      .getByRole('link', { name: `0.0.0.0:${port.host}->${port.container}/tcp`, exact: true });
    await expect(link).toHaveAttribute('href', `http://localhost:${port.host}/`);
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(containers.stopButton(C.web.name)).toBeEnabled();
    await expect(containers.startButton(C.stopped.name)).toBeEnabled();
    await expect(containers.startButton(C.created.name)).toBeEnabled();
  });

  test('Stop, then Start, updates the row from the Engine', async ({ containers, server }) => {
    const name = C.e2eToggle.name;
    await containers.open(server.url);
    await expect(containers.stateBadge(name, 'running')).toBeVisible();

    await containers.stopButton(name).click();
    await expect(containers.stateBadge(name, 'exited')).toBeVisible({ timeout: 10_000 });
    await expect(containers.row(name)).toContainText('Exited');
    await expect(containers.startButton(name)).toBeEnabled();

    await containers.startButton(name).click();
    await expect(containers.stateBadge(name, 'running')).toBeVisible({ timeout: 10_000 });
    await expect(containers.row(name)).toContainText('Up');
    await expect(containers.stopButton(name)).toBeEnabled();
  });

  test('follows a container stopped outside the app, without a reload', async ({ containers, server, docker }) => {
    const name = C.e2eOutside.name;
    await containers.open(server.url);
    await expect(containers.stateBadge(name, 'running')).toBeVisible();
    let reloaded = false;
    containers.page.on('load', () => (reloaded = true));

    await docker.getContainer(name).stop({ t: 0 });
    await expect(containers.stateBadge(name, 'exited')).toBeVisible({ timeout: 2_000 });

    await docker.getContainer(name).start();
    await expect(containers.stateBadge(name, 'running')).toBeVisible({ timeout: 2_000 });
    expect(reloaded).toBe(false);
  });

  test('the filter narrows the rows; "/" focuses it and Escape clears it', async ({ containers, server, page }) => {
    await containers.open(server.url);
    const total = await containers.bodyRows.count();
    expect(total).toBeGreaterThanOrEqual(Object.keys(SEED.containers).length);

    await page.keyboard.press('/');
    await expect(containers.filter).toBeFocused();
    await page.keyboard.type(C.web.name);
    await expect(containers.bodyRows).toHaveCount(1);
    await expect(containers.row(C.web.name)).toBeVisible();
    await expect(containers.row(C.worker.name)).toHaveCount(0);

    // By image, and by state words.
    await containers.filter.fill(SEED.images.worker);
    await expect(containers.row(C.worker.name)).toBeVisible();
    await expect(containers.row(C.web.name)).toHaveCount(0);

    await containers.filter.fill('no-such-container-anywhere');
    await expect(containers.bodyRows).toHaveCount(0);
    await expect(page.getByText('No matching containers')).toBeVisible();

    await containers.filter.press('Escape');
    await expect(containers.filter).toHaveValue('');
    await expect(containers.bodyRows).toHaveCount(total);
  });

  test('Down and Up move the row selection', async ({ containers, server, page }) => {
    await containers.open(server.url);
    await page.keyboard.press('ArrowDown');
    await expect(containers.bodyRows.nth(0)).toHaveAttribute('data-selected', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(containers.bodyRows.nth(1)).toHaveAttribute('data-selected', 'true');
    await page.keyboard.press('ArrowUp');
    await expect(containers.bodyRows.nth(0)).toHaveAttribute('data-selected', 'true');
  });
});
