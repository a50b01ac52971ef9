/**
 * The container page's actions on containers the spec makes (gt-page-*): pause and resume, stop
 * with a timeout, rename (a taken name refused under the field), kill with a signal the container
 * traps (its exit code shows), commit (the new image's page opens), and remove through the
 * confirmation (a running container needs Force; its anonymous volume goes too). axe audits and
 * screenshots of every dialog in light and dark.
 */
import { SEED } from '../support/fixtures';
import { ContainerPage } from './pages/containerPage';
import { auditBoth, removePageContainers, runContainer, trapped, waitExited } from './support/pageContainers';
import { expect, seededDocker, test } from './support/test';

const COMMITTED = 'gantry-e2e/page-commit:1';

test.describe('Container actions', () => {
  // Real-engine steps plus an axe audit in light and dark after each view: on a shared 2-core
  // machine that can pass Playwright's 30 s default, so these tests get 60 s.
  test.describe.configure({ timeout: 60_000 });

  test.afterEach(async () => {
    const docker = seededDocker();
    await removePageContainers(docker);
    await docker
      .getImage(COMMITTED)
      .remove({ force: true })
      .catch(() => undefined);
  });

  test('pause and resume, then stop with a timeout', async ({ page, server, docker }) => {
    const container = await runContainer(docker, 'gt-page-pause');
    const view = new ContainerPage(page);
    await view.open(server.url, 'gt-page-pause');
    await expect(view.state).toContainText('running');

    await view.action('Pause').click();
    await expect(view.state).toContainText('paused');
    expect((await container.inspect()).State.Paused).toBe(true);
    await expect(page.getByText('Paused gt-page-pause')).toBeVisible();
    await expect(view.action('Pause')).toHaveCount(0);

    await view.action('Resume').click();
    await expect(view.state).toContainText('running');
    expect((await container.inspect()).State.Paused).toBe(false);

    await view.action('Stop with timeout…').click();
    const stop = view.dialog('Stop gt-page-pause');
    const seconds = stop.getByRole('textbox', { name: 'Seconds to wait before SIGKILL' });
    await expect(seconds).toHaveValue('10');
    await seconds.fill('700');
    await expect(stop.getByRole('alert')).toContainText('from 0 to 600');
    await expect(stop.getByRole('button', { name: 'Stop', exact: true })).toBeDisabled();
    await seconds.fill('0');
    await auditBoth(page, 'the stop dialog', 'container-stop-dialog');
    await stop.getByRole('button', { name: 'Stop', exact: true }).click();
    await expect(view.state).toContainText('exited');
    await expect(page.getByText('Stopped gt-page-pause')).toBeVisible();
    expect((await container.inspect()).State.Running).toBe(false);
    await expect(view.action('Start')).toBeEnabled();
  });

  test('rename: a taken name is refused under the field, a free one renames', async ({ page, server, docker }) => {
    const container = await runContainer(docker, 'gt-page-rename');
    const id = (await container.inspect()).Id;
    const view = new ContainerPage(page);
    await view.open(server.url, 'gt-page-rename');
    await expect(view.shell.title).toHaveText('gt-page-rename');

    await view.action('Rename…').click();
    const dialog = view.dialog('Rename gt-page-rename');
    const field = dialog.getByRole('textbox', { name: 'New name' });
    await expect(field).toBeFocused();
    await field.fill(SEED.containers.web.name);
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('alert')).toContainText(SEED.containers.web.name);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await auditBoth(page, 'the rename dialog with an error', 'container-rename-dialog');
    await field.fill('gt-page-renamed');
    await dialog.getByRole('button', { name: 'Rename' }).click();
    await expect(dialog).toBeHidden();
    await expect(view.shell.title).toHaveText('gt-page-renamed');
    await expect(page).toHaveURL(new RegExp(`#/containers/${id}`));
    expect((await docker.getContainer(id).inspect()).Name).toBe('/gt-page-renamed');
  });

  test('kill with a signal: the container traps SIGHUP, exits 42, and the page shows it', async ({
    page,
    server,
    docker,
  }) => {
    await runContainer(docker, 'gt-page-kill', { Cmd: trapped('sleep 3600', 'trap "exit 42" HUP; ') });
    const view = new ContainerPage(page);
    await view.open(server.url, 'gt-page-kill');
    await expect(view.state).toContainText('running');

    await view.action('Kill…').click();
    const dialog = view.dialog('Send a signal to gt-page-kill');
    await expect(dialog.getByRole('radio', { name: /SIGKILL/ })).toBeChecked();
    await auditBoth(page, 'the kill dialog', 'container-kill-dialog');
    await dialog.getByRole('radio', { name: /SIGHUP/ }).check();
    await dialog.getByRole('button', { name: 'Send SIGHUP' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Sent SIGHUP to gt-page-kill')).toBeVisible();
    const info = await waitExited(docker, 'gt-page-kill');
    expect(info.State.ExitCode).toBe(42);
    await expect(view.state).toContainText('exited');
    await expect(view.state).toContainText('exit code 42');
    await expect(view.action('Kill…')).toBeDisabled();
  });

  test('commit: a new image with the message and author, and its page opens', async ({ page, server, docker }) => {
    await runContainer(docker, 'gt-page-commit');
    const view = new ContainerPage(page);
    await view.open(server.url, 'gt-page-commit');
    await view.action('Commit…').click();
    const dialog = view.dialog('Commit gt-page-commit to an image');
    const reference = dialog.getByRole('textbox', { name: 'Repository and tag' });
    await expect(reference).toBeFocused();
    await reference.fill(COMMITTED);
    await expect(dialog).toContainText('Repository gantry-e2e/page-commit, tag 1');
    await dialog.getByRole('textbox', { name: 'Message' }).fill('snapshot from the e2e test');
    await dialog.getByRole('textbox', { name: 'Author' }).fill('Gantry E2E <e2e@example.com>');
    await auditBoth(page, 'the commit dialog', 'container-commit-dialog');
    await dialog.getByRole('button', { name: 'Commit' }).click();

    await expect(view.shell.title).toHaveText(COMMITTED);
    const image = await docker.getImage(COMMITTED).inspect();
    await expect(page).toHaveURL(new RegExp(`#/images/${image.Id.replace(/^sha256:/, '')}`));
    expect(image.Comment).toBe('snapshot from the e2e test');
    expect(image.Author).toBe('Gantry E2E <e2e@example.com>');
  });

  test('remove: a running container needs Force; its anonymous volume goes with it', async ({
    page,
    server,
    docker,
  }) => {
    const container = await runContainer(docker, 'gt-page-remove', { Volumes: { '/scratch': {} } });
    const info = await container.inspect();
    const volume = info.Mounts.find((mount) => mount.Destination === '/scratch')!.Name!;
    const view = new ContainerPage(page);
    await view.open(server.url, 'gt-page-remove');

    await view.action('Remove…').click();
    let dialog = view.dialog('Remove gt-page-remove?');
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    const force = dialog.getByRole('checkbox', { name: 'Force: stop and remove it now' });
    await expect(force).not.toBeChecked();
    await expect(dialog.getByRole('button', { name: 'Force remove' })).toBeDisabled();
    await expect(dialog).toContainText('1 anonymous volume mounted (/scratch)');
    await auditBoth(page, 'the remove dialog of a running container', 'container-remove-dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    expect((await container.inspect()).State.Running).toBe(true);

    await view.action('Remove…').click();
    dialog = view.dialog('Remove gt-page-remove?');
    await dialog.getByRole('checkbox', { name: 'Also remove its anonymous volumes' }).check();
    await dialog.getByRole('checkbox', { name: 'Force: stop and remove it now' }).check();
    await dialog.getByRole('button', { name: 'Force remove' }).click();
    await expect(view.shell.title).toHaveText('Containers');
    await expect(page.getByText('Removed gt-page-remove')).toBeVisible();
    await expect(container.inspect()).rejects.toMatchObject({ statusCode: 404 });
    await expect(docker.getVolume(volume).inspect()).rejects.toMatchObject({ statusCode: 404 });
  });
});
