/**
 * A long images list on an Engine of this spec's own: one image tagged in 1,000 repositories,
 * grouped by repository — 2,000 rows (a header and the image under each), of which only the
 * visible ones are in the DOM; the wheel reaches the last group and sorting keeps up.
 */
import { SEED } from '../support/fixtures';
import { copyImage, ExtraEngine, inBatches } from './support/engines';
import { startServe, type RunningServe } from './support/serve';
import { expect, seededDocker, test } from './support/test';

const COUNT = 1000;
const MAX_ROWS_IN_DOM = 60;

test.describe('a long images list', () => {
  let engine: ExtraEngine;
  let server: RunningServe;
  test.beforeAll(async () => {
    engine = new ExtraEngine('images');
    await engine.start();
    await copyImage(seededDocker(), engine.docker, SEED.images.busybox);
    const repos = Array.from({ length: COUNT }, (_, i) => `gt-many/r${String(i).padStart(4, '0')}`);
    await inBatches(repos, 6, (repo) => engine.docker.getImage(SEED.images.busybox).tag({ repo, tag: '1' }));
    server = await startServe(engine.dockerHost, 'e2e-serve-long-images');
  });
  test.afterAll(async () => {
    await server?.stop();
    await engine?.stop();
  });

  test(`${COUNT} repositories grouped: only the visible rows are in the DOM; the wheel reaches the last`, async ({
    images,
  }) => {
    await images.open(server.url, '?group=repo&sort=tag');
    // One header and one image row per repository, and busybox's own.
    await expect(images.table).toHaveAttribute('aria-rowcount', String(2 * (COUNT + 1) + 1));
    await expect(images.groupRow('gantry-test/busybox')).toBeVisible();
    expect(await images.bodyRows.count()).toBeLessThan(MAX_ROWS_IN_DOM);

    await images.wheel(COUNT * 200);
    await expect(images.groupRow('gt-many/r0999')).toBeVisible();
    await expect(images.groupRow('gantry-test/busybox')).toHaveCount(0);
    expect(await images.bodyRows.count()).toBeLessThan(MAX_ROWS_IN_DOM);

    // Z→A: the last repository comes first.
    await images.sortButton('Repository:Tag').click();
    await expect(images.columnHeader('Repository:Tag')).toHaveAttribute('aria-sort', 'descending');
    await images.wheel(-COUNT * 200);
    await expect(images.groupRow('gt-many/r0999')).toBeVisible();
  });
});
