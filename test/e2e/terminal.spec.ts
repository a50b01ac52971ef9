/**
 * The container page's terminal against the seeded engine, on containers the spec makes
 * (gt-term-*): type a command and read its output from the terminal, the session ending when the
 * shell exits (and Reconnect), a stopped container's plain message; axe in light and dark, and
 * screenshots. The page guard fails any test that sees a CSP violation: xterm's styles must get
 * through our style-src 'self'.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { removeContainer, runContainer } from './support/pageContainers';
import { SCREENSHOTS } from './support/serve';
import { expect, test } from './support/test';

const RUNNING = 'gt-term-shell';
const STOPPED = 'gt-term-stopped';
/** Our own label: the container-page specs clean up theirs (gantry.e2e=page) in parallel workers. */
const LABELS = { 'gantry.e2e': 'terminal' };

async function openTerminal(page: Page, url: string, id: string) {
  await page.goto(`${url}#/containers/${id}?tab=terminal`);
  return {
    terminal: page.getByTestId('terminal'),
    status: page.getByRole('status', { name: 'Terminal session' }),
  };
}

/** The terminal's screen as lines of text (xterm's DOM renderer: one div per row). */
function screenLines(page: Page): Promise<string[]> {
  return page
    .getByTestId('terminal')
    .locator('.xterm-rows > div')
    .evaluateAll((rows) => rows.map((row) => (row.textContent ?? '').replace(/\u00a0/g, ' ').trimEnd()));
}

async function type(page: Page, text: string) {
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

test.describe('Terminal', () => {
  test.describe.configure({ timeout: 60_000 });

  test.afterEach(async ({ docker }) => {
    await removeContainer(docker, RUNNING);
    await removeContainer(docker, STOPPED);
  });

  test('type `echo hello` and see `hello`; axe and screenshots in light and dark', async ({ page, server, docker }) => {
    await runContainer(docker, RUNNING, { Labels: LABELS });
    const { terminal, status } = await openTerminal(page, server.url, RUNNING);
    await expect(status).toHaveText('Connected: /bin/sh as the image’s user');
    await terminal.click();
    await type(page, 'echo hello');
    await expect.poll(() => screenLines(page)).toContain('hello');
    // xterm's input textarea has a name of its own (a screen reader hears what it is).
    await expect(page.getByRole('textbox', { name: 'Terminal input' })).toBeFocused();

    await type(page, 'cd /etc && ls -1 | head -5 && printf "\\033[32mgreen\\033[0m and \\033[1mbold\\033[0m\\n"');
    await expect.poll(() => screenLines(page)).toContain('green and bold');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await expectNoSeriousA11yViolations(page, `the terminal tab (${colorScheme})`);
      await page.screenshot({ path: path.join(SCREENSHOTS, `terminal-tab-${colorScheme}.png`) });
    }
  });

  test('the session ends when the shell exits, says so, and Reconnect opens a new one', async ({
    page,
    server,
    docker,
  }) => {
    await runContainer(docker, RUNNING, { Labels: LABELS });
    const { terminal, status } = await openTerminal(page, server.url, RUNNING);
    await expect(status).toContainText('Connected');
    await terminal.click();
    await type(page, 'exit');
    await expect(status).toContainText('The process exited with code 0.');
    await status.getByRole('button', { name: 'Reconnect' }).click();
    await expect(status).toContainText('Connected');
    await terminal.click();
    await type(page, 'echo "second $((6 * 7))"');
    await expect.poll(() => screenLines(page)).toContain('second 42');
  });

  test('a stopped container gets a plain message pointing at Start', async ({ page, server, docker }) => {
    await runContainer(docker, STOPPED, { Labels: LABELS }, false);
    await page.goto(`${server.url}#/containers/${STOPPED}?tab=terminal`);
    await expect(page.getByText('The container is created. Start it (above) to open a terminal.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Connect' })).toBeDisabled();
  });
});
