/**
 * What a person sees, measured in Debian's Chromium against `serve`: navigation to a complete
 * list, Engine event to changed row, long tasks while scrolling, the renderer's heap.
 */
import { performance } from 'node:perf_hooks';
import type { Browser, Page } from '@playwright/test';
import { median, percentile } from './stats';

declare global {
  interface Window {
    __benchReadyAt?: number;
    __benchWhenListComplete?: (label: string, rows: number) => Promise<number>;
    __benchRowChanged?: Promise<number>;
  }
}

/**
 * A browser context for the bench. The functions we run in the page are compiled by tsx (esbuild
 * with keepNames), which wraps named inner functions in a `__name(fn, "name")` helper that exists
 * in Node but not in the page; this shim makes it exist there too, as the identity it is.
 */
export async function newBenchContext(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser.newContext(options);
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  return context;
}

/** Epoch milliseconds with sub-millisecond precision, comparable between Node and the page. */
export const epochNow = () => performance.timeOrigin + performance.now();

/**
 * Installed before the page loads. Defines `__benchWhenListComplete(label, rows)`: resolves with
 * `performance.now()` at the next frame after the table first shows every row it should
 * (aria-rowcount = rows + header) with its first body row in the DOM. With `atLoad`, starts
 * watching at DOMContentLoaded and records the moment in `__benchReadyAt`.
 */
function installListWatcher([atLoad, label, expectedRows]: [boolean, string, number]) {
  window.__benchWhenListComplete = (tableLabel, rows) =>
    new Promise<number>((resolve) => {
      const selector = `[role="table"][aria-label="${tableLabel}"]`;
      const complete = () => {
        const table = document.querySelector(selector);
        return (
          table?.getAttribute('aria-rowcount') === String(rows + 1) && table.querySelector('[aria-rowindex="2"]') !== null
        );
      };
      const observer = new MutationObserver(() => {
        if (!complete()) return;
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now()));
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    });
  if (atLoad) {
    document.addEventListener('DOMContentLoaded', () => {
      void window.__benchWhenListComplete!(label, expectedRows).then((at) => (window.__benchReadyAt = at));
    });
  }
}

/** Milliseconds from navigation start to each step of showing the first list, one entry per run. */
export interface FirstScreenSteps {
  /** The browser's first paint of the page (its background, before any of our scripts ran). */
  firstPaintMs: number[];
  /** The boot script starts (the browser has the page and its first script). */
  bootMs: number[];
  /** The first list's answer has arrived from the backend. */
  listArrivedMs: number[];
  /** The app bundle (React and the app) has been evaluated. */
  appEvaluatedMs: number[];
  /** The complete list is on screen. */
  completeMs: number[];
}

/** Times `runs` fresh page loads from navigation start to the complete list on screen, step by step. */
export async function timeListRender(
  browser: Browser,
  url: string,
  label: string,
  expectedRows: number,
  runs: number,
): Promise<FirstScreenSteps> {
  const context = await newBenchContext(browser);
  const steps: FirstScreenSteps = { firstPaintMs: [], bootMs: [], listArrivedMs: [], appEvaluatedMs: [], completeMs: [] };
  for (let i = 0; i <= runs; i++) {
    const page = await context.newPage();
    await page.addInitScript(installListWatcher, [true, label, expectedRows] as [boolean, string, number]);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__benchReadyAt !== undefined, null, { timeout: 60_000, polling: 50 });
    // The renderer's own User Timing marks (renderer/src/boot.ts, main.tsx, lib/initialRequests.ts).
    const [firstPaint, boot, arrived, evaluated, complete] = await page.evaluate(() => {
      const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
      return [
        at('first-paint'),
        at('gantry:boot'),
        at('gantry:first-list-arrived'),
        at('gantry:app-evaluated'),
        window.__benchReadyAt!,
      ];
    });
    // The first load warms the HTTP cache, as any second visit would be.
    if (i > 0) {
      steps.firstPaintMs.push(firstPaint);
      steps.bootMs.push(boot);
      steps.listArrivedMs.push(arrived);
      steps.appEvaluatedMs.push(evaluated);
      steps.completeMs.push(complete);
    }
    await page.close();
  }
  await context.close();
  return steps;
}

/**
 * In the open app, as a person switches pages: from a click on the sidebar link of each page to
 * its complete list on screen, alternating between the pages `runs` times each. The app keeps both
 * lists current from Engine events, so it draws what it holds.
 */
export async function timeInAppNavigation(
  browser: Browser,
  baseUrl: string,
  pages: { hash: string; label: string; rows: number }[],
  runs: number,
): Promise<Record<string, number[]>> {
  const context = await newBenchContext(browser);
  const page = await context.newPage();
  const first = pages[pages.length - 1]!;
  await page.addInitScript(installListWatcher, [true, first.label, first.rows] as [boolean, string, number]);
  await page.goto(`${baseUrl}${first.hash}`);
  await page.waitForFunction(() => window.__benchReadyAt !== undefined, null, { timeout: 60_000, polling: 50 });
  const timings: Record<string, number[]> = Object.fromEntries(pages.map((p) => [p.label, []]));
  for (let i = 0; i < runs; i++) {
    for (const target of pages) {
      // Let the previous page settle (its other-page count, the events stream) as a person would.
      await page.waitForTimeout(300);
      const ms = await page.evaluate(
        async ([hash, label, rows]) => {
          const link = document.querySelector<HTMLAnchorElement>(`nav[aria-label="Main"] a[href$="${hash}"]`);
          if (!link) throw new Error(`no sidebar link to ${hash}`);
          const complete = window.__benchWhenListComplete!(label, rows);
          const start = performance.now();
          link.click();
          return (await complete) - start;
        },
        [target.hash, target.label, target.rows] as [string, string, number],
      );
      timings[target.label]!.push(ms);
    }
  }
  await context.close();
  return timings;
}

/** Starts watching one row; resolves (in the page) with the epoch time its state badge shows `state`. */
export async function watchRowState(page: Page, name: string, state: string): Promise<void> {
  await page.evaluate(
    ([rowName, wanted]) => {
      window.__benchRowChanged = new Promise<number>((resolve) => {
        const shows = () =>
          [...document.querySelectorAll('[role="row"]')].some(
            (row) =>
              row.textContent?.includes(rowName) &&
              row.querySelector('[data-state]')?.getAttribute('data-state') === wanted,
          );
        const observer = new MutationObserver(() => {
          if (!shows()) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      });
    },
    [name, state] as [string, string],
  );
}

export const rowChangedAt = (page: Page) => page.evaluate(() => window.__benchRowChanged!);

/** Scrolls the virtualised table top to bottom, a wheel-sized step per frame; reports long tasks. */
export async function scrollLongTasks(page: Page, label: string) {
  return page.evaluate(async (tableLabel) => {
    const table = document.querySelector(`[role="table"][aria-label="${tableLabel}"]`) as HTMLElement;
    let scroller: HTMLElement | null = table;
    while (scroller && scroller.scrollHeight <= scroller.clientHeight) scroller = scroller.parentElement;
    if (!scroller) throw new Error('no scrollable container around the table');
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) =>
      list.getEntries().forEach((entry) => longTasks.push(entry.duration)),
    );
    observer.observe({ type: 'longtask' });
    const start = performance.now();
    let frames = 0;
    await new Promise<void>((resolve) => {
      const step = () => {
        frames++;
        scroller.scrollTop += 120;
        if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) resolve();
        else requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    });
    // Let the last frames' work finish and be reported.
    await new Promise((resolve) => setTimeout(resolve, 300));
    observer.disconnect();
    return { longTasks, frames, durationMs: performance.now() - start, scrolledPx: scroller.scrollHeight };
  }, label);
}

/** The renderer's JS heap after a garbage collection, in bytes (Chromium DevTools protocol). */
export async function usedHeapBytes(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize;
}

export const latencySummary = (values: number[]) => ({
  p50Ms: median(values),
  p95Ms: percentile(values, 95),
  maxMs: Math.max(...values),
  trials: values.length,
});
