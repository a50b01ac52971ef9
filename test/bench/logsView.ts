/**
 * The logs view, in Debian's Chromium against `serve` (issue 9's renderer figures):
 *  - steady: a container printing about 10,000 lines/s for 30 s (smoke: 4 s) followed in the
 *    container page's Logs tab — main-thread long tasks, the renderer's heap, and the delay from the
 *    Engine's timestamp of a line to the frame it is first on screen (p50/p95);
 *  - fast: a container printing as fast as it can — lines per second reaching the renderer's buffer
 *    vs a bare dockerode follow of the same container in the same seconds, and the longest task;
 *  - open: a container holding 1,000,000 lines (smoke: 20,000) — navigation to its Logs tab until the
 *    last line is on screen;
 *  - search: the view holding 100,000 lines (the ring buffer full) — from the search being typed to
 *    the match count on screen;
 *  - idle: the logs and stats views closed (the images page open) — open Engine log and stats
 *    connections, counted at a proxy in front of the Engine, and the backend's CPU meanwhile.
 *
 *   npx tsx test/bench/logsView.ts [--smoke]   (needs run-all.sh's engine and a build)
 *
 * Figures only; writes bench/logs-view.json (smoke: test-results/bench-smoke/logs-view.json).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type Page } from '@playwright/test';
import Docker from 'dockerode';
import { SEARCH_MEASURE } from '../../renderer/src/features/logs/model/search';
import { CHROMIUM_LAUNCH } from '../support/chromium';
import { SEED, testEnv } from '../support/fixtures';
import { startRequestCounter } from '../support/requestCounter';
import { cpuSeconds, startServe } from './serveProcess';
import { median, percentile, round } from './stats';
import { newBenchContext, usedHeapBytes } from './ui';

/** What this bench writes to logs-view.json (report.ts reads it). */
export interface LogsViewResults {
  steady: {
    seconds: number;
    /** Lines per second the printer actually wrote (from the Engine's own timestamps). */
    printedPerSecond: number;
    longTasksOver50Ms: number;
    longestTaskMs: number;
    /** After a garbage collection at the end of the run. */
    heapMiB: number;
    /** The largest heap seen, sampled every second without forcing a collection. */
    heapPeakMiB: number;
    delayP50Ms: number;
    delayP95Ms: number;
    /** Lines whose first frame on screen was timed (the view draws only what fits its height). */
    delaySamples: number;
  };
  fast: {
    seconds: number;
    uiLinesPerSecond: number;
    bareLinesPerSecond: number;
    ratio: number;
    longestTaskMs: number;
  };
  open: { storedLines: number; tailOnScreenMs: number[] };
  /** countShownMs: typed query → match count on screen; searchMs: the search itself, in its worker (LogSearch's measure). */
  search: { bufferLines: number; countShownMs: number[]; searchMs: number[] };
  idle: { seconds: number; openLogConnections: number; openStatsConnections: number; backendCpuPercent: number };
}

declare global {
  interface Window {
    __logBench?: { firstSeen: Map<number, number>; longTasks: number[] };
  }
}

const smoke = process.argv.includes('--smoke');
const SIZE = smoke
  ? { steadySeconds: 4, fastSeconds: 3, storedLines: 20_000, openRuns: 2, searchRuns: 2, idleSeconds: 3 }
  : { steadySeconds: 30, fastSeconds: 10, storedLines: 1_000_000, openRuns: 5, searchRuns: 5, idleSeconds: 20 };
const STEADY = 'gt-bench-logview-steady';
const FAST = 'gt-bench-logview-fast';
const STORED = 'gt-bench-logview-stored';
const dockerHost = testEnv('dockerHost');
const engineSocket = dockerHost.replace(/^unix:\/\//, '');
const docker = new Docker({ socketPath: engineSocket });
const repoRoot = path.resolve(import.meta.dirname, '../..');
const outDir = smoke ? path.join(repoRoot, 'test-results/bench-smoke') : path.join(repoRoot, 'bench');
const log = (message: string) => console.log(`[bench:logs-view] ${message}`);
const MiB = 2 ** 20;

async function runContainer(name: string, script: string): Promise<Docker.Container> {
  await docker
    .getContainer(name)
    .remove({ force: true })
    .catch(() => undefined);
  const container = await docker.createContainer({
    name,
    Image: SEED.images.busybox,
    Cmd: ['sh', '-c', script],
    HostConfig: { LogConfig: { Type: 'json-file', Config: { 'max-size': '256m', 'max-file': '2' } } },
  });
  await container.start();
  return container;
}

/**
 * About 10,000 lines a second: bursts of 1,000 numbered lines every ~100 ms (busybox's usleep;
 * the loop's own cost makes it a little less — the figure reported is what the Engine stamped).
 */
const STEADY_SCRIPT =
  'trap "exit 0" TERM; i=0; while :; do awk -v s=$i \'BEGIN{for(j=s;j<s+1000;j++) print "tick " j " GET /api/items?page=2 200 12ms ua=curl/8.5"}\'; i=$((i+1000)); usleep 97000; done';

/** Installed in the page: records when each "tick N" line is first on screen, and long tasks. */
function watchLogLines(): void {
  const state = { firstSeen: new Map<number, number>(), longTasks: [] as number[] };
  window.__logBench = state;
  new PerformanceObserver((list) => list.getEntries().forEach((entry) => state.longTasks.push(entry.duration))).observe({
    type: 'longtask',
  });
  const pending: number[] = [];
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) {
        if (!(node instanceof HTMLElement)) continue;
        const lines = node.matches('[data-log-line]') ? [node] : [...node.querySelectorAll('[data-log-line]')];
        for (const line of lines) {
          const tick = /tick (\d+) /.exec(line.textContent ?? '');
          if (tick && !state.firstSeen.has(Number(tick[1]))) pending.push(Number(tick[1]));
        }
      }
    }
    if (pending.length === 0) return;
    const batch = pending.splice(0);
    // The frame after the mutation is when the line is painted.
    requestAnimationFrame(() => {
      const at = performance.timeOrigin + performance.now();
      for (const tick of batch) if (!state.firstSeen.has(tick)) state.firstSeen.set(tick, at);
    });
  });
  observer.observe(document.body, { subtree: true, childList: true });
}

/**
 * The renderer's used JS heap, read through the DevTools protocol every second for `ms` (no GC
 * forced), and the largest reading. `performance.memory` is no use here: without a flag Chromium
 * rounds it and refreshes it rarely.
 */
async function sampleHeapPeak(page: Page, ms: number): Promise<number> {
  const session = await page.context().newCDPSession(page);
  let peak = 0;
  for (const end = Date.now() + ms; Date.now() < end; ) {
    const { usedSize } = await session.send('Runtime.getHeapUsage');
    peak = Math.max(peak, usedSize);
    await sleep(1000);
  }
  await session.detach();
  return peak;
}

/** Each "tick N" line's Engine timestamp (epoch ms), read back from the log after the run. */
async function engineTimes(container: Docker.Container): Promise<Map<number, number>> {
  const raw = (await container.logs({ stdout: true, stderr: true, timestamps: true, follow: false }));
  const times = new Map<number, number>();
  const text = demuxToText(raw);
  for (const line of text.split('\n')) {
    const match = /^(\S+) tick (\d+) /.exec(line);
    if (match) times.set(Number(match[2]), Date.parse(match[1]!));
  }
  return times;
}

/** The Engine's multiplexed frames (8-byte headers) → their payloads joined. */
function demuxToText(raw: Buffer): string {
  const parts: Buffer[] = [];
  for (let at = 0; at + 8 <= raw.length; ) {
    const size = raw.readUInt32BE(at + 4);
    parts.push(raw.subarray(at + 8, at + 8 + size));
    at += 8 + size;
  }
  return Buffer.concat(parts).toString('utf8');
}

async function logsTab(page: Page, base: string, containerId: string): Promise<void> {
  await page.goto(`${base}#/containers/${containerId}?tab=logs`);
  await page.locator('[data-testid="log-view"]').waitFor();
}

async function steadyRun(page: Page, base: string): Promise<LogsViewResults['steady']> {
  const container = await runContainer(STEADY, STEADY_SCRIPT);
  await logsTab(page, base, container.id);
  await page.evaluate(watchLogLines);
  const heapPeak = await sampleHeapPeak(page, SIZE.steadySeconds * 1000);
  const seen = await page.evaluate(() => ({
    firstSeen: [...window.__logBench!.firstSeen.entries()],
    longTasks: window.__logBench!.longTasks,
  }));
  const heap = await usedHeapBytes(page);
  await container.kill().catch(() => undefined);
  const times = await engineTimes(container);
  await container.remove({ force: true });
  const stamped = [...times.values()].sort((a, b) => a - b);
  const printedPerSecond = stamped.length > 1 ? (stamped.length - 1) / ((stamped.at(-1)! - stamped[0]!) / 1000) : 0;
  const delays = seen.firstSeen.flatMap(([tick, at]) => (times.has(tick) ? [at - times.get(tick)!] : []));
  return {
    seconds: SIZE.steadySeconds,
    printedPerSecond: Math.round(printedPerSecond),
    longTasksOver50Ms: seen.longTasks.length,
    longestTaskMs: round(Math.max(0, ...seen.longTasks)),
    heapMiB: round(heap / MiB),
    heapPeakMiB: round(heapPeak / MiB),
    delayP50Ms: round(median(delays)),
    delayP95Ms: round(percentile(delays, 95)),
    delaySamples: delays.length,
  };
}

/** Counts newline bytes written to it. */
function lineCounter(): { sink: Writable; lines: () => number } {
  let lines = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, at + 1)) lines++;
      done();
    },
  });
  return { sink, lines: () => lines };
}

const linesReceived = (page: Page) =>
  page
    .locator('[data-testid="log-view"]')
    .getAttribute('data-lines-received')
    .then((value) => Number(value));

async function fastRun(page: Page, base: string): Promise<LogsViewResults['fast']> {
  const container = await runContainer(FAST, 'trap "exit 0" TERM; yes "a log line of a fairly usual length, 0123456789" & wait');
  await logsTab(page, base, container.id);
  await sleep(1000); // the view is following
  await page.evaluate(watchLogLines);
  const stream = (await container.logs({ follow: true, stdout: true, stderr: true, timestamps: true, tail: 0 })) as unknown as
    NodeJS.ReadableStream & { destroy(): void };
  const counter = lineCounter();
  docker.modem.demuxStream(stream, counter.sink, counter.sink);
  const uiBefore = await linesReceived(page);
  await sleep(SIZE.fastSeconds * 1000);
  const uiAfter = await linesReceived(page);
  stream.destroy();
  const bare = counter.lines();
  const longTasks = await page.evaluate(() => window.__logBench!.longTasks);
  await container.remove({ force: true });
  const ui = uiAfter - uiBefore;
  return {
    seconds: SIZE.fastSeconds,
    uiLinesPerSecond: Math.round(ui / SIZE.fastSeconds),
    bareLinesPerSecond: Math.round(bare / SIZE.fastSeconds),
    ratio: round(ui / bare, 2),
    longestTaskMs: round(Math.max(0, ...longTasks)),
  };
}

async function openRuns(browser: Awaited<ReturnType<typeof chromium.launch>>, base: string, containerId: string) {
  const times: number[] = [];
  const last = String(SIZE.storedLines);
  for (let run = 0; run < SIZE.openRuns; run++) {
    const context = await newBenchContext(browser, { viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}#/containers`);
    await page.getByRole('table', { name: 'Containers' }).waitFor();
    const started = await page.evaluate(() => performance.now());
    await page.evaluate((hash) => (location.hash = hash), `#/containers/${containerId}?tab=logs`);
    await page.locator('[data-log-line]').filter({ hasText: new RegExp(`^\\s*${last}\\s*$`) }).first().waitFor();
    const shown = await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))));
    times.push(round(shown - started));
    await context.close();
  }
  return times;
}

async function main(): Promise<void> {
  const counter = await startRequestCounter(engineSocket, path.join(testEnv('tmp'), 'logs-view-count.sock'));
  const serve = await startServe(repoRoot, `unix://${counter.socketPath}`);
  const base = serve.url.replace(/#.*$/, '');
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const context = await newBenchContext(browser, { viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    log(`steady: ~10,000 lines/s for ${SIZE.steadySeconds} s in the Logs tab`);
    const steady = await steadyRun(page, base);
    log(`fast: a printer as fast as it can for ${SIZE.fastSeconds} s, beside a bare dockerode follow`);
    const fast = await fastRun(page, base);
    await context.close();

    log(`open: the Logs tab of a container holding ${SIZE.storedLines} lines`);
    const stored = await runContainer(STORED, `seq 1 ${SIZE.storedLines}`);
    await stored.wait();
    const open = { storedLines: SIZE.storedLines, tailOnScreenMs: await openRuns(browser, base, stored.id) };

    log('search: a full buffer');
    const search = await searchRuns(browser, base, stored.id);
    await stored.remove({ force: true });

    log(`idle: the images page for ${SIZE.idleSeconds} s`);
    const idleContext = await newBenchContext(browser, { viewport: { width: 1440, height: 900 } });
    const idlePage = await idleContext.newPage();
    await idlePage.goto(`${base}#/images`);
    await idlePage.getByRole('table', { name: 'Images' }).waitFor();
    await sleep(1000);
    const cpuBefore = cpuSeconds(serve.pid);
    await sleep(SIZE.idleSeconds * 1000);
    const idle = {
      seconds: SIZE.idleSeconds,
      openLogConnections: counter.openConnections('/logs'),
      openStatsConnections: counter.openConnections('/stats'),
      backendCpuPercent: round(((cpuSeconds(serve.pid) - cpuBefore) / SIZE.idleSeconds) * 100, 2),
    };
    await idleContext.close();

    const results: LogsViewResults = { steady, fast, open, search, idle };
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'logs-view.json'), `${JSON.stringify(results, null, 2)}\n`);
    log(JSON.stringify(results));
  } finally {
    await browser.close();
    await serve.stop();
    await counter.close();
  }
}

/**
 * The view holding a full buffer (tail "all" of the stored container: the ring keeps the newest
 * 100,000), then a search typed: from the last keystroke to the match count on screen.
 */
async function searchRuns(browser: Awaited<ReturnType<typeof chromium.launch>>, base: string, containerId: string) {
  const shown: number[] = [];
  const searched: number[] = [];
  let bufferLines = 0;
  for (let run = 0; run < SIZE.searchRuns; run++) {
    const context = await newBenchContext(browser, { viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await logsTab(page, base, containerId);
    await selectTailAll(page);
    const view = page.locator('[data-testid="log-view"]');
    await page.waitForFunction(
      (lines) => Number(document.querySelector('[data-testid="log-view"]')?.getAttribute('data-lines-received')) >= lines,
      SIZE.storedLines,
      { timeout: 300_000 },
    );
    bufferLines = Number(await view.getAttribute('data-line-count'));
    const { shownMs, searchMs } = await timeSearch(page, `${run}9999`);
    shown.push(round(shownMs));
    searched.push(round(searchMs));
    await context.close();
  }
  return { bufferLines, countShownMs: shown, searchMs: searched };
}

/** The toolbar's line-count picker set to "All": the view restarts its stream with tail "all". */
async function selectTailAll(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: 'Lines' }).selectOption('all');
}

/**
 * Types the query into the search box; returns the time from the keystrokes to the match count
 * changing on screen, and the search's own time (the measure LogSearch leaves when it finishes).
 */
async function timeSearch(page: Page, query: string): Promise<{ shownMs: number; searchMs: number }> {
  const count = page.getByTestId('log-match-count');
  const before = (await count.count()) > 0 ? await count.textContent() : null;
  await page.evaluate((name) => performance.clearMeasures(name), SEARCH_MEASURE);
  const startedAt = await page.evaluate(() => performance.now());
  await page.getByRole('searchbox', { name: 'Search logs' }).fill(query);
  const shownAt = await page.waitForFunction(
    (previous) => {
      const text = document.querySelector('[data-testid="log-match-count"]')?.textContent ?? null;
      return text !== null && text !== previous && !/search/i.test(text) ? performance.now() : false;
    },
    before,
    { timeout: 60_000, polling: 'raf' },
  );
  const searchMs = await page.evaluate(
    (name) => performance.getEntriesByName(name, 'measure').at(-1)?.duration ?? Number.NaN,
    SEARCH_MEASURE,
  );
  return { shownMs: Number(await shownAt.jsonValue()) - startedAt, searchMs };
}

main().catch((error: unknown) => {
  console.error('[bench:logs-view] failed:', error);
  process.exit(1);
});
