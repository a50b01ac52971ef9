/**
 * On the seeded engine: containers made, started and removed behind Gantry's back show up in the
 * open page from the Engine's events alone; an action the Engine refuses shows the Engine's own
 * words. Each test removes the container it made, so the seed stays as other specs expect it.
 */
import path from 'node:path';
import type Docker from 'dockerode';
import { SEED } from '../support/fixtures';
import { IDLE_CMD, removeIfThere } from './support/engines';
import { SCREENSHOTS } from './support/serve';
import { expect, test } from './support/test';

const EVENTS = 'gt-e2e-events';
const PORT_CLASH = 'gt-e2e-portclash';

/** The top bar's summary, computed from the Engine's own list. */
async function engineSummary(docker: Docker): Promise<string> {
  const all = await docker.listContainers({ all: true });
  const running = all.filter((container) => container.State === 'running').length;
  return `${all.length} container${all.length === 1 ? '' : 's'} · ${running} running`;
}

test.describe('changes from the Engine', () => {
  test.afterEach(async ({ docker }) => {
    await removeIfThere(docker, EVENTS);
    await removeIfThere(docker, PORT_CLASH);
  });

  test('a container made, started and removed outside the app: its row follows', async ({
    page,
    containers,
    server,
    docker,
  }) => {
    await removeIfThere(docker, EVENTS);
    await containers.open(server.url);
    await expect(containers.shell.topBar).toContainText(await engineSummary(docker));
    let reloads = 0;
    page.on('load', () => reloads++);

    const container = await docker.createContainer({ name: EVENTS, Image: SEED.images.busybox, Cmd: IDLE_CMD });
    // Newest first, as `docker ps -a`: the first body row (row 1 is the header).
    await expect(containers.row(EVENTS)).toHaveAttribute('aria-rowindex', '2');
    await expect(containers.stateBadge(EVENTS, 'created')).toBeVisible();
    await expect(containers.shell.topBar).toContainText(await engineSummary(docker));

    await container.start();
    await expect(containers.stateBadge(EVENTS, 'running')).toBeVisible();
    // Updated in place: a state change does not move the row.
    await expect(containers.row(EVENTS)).toHaveAttribute('aria-rowindex', '2');
    await expect(containers.stopButton(EVENTS)).toBeEnabled();
    await expect(containers.shell.topBar).toContainText(await engineSummary(docker));

    await container.remove({ force: true });
    await expect(containers.row(EVENTS)).toHaveCount(0);
    await expect(containers.shell.topBar).toContainText(await engineSummary(docker));
    expect(reloads, 'page reloads').toBe(0);
  });

  test('a hidden window goes quiet (no updates), and catches up as soon as it is shown', async ({
    page,
    containers,
    server,
    docker,
  }) => {
    await removeIfThere(docker, EVENTS);
    await containers.open(server.url);
    await expect(containers.shell.connection).toHaveText('Connected');
    const setVisibility = (state: 'hidden' | 'visible') =>
      page.evaluate((visibility) => {
        Object.defineProperty(document, 'visibilityState', { value: visibility, configurable: true });
        Object.defineProperty(document, 'hidden', { value: visibility === 'hidden', configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
      }, state);

    await setVisibility('hidden');
    // Past the grace period (HIDDEN_QUIET_AFTER_MS, 3 s), the page has closed its events stream.
    await page.waitForTimeout(3_500);
    await docker.createContainer({ name: EVENTS, Image: SEED.images.busybox, Cmd: IDLE_CMD });
    // Long enough for an event to have reached a listening page many times over (p95 ≈ 115 ms).
    await page.waitForTimeout(1_500);
    await expect(containers.row(EVENTS)).toHaveCount(0);

    await setVisibility('visible');
    await expect(containers.stateBadge(EVENTS, 'created')).toBeVisible();
    await expect(containers.shell.topBar).toContainText(await engineSummary(docker));
  });

  test('Start refused by the Engine: its own words in an alert, the row unchanged', async ({
    page,
    containers,
    server,
    docker,
  }) => {
    // gt-web-1 already publishes this host port; a second container cannot start with it.
    const [taken] = SEED.containers.web.ports;
    await removeIfThere(docker, PORT_CLASH);
    await docker.createContainer({
      name: PORT_CLASH,
      Image: SEED.images.busybox,
      Cmd: IDLE_CMD,
      ExposedPorts: { [`${taken.container}/tcp`]: {} },
      HostConfig: { PortBindings: { [`${taken.container}/tcp`]: [{ HostPort: String(taken.host) }] } },
    });
    await containers.open(server.url);
    await expect(containers.stateBadge(PORT_CLASH, 'created')).toBeVisible();

    await containers.startButton(PORT_CLASH).click();
    const alert = containers.shell.alert;
    await expect(alert).toContainText(`Couldn't start ${PORT_CLASH}`);
    // Engine 20.10: "driver failed programming external connectivity on endpoint … : Bind for
    // 0.0.0.0:8080 failed: port is already allocated". The endpoint id part varies; this does not.
    await expect(alert).toContainText(`Bind for 0.0.0.0:${taken.host} failed: port is already allocated`);
    await expect(containers.startButton(PORT_CLASH)).toBeEnabled();
    await expect(containers.stateBadge(PORT_CLASH, 'created')).toBeVisible();
    await expect.poll(async () => (await docker.getContainer(PORT_CLASH).inspect()).State.Running).toBe(false);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'state-action-error.png') });
  });
});
