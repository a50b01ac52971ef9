/**
 * The logs viewer against the seeded engine, on containers this spec makes (gt-logs-*): new lines
 * of a chatty container arrive and follow; scrolling up pauses; search highlights and counts;
 * timestamps; the time range narrows the lines (and a bad one says why); the download holds the
 * whole log, not the window's 1,000 lines; ANSI codes never show; HTML in a log stays text and runs
 * nothing; links; the end of a stopped container's log; a compose project's merged logs with both
 * containers labelled. axe in light and dark and screenshots of the tab and the page.
 */
import { readFileSync } from 'node:fs';
import { ContainersPage } from './pages/ContainersPage';
import { LogsView } from './pages/logsView';
import { logContainer, removeLogContainers, waitForLine } from './support/logContainers';
import { auditBoth } from './support/pageContainers';
import { expect, seededDocker, test } from './support/test';

const COUNT_TO = (n: number, text: string) => `i=1; while [ $i -le ${n} ]; do echo "${text} $i"; i=$((i+1)); done`;

test.describe('Logs', () => {
  test.describe.configure({ timeout: 60_000 });

  test.afterEach(async () => {
    await removeLogContainers(seededDocker());
  });

  test('a chatty container: new lines arrive and follow; scrolling up pauses, Jump to latest resumes', async ({
    page,
    server,
    docker,
  }) => {
    const id = await logContainer(
      docker,
      'gt-logs-chatty',
      `${COUNT_TO(300, 'seed line')}; i=0; while true; do echo "chatty line $i"; i=$((i+1)); sleep 0.05; done`,
    );
    const logs = new LogsView(page);
    await logs.openTab(server.url, id);
    await expect(logs.view).toHaveAttribute('data-following', 'true');
    await expect(logs.line(/^chatty line \d+$/).first()).toBeVisible();
    const before = await logs.received();
    await expect.poll(() => logs.received()).toBeGreaterThan(before + 10);
    // Following: the newest line is on screen.
    await expect
      .poll(async () => {
        const last = await logs.lines.last().textContent();
        return Number(/chatty line (\d+)/.exec(last ?? '')?.[1] ?? -1);
      })
      .toBeGreaterThan(10);

    // The person scrolls up: following pauses, new lines are counted, the position stays.
    await logs.view.hover();
    await page.mouse.wheel(0, -2000);
    await expect(logs.view).toHaveAttribute('data-following', 'false');
    await expect(page.getByRole('status').filter({ hasText: /new lines?/ })).toBeVisible();
    const top = await logs.view.evaluate((element) => element.scrollTop);
    await page.waitForTimeout(500);
    expect(await logs.view.evaluate((element) => element.scrollTop)).toBe(top);

    await logs.jumpToLatest.click();
    await expect(logs.view).toHaveAttribute('data-following', 'true');
    await expect(logs.jumpToLatest).toBeHidden();
  });

  test('search highlights a token and counts it; next/previous; only matching lines; a bad regex says so', async ({
    page,
    server,
    docker,
  }) => {
    const id = await logContainer(
      docker,
      'gt-logs-search',
      `for i in 1 2 3 4 5; do echo "before $i"; echo "found needle-7f3 at $i"; done; echo "needle-7f3 needle-7f3 twice"`,
    );
    const logs = new LogsView(page);
    await logs.openTab(server.url, id);
    await expect(logs.lines).toHaveCount(11);

    await logs.search.fill('needle-7f3');
    await expect(logs.matchCount).toHaveText('1 of 7');
    await expect(logs.marks).toHaveCount(7);
    await expect(logs.marks.first()).toHaveText('needle-7f3');
    await logs.search.press('Enter');
    await expect(logs.matchCount).toHaveText('2 of 7');
    await logs.search.press('Shift+Enter');
    await logs.search.press('Shift+Enter');
    await expect(logs.matchCount).toHaveText('7 of 7');

    await logs.onlyMatching.click();
    await expect(logs.lines).toHaveCount(6);
    await logs.onlyMatching.click();
    await expect(logs.lines).toHaveCount(11);

    await logs.search.fill('no-such-token');
    await expect(logs.matchCount).toHaveText('No matches');
    await logs.regex.click();
    await logs.search.fill('needle-(7f3');
    await expect(logs.matchCount).toHaveText(/invalid|pattern|unterminated/i);
    await expect(logs.lines).toHaveCount(11);
    await logs.search.fill('needle-\\d?7f3 at [24]');
    await expect(logs.matchCount).toHaveText('1 of 2');
  });

  test('a runaway pattern is stopped with a message; the window keeps answering', async ({ page, server, docker }) => {
    // 30 a's and a b: "(a+)+$" backtracks through 2^30 ways of splitting the a's before failing.
    const id = await logContainer(docker, 'gt-logs-runaway', `echo "${'a'.repeat(30)}b"; echo "calm line"`);
    const logs = new LogsView(page);
    await logs.openTab(server.url, id);
    await expect(logs.lines).toHaveCount(2);
    await logs.regex.click();
    await logs.search.fill('(a+)+$');
    await expect(logs.matchCount).toHaveText('Searching…');
    // While the worker is stuck the page still answers: a click on Timestamps toggles it at once.
    await logs.timestamps.click();
    await expect(logs.timestamps).toHaveAttribute('aria-pressed', 'true', { timeout: 1_000 });
    await expect(logs.matchCount).toHaveText(/still running after 2 s and was stopped/);
    await expect(logs.lines).toHaveCount(2);
    // A sane pattern searches again in a fresh worker.
    await logs.search.fill('calm');
    await expect(logs.matchCount).toHaveText('1 of 1');
  });

  test('timestamps toggle: the Engine’s time in local time, off by default', async ({ page, server, docker }) => {
    const id = await logContainer(docker, 'gt-logs-times', 'echo "stamped line"');
    const logs = new LogsView(page);
    await logs.openTab(server.url, id);
    const line = logs.line('stamped line');
    const time = /\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}/;
    await expect(line).toBeVisible();
    await expect(line).not.toContainText(time);
    await logs.timestamps.click();
    await expect(logs.timestamps).toHaveAttribute('aria-pressed', 'true');
    await expect(line).toContainText(time);
    await expect(line.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T.*Z$/);
    await logs.timestamps.click();
    await expect(line).not.toContainText(time);
  });

  test('since and until narrow the lines; a bad time says why and keeps the lines', async ({
    page,
    server,
    docker,
  }) => {
    const name = 'gt-logs-range';
    const id = await logContainer(
      docker,
      name,
      'echo "early 1"; echo "early 2"; sleep 2; echo "late 1"; echo "late 2"',
      {
        Tty: true,
      },
    );
    const engine = await waitForLine(docker, name, 'late 2');
    const lateTs = engine.find(([, text]) => text === 'late 1')![0];
    const earlyTs = engine.find(([, text]) => text === 'early 2')![0];

    const logs = new LogsView(page);
    await logs.openTab(server.url, id);
    await expect(logs.lines).toHaveCount(4);

    await logs.setRange('since', lateTs);
    await expect(logs.lines).toHaveCount(2);
    await expect(logs.line('early 1')).toHaveCount(0);
    await expect(logs.line('late 1')).toBeVisible();

    await logs.setRange('since', '');
    await logs.setRange('until', earlyTs);
    await expect(logs.line('late 1')).toHaveCount(0);
    await expect(logs.line('early 1')).toBeVisible();

    // Bad input: an inline message, the stream left as it was.
    const count = await logs.lines.count();
    await logs.setRange('since', 'yesterday');
    await expect(page.getByRole('alert').filter({ hasText: 'Since:' })).toContainText('duration like 15m');
    await expect(logs.since).toHaveAttribute('aria-invalid', 'true');
    await expect(logs.lines).toHaveCount(count);
  });

  test('Download gives the whole log from the Engine, not the 1,000 lines in the window', async ({
    page,
    server,
    docker,
  }) => {
    const id = await logContainer(docker, 'gt-logs-download', COUNT_TO(3000, 'row'));
    const logs = new LogsView(page);
    await logs.openTab(server.url, id);
    await expect(logs.view).toHaveAttribute('data-line-count', '1000');
    await expect(logs.tail).toHaveValue('1000');

    const [download] = await Promise.all([page.waitForEvent('download'), logs.download.click()]);
    expect(download.suggestedFilename()).toMatch(/^gt-logs-download-.*\.log$/);
    const lines = readFileSync(await download.path(), 'utf8')
      .split('\n')
      .filter(Boolean);
    expect(lines).toHaveLength(3000);
    expect(lines[0]).toBe('row 1');
    expect(lines[2999]).toBe('row 3000');

    // "All" shows every line the Engine keeps.
    await logs.tail.selectOption('all');
    await expect(logs.view).toHaveAttribute('data-line-count', '3000');
  });

  test('ANSI codes never show; HTML in a log is text and runs nothing; links; stderr marked', async ({
    page,
    server,
    docker,
  }) => {
    const id = await logContainer(
      docker,
      'gt-logs-hostile',
      [
        `printf '\\033[31mred alert\\033[0m and \\033[1;32mgreen bold\\033[0m\\n'`,
        `echo '<script>window.__pwned=1</script>'`,
        `echo '<img src=x onerror=window.__pwned=1>'`,
        `echo 'docs at https://example.com/guide?x=1 and javascript:alert(1)'`,
        `echo 'to stderr' >&2`,
        `head -c 20000 /dev/zero | tr '\\0' 'a'; echo ' END-OF-LONG'`,
      ].join('; '),
    );
    const logs = new LogsView(page);
    await logs.openTab(server.url, id);
    const ansi = logs.line('red alert');
    await expect(ansi).toContainText('red alert and green bold');
    const text = (await logs.view.textContent()) ?? '';
    expect(text).not.toContain('\x1b[');
    expect(text).not.toContain('[31m');
    expect(text).not.toContain('[0m');

    await expect(logs.line('<script>window.__pwned=1</script>')).toBeVisible();
    await expect(logs.line('<img src=x onerror=window.__pwned=1>')).toBeVisible();
    await expect(logs.view.locator('img, script')).toHaveCount(0);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();

    const link = logs.line('docs at').getByRole('link');
    await expect(link).toHaveCount(1);
    await expect(link).toHaveAttribute('href', 'https://example.com/guide?x=1');
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', /noopener/);

    await expect(logs.line('to stderr')).toContainText('stderr:');
    await expect(logs.line('red alert')).not.toContainText('stderr:');

    // A runaway line is cut until asked for.
    const long = logs.line(/^a{100}/);
    await expect(long).not.toContainText('END-OF-LONG');
    await long.getByRole('button', { name: /show all 20,012 characters/ }).click();
    await expect(long).toContainText('END-OF-LONG');
  });

  test('ANSI colours are drawn from the palette', async ({ page, server, docker }) => {
    const id = await logContainer(docker, 'gt-logs-colours', `printf '\\033[31mred alert\\033[0m plain\\n'`);
    const logs = new LogsView(page);
    await logs.openTab(server.url, id);
    await expect(logs.line('red alert').locator('.ansi-fg-1')).toHaveText('red alert');
  });

  test('a stopped container’s log ends with the backend’s message', async ({ page, server, docker }) => {
    const name = 'gt-logs-done';
    const id = await logContainer(docker, name, 'echo "last words"');
    await docker.getContainer(name).stop({ t: 1 });
    const logs = new LogsView(page);
    await logs.openTab(server.url, id);
    await expect(logs.line('last words')).toBeVisible();
    await expect(logs.view.getByRole('status')).toContainText(`The container ${name} stopped (exit code 0).`);

    // Started again: Follow again opens the log anew and follows the new lines.
    await docker.getContainer(name).start();
    await logs.view.getByRole('button', { name: 'Follow again' }).click();
    await expect(logs.line('last words')).toHaveCount(2);
    await expect(logs.view.getByRole('status')).toHaveCount(0);
  });

  test('a compose project’s Logs: both containers merged, each line labelled; axe and screenshots', async ({
    page,
    server,
    docker,
  }) => {
    const project = 'gt-logs-proj';
    for (const service of ['web', 'db']) {
      await logContainer(
        docker,
        `${project}-${service}-1`,
        `i=0; while true; do echo "${service} says hello $i"; i=$((i+1)); sleep 0.3; done`,
        {
          Labels: {
            'com.docker.compose.project': project,
            'com.docker.compose.service': service,
            'com.docker.compose.container-number': '1',
          },
        },
      );
    }
    // Both logs hold a few seconds of history before the page opens, so the tails arrive as two
    // batches: interleaving them is the merger's work, not the order of arrival.
    for (const service of ['web', 'db']) {
      await expect
        .poll(async () => {
          const log = await docker.getContainer(`${project}-${service}-1`).logs({ stdout: true, follow: false });
          return log.toString('latin1').split('says hello').length - 1;
        })
        .toBeGreaterThanOrEqual(5);
    }
    const containers = new ContainersPage(page);
    await containers.open(server.url, `?q=${project}`);
    await containers
      .groupRow(project)
      .getByRole('link', { name: `Logs of ${project}` })
      .click();
    const logs = new LogsView(page);
    await logs.view.waitFor();
    await expect(page).toHaveURL(/#\/logs\?ids=/);
    const web = logs.line('web says hello').first();
    const db = logs.line('db says hello').first();
    await expect(web).toContainText(`${project}-web-1`);
    await expect(db).toContainText(`${project}-db-1`);
    await expect(page.getByRole('list', { name: 'Containers' })).toContainText(`${project}-db-1`);
    await expect.poll(() => logs.received()).toBeGreaterThan(6);
    // Interleaved by time: the oldest ten lines (all history) switch container several times;
    // placed by arrival they would be one container's tail, then the other's (one switch).
    await expect.poll(() => logs.lines.count()).toBeGreaterThanOrEqual(10);
    const oldestTen = (await logs.lines.allTextContents()).slice(0, 10).map((text) => text.includes('web says'));
    const switches = oldestTen.filter((isWeb, i) => i > 0 && isWeb !== oldestTen[i - 1]).length;
    expect(switches, `services of the oldest lines: ${oldestTen.join(' ')}`).toBeGreaterThanOrEqual(3);
    await auditBoth(page, 'the logs page', 'logs-page');
  });

  test('the logs tab: axe in light and dark, screenshots', async ({ page, server, docker }) => {
    const id = await logContainer(
      docker,
      'gt-logs-shop-api',
      [
        `echo "INFO  server listening on http://0.0.0.0:8080"`,
        `echo "INFO  connected to postgres://db:5432/shop (pool size 10)"`,
        `echo "DEBUG cache warmed: 1,204 products in 182ms"`,
        `echo "WARN  slow query: SELECT * FROM orders WHERE status = 'open' took 1.8s"`,
        `echo "INFO  GET /api/orders 200 12ms"`,
        `echo "ERROR payment provider timed out after 30s (order 4312)" >&2`,
        `echo "Error: upstream timeout" >&2`,
        `echo "    at PaymentClient.charge (/app/src/payments/client.js:88:13)" >&2`,
        `echo "    at async OrderService.checkout (/app/src/orders/service.js:141:5)" >&2`,
        `printf '\\033[32mINFO\\033[0m  retry 1/3 for order 4312 \\033[2m(backoff 2s)\\033[0m\\n'`,
        `echo "INFO  POST /api/checkout 201 340ms"`,
        `echo '{"level":"info","msg":"order confirmed","order":4312,"user":"ada"}'`,
        `echo "INFO  GET /healthz 200 1ms"`,
      ].join('; '),
    );
    const logs = new LogsView(page);
    await logs.openTab(server.url, id);
    await expect(logs.lines).toHaveCount(13);
    // The level filter: errors only, then warnings and up.
    await logs.level.selectOption('error');
    await expect(logs.lines).toHaveCount(4);
    await expect(logs.line('slow query')).toHaveCount(0);
    await logs.level.selectOption('warn');
    await expect(logs.lines).toHaveCount(5);
    await logs.level.selectOption('all');
    await expect(logs.lines).toHaveCount(13);

    await logs.timestamps.click();
    await logs.search.fill('order');
    await expect(logs.matchCount).toHaveText(/of/);
    await auditBoth(page, 'the logs tab', 'logs-tab');
  });
});
