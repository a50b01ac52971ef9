/**
 * Live stats against the seeded engine, on a busy-loop container this spec makes (gt-page-stats-busy):
 * the Stats tab's figures (CPU % > 0) and its chart drawn on canvas; the containers list's CPU and
 * Memory cells for a running container on screen, "—" for a stopped one; a stopped container's empty
 * state; axe in light and dark, and screenshots. Any CSP violation fails the test (pageGuard).
 */
import { SEED } from '../support/fixtures';
import { listCell, StatsTab } from './pages/statsTab';
import { auditBoth, removeContainer, runContainer, trapped } from './support/pageContainers';
import { expect, seededDocker, test } from './support/test';

const BUSY = 'gt-page-stats-busy';
const IDLE = 'gt-page-stats-created';

test.describe('Stats', () => {
  // Real engine samples arrive once a second, and axe runs twice: more than the 30 s default.
  test.describe.configure({ timeout: 60_000 });

  let busyId = '';
  test.beforeAll(async () => {
    const docker = seededDocker();
    busyId = (await runContainer(docker, BUSY, { Cmd: trapped('while :; do :; done') })).id;
  });
  test.afterAll(async () => {
    const docker = seededDocker();
    await removeContainer(docker, BUSY);
    await removeContainer(docker, IDLE);
  });

  test('the Stats tab of a busy container: CPU above 0 % as text, and its chart drawn', async ({ page, server }) => {
    const stats = new StatsTab(page);
    await stats.open(server.url, busyId);

    await expect(stats.figure('CPU')).toHaveText(/^\d+\.\d\d%$/, { timeout: 15_000 });
    await expect
      .poll(async () => Number.parseFloat((await stats.figure('CPU').textContent()) ?? '0'), { timeout: 15_000 })
      .toBeGreaterThan(0);
    await expect(stats.figure('Memory')).toHaveText(/^[\d.]+(B|KiB|MiB|GiB)$/);
    await expect(stats.figure('PIDs')).toHaveText(/^\d+$/);

    const canvas = stats.canvas('CPU');
    await expect(canvas).toHaveCount(1);
    const box = await canvas.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(100);
    expect(box?.height ?? 0).toBeGreaterThan(50);
    // The line needs two samples; then its pixels are on the canvas, in the series colour.
    await expect.poll(() => stats.pixelsOf('CPU'), { timeout: 15_000 }).toBeGreaterThan(5);
    await expect(stats.chart('CPU')).toHaveAccessibleName(/^CPU usage over the last 5 minutes, now \d+\.\d\d%$/);
    for (const name of ['Memory', 'Network', 'Block I/O'] as const) await expect(stats.canvas(name)).toHaveCount(1);

    // The chart follows its panel's width (narrower window: one chart per row, then narrower still).
    const wide = box?.width ?? 0;
    const viewport = page.viewportSize()!;
    await page.setViewportSize({ width: 1500, height: viewport.height });
    await expect.poll(async () => (await canvas.boundingBox())?.width ?? 0).toBeGreaterThan(wide + 20);
    await page.setViewportSize(viewport);
    await expect.poll(async () => Math.round((await canvas.boundingBox())?.width ?? 0)).toBe(Math.round(wide));

    // The dark theme: the chart is drawn again in its colours (the grid in the dark border colour).
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => stats.pixelsOf('CPU', '--color-border')).toBeGreaterThan(50);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => stats.pixelsOf('CPU', '--color-border')).toBeGreaterThan(50);

    // Let the charts gather a few more seconds for the pictures.
    await page.waitForTimeout(4000);
    await auditBoth(page, 'the stats tab', 'stats-tab');
  });

  test('a container that is not running says how to get its stats', async ({ page, server }) => {
    const docker = seededDocker();
    const idle = await runContainer(docker, IDLE, {}, false);
    const stats = new StatsTab(page);
    await stats.open(server.url, idle.id);
    await expect(stats.emptyState).toBeVisible();
    await expect(stats.chart('CPU')).toHaveCount(0);
  });

  test('the list shows CPU and memory of a running container on screen, "—" for a stopped one', async ({
    page,
    server,
    containers,
  }) => {
    await containers.open(server.url);
    const busyCpu = await listCell(containers, BUSY, 'CPU');
    await expect(busyCpu).toHaveText(/^\d+\.\d\d%$/, { timeout: 15_000 });
    await expect(await listCell(containers, BUSY, 'Memory')).toHaveText(/^[\d.]+(B|KiB|MiB|GiB)$/);
    await expect(await listCell(containers, SEED.containers.stopped.name, 'CPU')).toHaveText('—');
    await expect(await listCell(containers, SEED.containers.stopped.name, 'Memory')).toHaveText('—');
    // The host overview: what the running containers use together.
    const host = page.getByRole('group', { name: 'Host usage by running containers' });
    await expect(host).toContainText(/CPU\s*\d+\.\d\d%/, { timeout: 15_000 });
    await expect(host).toContainText(/Memory\s*[\d.]+(B|KiB|MiB|GiB)/);
    await auditBoth(page, 'the containers list with stats', 'stats-list');
  });
});
