/**
 * The writable layer, seen: the Changes tree shows files the test wrote, changed and deleted in a
 * container (with counts, a filter by kind, keyboard, the viewer), and the Files tab browses a
 * stopped container's filesystem (/etc), downloads it as a tar and opens a text file. axe audits
 * and screenshots.
 */
import { readFileSync } from 'node:fs';
import { ContainerPage } from './pages/containerPage';
import { auditBoth, execIn, removePageContainers, runContainer } from './support/pageContainers';
import { expect, seededDocker, test } from './support/test';

test.describe('Container files', () => {
  // Real-engine steps plus an axe audit in light and dark after each view: on a shared 2-core
  // machine that can pass Playwright's 30 s default, so these tests get 60 s.
  test.describe.configure({ timeout: 60_000 });

  test.afterEach(async () => {
    await removePageContainers(seededDocker());
  });

  test('the changes tree shows what the test wrote, changed and deleted', async ({ page, server, docker }) => {
    await runContainer(docker, 'gt-page-changes');
    await execIn(docker, 'gt-page-changes', [
      'sh',
      '-c',
      'mkdir -p /srv/app && echo "written by the test" > /srv/app/note.txt && echo "admin:x:1:1::/:/bin/sh" >> /etc/passwd && rm /bin/vi',
    ]);
    const view = new ContainerPage(page);
    await view.open(server.url, 'gt-page-changes', 'Changes');

    const note = view.changeRow('note.txt');
    await expect(note).toContainText('added');
    await expect(view.changeRow('passwd')).toContainText('modified');
    await expect(view.changeRow('vi')).toContainText('deleted');
    // Counts per folder: /srv holds two added paths (app and note.txt).
    await expect(view.changeRow('srv')).toContainText('+2');
    await auditBoth(page, 'the changes tab', 'container-page-changes');

    await page.getByRole('radio', { name: /^Deleted/ }).click();
    await expect(view.changeRow('vi')).toBeVisible();
    await expect(note).toHaveCount(0);
    await page.getByRole('radio', { name: /^All/ }).click();

    // Keyboard: collapse /srv with Left from its first row, open it again, Enter opens the note.
    await page.getByRole('button', { name: 'Collapse all' }).click();
    await expect(note).toHaveCount(0);
    await view.changeRow('srv').click();
    await view.changes.press('ArrowRight');
    await view.changes.press('ArrowDown');
    await view.changes.press('ArrowRight');
    await view.changes.press('ArrowDown');
    await view.changes.press('Enter');
    const viewer = view.viewer;
    await expect(viewer.getByRole('heading', { name: '/srv/app/note.txt' })).toBeVisible();
    await expect(viewer.getByRole('region', { name: 'Contents of /srv/app/note.txt' })).toContainText(
      'written by the test',
    );
    await page.keyboard.press('Escape');
    await expect(viewer).toBeHidden();
  });

  test("browse a stopped container's /etc and open a text file", async ({ page, server, docker }) => {
    const container = await runContainer(docker, 'gt-page-files', { Cmd: ['true'] });
    await container.wait();
    const view = new ContainerPage(page);
    await view.open(server.url, 'gt-page-files', 'Files');
    await expect(view.state).toContainText('exited');

    const root = view.filesTable('/');
    await expect(root.getByRole('row', { name: /^bin\b/ })).toContainText('Folder');
    await root.getByRole('button', { name: 'etc', exact: true }).click();
    const etc = view.filesTable('/etc');
    await expect(page.getByRole('navigation', { name: 'Folder path' })).toContainText('etc');
    const passwd = etc.getByRole('row', { name: /^passwd\b/ });
    await expect(passwd).toContainText('File');
    await expect(passwd).toContainText('-rw-r--r--');
    await auditBoth(page, 'the files tab', 'container-page-files');

    // The folder as a tar, through a Blob download: the archive holds the folder's files.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download folder as tar' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/etc.*\.tar$/);
    const tar = readFileSync(await download.path());
    expect(tar.length).toBeGreaterThan(1024);
    expect(tar.includes('etc/passwd')).toBe(true);
    expect(tar.includes('root:x:0:0:root')).toBe(true);

    await passwd.getByRole('button', { name: 'passwd', exact: true }).click();
    const viewer = view.viewer;
    await expect(viewer.getByRole('region', { name: 'Contents of /etc/passwd' })).toContainText('root:x:0:0:root');
    await auditBoth(page, 'the file viewer');
    await viewer.getByRole('button', { name: 'Close' }).click();

    // Symlinks show their target; the breadcrumb goes back up.
    await page.getByRole('navigation', { name: 'Folder path' }).getByRole('button', { name: '/' }).click();
    await root.getByRole('button', { name: 'bin', exact: true }).click();
    await expect(view.filesTable('/bin').getByRole('row', { name: /^sh\b/ })).toContainText('→ busybox');
  });
});
