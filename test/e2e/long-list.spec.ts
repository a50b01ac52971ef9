/**
 * A long list on an Engine of this spec's own: hundreds of real containers, of which only the
 * visible rows are in the DOM, and the mouse wheel reaches the oldest one at the end.
 */
import { SEED } from '../support/fixtures';
import { copyImage, ExtraEngine, inBatches } from './support/engines';
import { startServe, type RunningServe } from './support/serve';
import { expect, seededDocker, test } from './support/test';

const COUNT = 300;
/** Far more than a screen of rows: virtualisation keeps the DOM to about a screen plus overscan. */
const MAX_ROWS_IN_DOM = 60;

test.describe('a long container list', () => {
  let engine: ExtraEngine;
  let server: RunningServe;
  test.beforeAll(async () => {
    engine = new ExtraEngine('long');
    await engine.start();
    await copyImage(seededDocker(), engine.docker, SEED.images.busybox);
    // Created, never started: the Engine's cheapest container, and still a full row.
    const started = performance.now();
    const names = Array.from({ length: COUNT }, (_, i) => `gt-long-${String(i).padStart(3, '0')}`);
    await inBatches(names, 6, (name) =>
      engine.docker.createContainer({ name, Image: SEED.images.busybox, Cmd: ['true'] }),
    );
    console.log(`long-list: created ${COUNT} containers in ${Math.round(performance.now() - started)} ms`);
    server = await startServe(engine.dockerHost, 'e2e-serve-long');
  });
  test.afterAll(async () => {
    await server?.stop();
    await engine?.stop();
  });

  test(`${COUNT} containers: only the visible rows are in the DOM; the wheel reaches the last`, async ({
    containers,
  }) => {
    // The Engine's order (newest first) is the table's order.
    const listed = await engine.docker.listContainers({ all: true });
    expect(listed).toHaveLength(COUNT);
    const newest = listed[0]!.Names[0]!.slice(1);
    const oldest = listed[COUNT - 1]!.Names[0]!.slice(1);

    await containers.open(server.url);
    await expect(containers.table).toHaveAttribute('aria-rowcount', String(COUNT + 1));
    await expect(containers.row(newest)).toBeVisible();
    await expect(containers.row(oldest)).toHaveCount(0);
    expect(await containers.bodyRows.count()).toBeLessThan(MAX_ROWS_IN_DOM);

    // More than the whole list's height: one wheel turn to the end.
    await containers.wheel(COUNT * 100);
    await expect(containers.row(oldest)).toBeVisible();
    await expect(containers.row(oldest)).toHaveAttribute('aria-rowindex', String(COUNT + 1));
    await expect(containers.row(newest)).toHaveCount(0);
    expect(await containers.bodyRows.count()).toBeLessThan(MAX_ROWS_IN_DOM);

    // Away to another page and back: the list is where it was left.
    await containers.shell.navLink('Images').click();
    await expect(containers.shell.title).toHaveText('Images');
    await containers.shell.navLink('Containers').click();
    await expect(containers.row(oldest)).toBeVisible();
    await expect(containers.row(newest)).toHaveCount(0);
  });
});
