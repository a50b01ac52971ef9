/**
 * The container views at scale (1,000 containers), in Debian's Chromium against `serve`: a
 * container's page opened to its overview, and the list's "Show sizes" — the long tasks on the
 * main thread while every container's size loads in the background, and the time until the sizes
 * are on screen.
 */
import type { Browser } from '@playwright/test';
import { timeView, type ViewTiming } from './imageViews';
import { round } from './stats';
import { newBenchContext } from './ui';

/** A container's page (`#/containers/<id>`), from navigation start to its overview facts drawn. */
export function timeContainerPage(browser: Browser, baseUrl: string, containerId: string, runs: number): Promise<ViewTiming> {
  return timeView(
    browser,
    `${baseUrl}#/containers/${containerId}`,
    { overviewDrawn: 'section[aria-label="Details"] dl' },
    runs,
  );
}

export interface SizesOnScreen {
  /** ms from the switch's click to the first measured size in the table, per run. */
  sizesShownMs: number[];
  /** Long tasks (ms) over the same span, per run. */
  longTasks: number[][];
}

/** The list with every container; "Show sizes" switched on, then off again between runs. */
export async function timeShowSizes(browser: Browser, baseUrl: string, runs: number): Promise<SizesOnScreen> {
  const result: SizesOnScreen = { sizesShownMs: [], longTasks: [] };
  const context = await newBenchContext(browser, { viewport: { width: 1440, height: 900 } });
  try {
    for (let run = 0; run < runs; run++) {
      const page = await context.newPage();
      await page.goto(`${baseUrl}#/containers`);
      await page.getByRole('table', { name: 'Containers' }).locator('[aria-rowindex="2"]').waitFor();
      const sizes = page.getByRole('switch', { name: /Show sizes/ });
      if (await sizes.isChecked()) await sizes.click();
      await page.evaluate(() => {
        window.__benchLongTasks = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) window.__benchLongTasks!.push(entry.duration);
        }).observe({ type: 'longtask' });
      });
      const clickedAt = await page.evaluate(() => performance.now());
      await sizes.click();
      // A measured size reads "<writable> (virtual <total>)", as `docker ps -s` prints it.
      await page.getByRole('cell', { name: /\(virtual / }).first().waitFor({ timeout: 300_000 });
      const shownAt = await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))));
      result.sizesShownMs.push(round(shownAt - clickedAt, 1));
      result.longTasks.push((await page.evaluate(() => window.__benchLongTasks ?? [])).map((ms) => round(ms, 1)));
      await sizes.click(); // off again: the next run measures anew
      await page.close();
    }
  } finally {
    await context.close();
  }
  return result;
}
