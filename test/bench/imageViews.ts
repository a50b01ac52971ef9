/**
 * The image views at scale, in Debian's Chromium against `serve`: the image map with every image of
 * the load, and an image page opened on its Layers & files tab (timeView also times the container
 * views, containerViews.ts). Each open is a fresh page; the time
 * runs from navigation start to the frame after the view's first content is in the DOM, and long
 * tasks are counted over the same span.
 */
import type { Browser } from '@playwright/test';
import { round } from './stats';
import { newBenchContext } from './ui';

declare global {
  interface Window {
    __benchSeen?: Record<string, number>;
    __benchLongTasks?: number[];
  }
}

/** Installed before the page loads: records when each selector first matches, and every long task. */
function installViewWatcher(selectors: string[]) {
  window.__benchSeen = {};
  window.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__benchLongTasks!.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  const check = () => {
    for (const selector of selectors) {
      if (window.__benchSeen![selector] === undefined && document.querySelector(selector)) {
        window.__benchSeen![selector] = -1; // seen, waiting for the frame that shows it
        requestAnimationFrame(() => (window.__benchSeen![selector] = performance.now()));
      }
    }
  };
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver(check).observe(document.body, { subtree: true, childList: true, attributes: true });
    check();
  });
}

export interface ViewTiming {
  /** ms from navigation start to each milestone, per open. */
  milestones: Record<string, number[]>;
  /** Long tasks (ms) over each open, per open. */
  longTasks: number[][];
}

export async function timeView(
  browser: Browser,
  url: string,
  milestones: Record<string, string>,
  runs: number,
): Promise<ViewTiming> {
  const selectors = Object.values(milestones);
  const timing: ViewTiming = { milestones: Object.fromEntries(Object.keys(milestones).map((k) => [k, []])), longTasks: [] };
  const context = await newBenchContext(browser, { viewport: { width: 1440, height: 900 } });
  try {
    for (let run = 0; run < runs; run++) {
      const page = await context.newPage();
      await page.addInitScript(installViewWatcher, selectors);
      await page.goto(url);
      await page
        .waitForFunction(
          (wanted) => wanted.every((selector) => (window.__benchSeen?.[selector] ?? -1) >= 0),
          selectors,
          { timeout: 120_000, polling: 50 },
        )
        .catch(async (error: unknown) => {
          const seen = await page.evaluate(() => window.__benchSeen);
          throw new Error(`${url}: not every milestone appeared (seen: ${JSON.stringify(seen)}): ${String(error)}`);
        });
      const seen = await page.evaluate(() => ({ seen: window.__benchSeen!, longTasks: window.__benchLongTasks! }));
      for (const [name, selector] of Object.entries(milestones)) timing.milestones[name]!.push(round(seen.seen[selector]!, 1));
      timing.longTasks.push(seen.longTasks.map((ms) => round(ms, 1)));
      await page.close();
    }
  } finally {
    await context.close();
  }
  return timing;
}

/** The map of every image; the first open is a fresh backend's (it inspects every image once). */
export function timeImageMap(browser: Browser, baseUrl: string, runs: number): Promise<ViewTiming> {
  return timeView(
    browser,
    `${baseUrl}#/images/map`,
    { drawn: 'section[aria-label="Image map"] svg [role="group"][aria-label]' },
    runs,
  );
}

/** An image page on Layers & files: its build steps drawn, then its files listed (the layer index). */
export function timeImageLayers(browser: Browser, baseUrl: string, imageId: string, runs: number): Promise<ViewTiming> {
  return timeView(
    browser,
    `${baseUrl}#/images/${imageId.replace(/^sha256:/, '')}?tab=layers`,
    {
      layersDrawn: '[role="listbox"][aria-label="Build steps"] [role="option"]',
      filesListed: '[role="treegrid"] [role="row"][aria-level]',
    },
    runs,
  );
}
