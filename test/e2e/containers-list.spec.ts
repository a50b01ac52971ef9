/**
 * The containers list on the seeded engine, with containers this spec makes itself (names
 * gt-list-*, removed afterwards): compose projects grouped (label com.docker.compose.project,
 * service and replica number) with the group's own actions; multi-select and a bulk Stop with a
 * result per container; ports and sizes exactly as the docker CLI prints them for the same
 * containers; the keyboard; axe audits and screenshots in light and dark.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type Docker from 'dockerode';
import { SEED, testEnv } from '../support/fixtures';
import { expectNoSeriousA11yViolations } from './support/axe';
import { IDLE_CMD, removeIfThere } from './support/engines';
import { SCREENSHOTS } from './support/serve';
import { expect, seededDocker, test } from './support/test';

const PROJECT = 'gt-list-proj';
const COMPOSE = [
  { name: `${PROJECT}-web-1`, service: 'web', number: 1 },
  { name: `${PROJECT}-web-2`, service: 'web', number: 2 },
  // Its health check passes at once: the row says "healthy".
  { name: `${PROJECT}-db-1`, service: 'db', number: 1, healthy: true },
];
const BULK = ['gt-list-bulk-a', 'gt-list-bulk-b', 'gt-list-bulk-c'];
const PORTS = 'gt-list-ports';
/** A project of its own for Remove: one running, one stopped. */
const RM_PROJECT = 'gt-list-rm';
const RM = [`${RM_PROJECT}-app-1`, `${RM_PROJECT}-app-2`];
const ALL = [...COMPOSE.map((c) => c.name), ...BULK, PORTS, ...RM];

const cli = promisify(execFile);
/** The docker CLI itself, against the seeded engine: the reference for what `docker ps` prints. */
async function dockerPs(name: string, format: string, extra: string[] = []): Promise<string> {
  const { stdout } = await cli('docker', [
    '-H',
    testEnv('dockerHost'),
    'ps',
    '-a',
    ...extra,
    '--filter',
    `name=^${name}$`,
    '--format',
    format,
  ]);
  return stdout.trim();
}

async function run(docker: Docker, name: string, options: Partial<Docker.ContainerCreateOptions> = {}) {
  const container = await docker.createContainer({ name, Image: SEED.images.busybox, Cmd: IDLE_CMD, ...options });
  await container.start();
}

async function stateOf(docker: Docker, name: string): Promise<string> {
  return (await docker.getContainer(name).inspect()).State.Status;
}

async function startAll(docker: Docker, names: readonly string[]) {
  for (const name of names) if ((await stateOf(docker, name)) !== 'running') await docker.getContainer(name).start();
}

async function stopAll(docker: Docker, names: readonly string[]) {
  for (const name of names) if ((await stateOf(docker, name)) === 'running') await docker.getContainer(name).stop();
}

test.describe('the containers list', () => {
  test.beforeAll(async () => {
    const docker = seededDocker();
    for (const name of ALL) await removeIfThere(docker, name);
    for (const c of COMPOSE) {
      await run(docker, c.name, {
        Labels: {
          'com.docker.compose.project': PROJECT,
          'com.docker.compose.service': c.service,
          'com.docker.compose.container-number': String(c.number),
        },
        ...(c.healthy ? { Healthcheck: { Test: ['CMD', 'true'], Interval: 1e9, StartPeriod: 0 } } : {}),
      });
    }
    for (const name of BULK) await run(docker, name);
    for (const [i, name] of RM.entries()) {
      await run(docker, name, {
        Labels: {
          'com.docker.compose.project': RM_PROJECT,
          'com.docker.compose.service': 'app',
          'com.docker.compose.container-number': String(i + 1),
        },
      });
    }
    await docker.getContainer(RM[1]!).stop();
    const published = ['80', '18000', '18001', '18002'];
    await run(docker, PORTS, {
      ExposedPorts: Object.fromEntries(published.map((port) => [`${port}/tcp`, {}])),
      HostConfig: {
        PortBindings: Object.fromEntries(
          published.map((port) => [`${port}/tcp`, [{ HostPort: port === '80' ? '18081' : port }]]),
        ),
      },
    });
  });

  test.afterAll(async () => {
    const docker = seededDocker();
    for (const name of ALL) await removeIfThere(docker, name);
  });

  test("compose containers are grouped with their replicas and health; the group's Stop stops them all", async ({
    containers,
    server,
    docker,
  }) => {
    await startAll(
      docker,
      COMPOSE.map((c) => c.name),
    );
    await containers.open(server.url, `?q=${PROJECT}`);
    const group = containers.groupRow(PROJECT);
    await expect(group).toContainText('3/3 running');
    await expect(containers.bodyRows).toHaveCount(4);
    // The service with its replica number, and the health check's verdict beside the state.
    await expect(containers.row(`${PROJECT}-web-2`)).toContainText('web-2');
    await expect(containers.row(`${PROJECT}-db-1`).getByText('healthy', { exact: true })).toBeVisible({
      timeout: 15_000,
    });

    // Folding hides the group's rows and keeps its header.
    await containers.groupToggle(PROJECT).click();
    await expect(containers.groupToggle(PROJECT)).toHaveAttribute('aria-expanded', 'false');
    await expect(containers.bodyRows).toHaveCount(1);
    await containers.groupToggle(PROJECT).click();
    await expect(containers.bodyRows).toHaveCount(4);

    // The group's checkbox selects its containers, and clears them again.
    const selectGroup = group.getByRole('checkbox', { name: `Select all in ${PROJECT}` });
    await selectGroup.check();
    await expect(containers.selectionBar).toContainText('3 selected · 3 running');
    await selectGroup.uncheck();
    await expect(containers.selectionBar).toBeHidden();

    await group.getByRole('button', { name: 'Stop', exact: true }).click();
    await expect(containers.bulkDialog).toHaveAccessibleName('Stop 3 containers');
    await expect(containers.bulkDialog.getByRole('status')).toHaveText('Stopped 3 containers', { timeout: 15_000 });
    for (const c of COMPOSE) {
      await expect(containers.bulkItem(c.name)).toContainText('Stopped');
      await expect.poll(() => stateOf(docker, c.name)).toBe('exited');
    }
    await containers.bulkDialog.getByRole('button', { name: 'Close' }).click();
    await expect(containers.bulkDialog).toBeHidden();
    await expect(group).toContainText('0/3 running');
    for (const c of COMPOSE) await expect(containers.stateBadge(c.name, 'exited')).toBeVisible();

    // By state: all three are among the stopped ones, none among the running, and the URL keeps it.
    await containers.show('Stopped').click();
    await expect(containers.bodyRows).toHaveCount(4);
    await containers.show('Running').click();
    await expect(containers.page).toHaveURL(/show=running/);
    await expect(containers.page.getByText(`Nothing matches “${PROJECT}”`)).toContainText('among running containers');
    await containers.show('All').click();

    // Ungrouped, the same containers are plain rows.
    await containers.groupByCompose.uncheck();
    await expect(containers.bodyRows).toHaveCount(3);
    await expect(containers.groupRow(PROJECT)).toHaveCount(0);
  });

  test('bulk Stop of three selected containers: progress, a result for each, every row ends exited', async ({
    containers,
    server,
    docker,
    page,
  }) => {
    // Two run; the third is stopped already, which is no failure.
    await startAll(docker, BULK.slice(0, 2));
    await stopAll(docker, BULK.slice(2));
    await containers.open(server.url, '?q=gt-list-bulk&sort=name');
    // Ctrl/Cmd-click one row, shift-click the last: the range between them.
    await containers
      .row(BULK[0]!)
      .getByText(BULK[0]!, { exact: true })
      .click({ modifiers: ['ControlOrMeta'] });
    await expect(containers.selectionBar).toContainText('1 selected');
    await containers
      .row(BULK[2]!)
      .getByText(BULK[2]!, { exact: true })
      .click({ modifiers: ['Shift'] });
    await expect(containers.selectionBar).toContainText('3 selected · 2 running');
    for (const name of BULK) await expect(containers.checkbox(name)).toBeChecked();

    await containers.selectionBar.getByRole('button', { name: 'Stop', exact: true }).click();
    await expect(containers.bulkDialog).toHaveAccessibleName('Stop 3 containers');
    await expect(containers.bulkDialog.getByRole('status')).toHaveText('Stopped 2 containers · 1 already stopped', {
      timeout: 15_000,
    });
    for (const name of BULK.slice(0, 2)) await expect(containers.bulkItem(name)).toContainText('Stopped');
    await expect(containers.bulkItem(BULK[2]!)).toContainText('Already stopped');
    for (const name of BULK) await expect.poll(() => stateOf(docker, name)).toBe('exited');
    await page.keyboard.press('Escape');
    await expect(containers.bulkDialog).toBeHidden();
    for (const name of BULK) await expect(containers.stateBadge(name, 'exited')).toBeVisible();
    await expect(containers.selectionBar).toContainText('3 selected · 0 running');
  });

  test('the keyboard: arrows move, Space selects, Escape clears, Enter opens the container’s page', async ({
    containers,
    server,
    page,
    docker,
  }) => {
    await containers.open(server.url, '?q=gt-list-bulk&sort=name');
    await page.keyboard.press('ArrowDown');
    await expect(containers.row(BULK[0]!)).toHaveAttribute('data-selected', 'true');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await expect(containers.selectionBar).toContainText('2 selected');
    await expect(containers.checkbox(BULK[1]!)).toBeChecked();
    await page.keyboard.press('Escape');
    await expect(containers.selectionBar).toBeHidden();

    const id = (await docker.getContainer(BULK[1]!).inspect()).Id;
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#/containers/${id}$`));

    // A plain click on a row opens its page too; Back returns to the list as it was.
    await page.goBack();
    await expect(page).toHaveURL(/#\/containers\?q=gt-list-bulk&sort=name$/);
    const other = (await docker.getContainer(BULK[2]!).inspect()).Id;
    await containers.row(BULK[2]!).getByText(BULK[2]!, { exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`#/containers/${other}$`));
  });

  test('ports read exactly as `docker ps` prints them, each published TCP port a localhost link', async ({
    containers,
    server,
  }) => {
    await containers.open(server.url, `?q=${PORTS}`);
    const cell = containers
      .row(PORTS)
      .getByRole('cell')
      .filter({ has: containers.page.getByRole('link') });
    await expect(cell.locator('[title]').first()).toHaveAttribute('title', await dockerPs(PORTS, '{{.Ports}}'));
    const range = containers.row(PORTS).getByRole('link', { name: '0.0.0.0:18000-18002->18000-18002/tcp' });
    await expect(range).toHaveAttribute('href', 'http://localhost:18000/');
    await expect(range).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(range).toHaveAttribute('target', '_blank');
  });

  test('"Show sizes" measures every container in the background and prints sizes as `docker ps -s`', async ({
    containers,
    server,
  }) => {
    await containers.open(server.url, '?q=gt-list-bulk&sort=name');
    await expect(containers.table.getByRole('columnheader', { name: 'Size' })).toHaveCount(0);
    await containers.showSizes.check();
    await expect(containers.page.getByRole('status').filter({ hasText: 'Sizes as of' })).toBeVisible({
      timeout: 30_000,
    });
    for (const name of BULK) {
      const expected = await dockerPs(name, '{{.Size}}', ['-s']);
      await expect(containers.row(name)).toContainText(expected);
    }
    // Sorted by size: the header sorts, and says so.
    await containers.sortButton('Size').click();
    await expect(containers.table.getByRole('columnheader', { name: 'Size' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await containers.showSizes.uncheck();
    await expect(containers.table.getByRole('columnheader', { name: 'Size' })).toHaveCount(0);
  });

  test("a group's Remove lists every container; the running one goes only with Force", async ({
    containers,
    server,
    docker,
  }) => {
    await containers.open(server.url, `?q=${RM_PROJECT}`);
    const group = containers.groupRow(RM_PROJECT);
    await expect(group).toContainText('1/2 running');
    await group.getByRole('button', { name: 'Remove…' }).click();
    await expect(containers.bulkDialog).toHaveAccessibleName('Remove 2 containers?');
    for (const name of RM) await expect(containers.bulkItem(name)).toBeVisible();
    await expect(containers.bulkItem(RM[0]!)).toContainText('Skipped unless forced: it is running');
    const confirm = containers.bulkDialog.getByRole('button', { name: /^Remove \d+ containers?$/ });
    await expect(confirm).toHaveText('Remove 1 container');
    await containers.bulkDialog.getByRole('checkbox', { name: /^Force/ }).check();
    await expect(confirm).toHaveText('Remove 2 containers');
    await confirm.click();
    await expect(containers.bulkDialog.getByRole('status')).toHaveText('Removed 2 containers', { timeout: 15_000 });
    for (const name of RM) {
      await expect(containers.bulkItem(name)).toContainText('Removed');
      await expect
        .poll(() => docker.listContainers({ all: true, filters: JSON.stringify({ name: [`^${name}$`] }) }))
        .toHaveLength(0);
    }
    await containers.bulkDialog.getByRole('button', { name: 'Close' }).click();
    await expect(group).toHaveCount(0);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`accessible and drawn clearly (${colorScheme}): a group, the selection bar, the Remove dialog`, async ({
      containers,
      server,
      page,
      docker,
    }) => {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      // Each test arranges its own states (after a failure, Playwright runs beforeAll again).
      await startAll(docker, [COMPOSE[0]!.name, COMPOSE[2]!.name, BULK[0]!, PORTS]);
      await stopAll(docker, [COMPOSE[1]!.name, BULK[1]!, BULK[2]!]);
      await containers.open(server.url, '?q=gt-list&sort=name');
      await expect(containers.groupRow(PROJECT)).toContainText('2/3 running');
      await expect(containers.row(`${PROJECT}-db-1`).getByText('healthy', { exact: true })).toBeVisible({
        timeout: 15_000,
      });
      await expectNoSeriousA11yViolations(page, `the containers list with a compose group (${colorScheme})`);

      await containers.checkbox(BULK[0]!).click();
      await containers.checkbox(BULK[1]!).click();
      await expect(containers.selectionBar).toContainText('2 selected');
      await page.mouse.move(0, 0);
      await page.screenshot({ path: path.join(SCREENSHOTS, `containers-grouped-${colorScheme}.png`) });
      await expectNoSeriousA11yViolations(page, `the containers list with a selection (${colorScheme})`);

      // Remove asks first, listing every container; the running one goes only with Force.
      await containers.selectionBar.getByRole('button', { name: 'Remove…' }).click();
      await expect(containers.bulkDialog).toHaveAccessibleName('Remove 2 containers?');
      await expect(containers.bulkItem(BULK[0]!)).toContainText('Skipped unless forced');
      await expect(containers.bulkItem(BULK[1]!)).toBeVisible();
      const confirm = containers.bulkDialog.getByRole('button', { name: /^Remove \d+ containers?$/ });
      await expect(confirm).toHaveText('Remove 1 container');
      await containers.bulkDialog.getByRole('checkbox', { name: /^Force/ }).check();
      await expect(confirm).toHaveText('Remove 2 containers');
      await page.screenshot({ path: path.join(SCREENSHOTS, `containers-remove-dialog-${colorScheme}.png`) });
      await expectNoSeriousA11yViolations(page, `the bulk remove dialog (${colorScheme})`);
      await containers.bulkDialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(containers.bulkDialog).toBeHidden();
      for (const name of BULK.slice(0, 2)) await expect(containers.row(name)).toBeVisible();
    });
  }
});
