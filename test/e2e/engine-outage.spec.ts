/**
 * The Engine goes away under an open page and comes back (an Engine of this spec's own, so the
 * seeded one keeps running): the page stays, marked stale, under a "reconnecting" banner; when the
 * Engine is back the banner goes and the list follows again, without a reload: a container made the
 * moment the Engine answers (most often before the backend's stream has reopened, so it comes from
 * the reconnect's refetch and the events replayed with `since`) shows up.
 */
import path from 'node:path';
import { SEED } from '../support/fixtures';
import { expectNoSeriousA11yViolations } from './support/axe';
import { copyImage, ExtraEngine, IDLE_CMD } from './support/engines';
import { SCREENSHOTS, startServe, type RunningServe } from './support/serve';
import { expect, seededDocker, test } from './support/test';

const WORKER = 'gt-e2e-outage-worker';
const MADE_ON_RETURN = 'gt-e2e-outage-new';

test.describe('the Engine going away and coming back', () => {
  let engine: ExtraEngine;
  let server: RunningServe;
  test.beforeAll(async () => {
    engine = new ExtraEngine('outage');
    await engine.start();
    await copyImage(seededDocker(), engine.docker, SEED.images.busybox);
    server = await startServe(engine.dockerHost, 'e2e-serve-outage');
  });
  test.afterAll(async () => {
    await server?.stop();
    await engine?.stop();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${colorScheme}: stale list under the banner, then what changed meanwhile`, async ({ page, containers }) => {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      const worker = await engine.docker.createContainer({ name: WORKER, Image: SEED.images.busybox, Cmd: IDLE_CMD });
      await worker.start();
      await containers.open(server.url);
      await expect(containers.stateBadge(WORKER, 'running')).toBeVisible();
      let reloads = 0;
      page.on('load', () => reloads++);

      // engine.sh stop kills the Engine's containers first (the row follows that), then dockerd.
      await engine.stop();
      await expect(containers.shell.engineDisconnected).toBeVisible();
      await expect(containers.shell.engineDisconnected).toContainText('may be out of date');
      await expect(containers.shell.engineDisconnected.getByRole('button', { name: 'Retry now' })).toBeVisible();
      await expect(containers.shell.connection).toHaveText('Unavailable');
      // What was there stays on screen, marked stale; not the full "can't reach" screen.
      await expect(containers.shell.staleContent).toBeVisible();
      await expect(containers.row(WORKER)).toBeVisible();
      await expect(containers.shell.engineUnavailable).toHaveCount(0);
      await expectNoSeriousA11yViolations(page, `the containers page under the disconnected banner (${colorScheme})`);
      await page.screenshot({ path: path.join(SCREENSHOTS, `engine-disconnected-${colorScheme}.png`) });

      await engine.start();
      const made = await engine.docker.createContainer({
        name: MADE_ON_RETURN,
        Image: SEED.images.busybox,
        Cmd: IDLE_CMD,
      });
      // The backend retries every 2 s at most, then every list is fetched once.
      await expect(containers.shell.connection).toHaveText('Connected', { timeout: 15_000 });
      await expect(containers.shell.engineDisconnected).toHaveCount(0);
      await expect(containers.shell.staleContent).toHaveCount(0);
      await expect(containers.stateBadge(MADE_ON_RETURN, 'created')).toBeVisible();
      await expect(containers.stateBadge(WORKER, 'exited')).toBeVisible();
      expect(reloads, 'page reloads').toBe(0);
      await made.remove({ force: true });
      await worker.remove({ force: true });
    });
  }
});
