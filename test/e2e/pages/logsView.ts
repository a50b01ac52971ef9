/**
 * The logs viewer, on the container page's Logs tab or the logs page (#/logs?ids=…): its toolbar
 * by role and name, the scroll viewport by its data hooks (data-following, data-line-count,
 * data-lines-received) and the rendered lines (data-log-line).
 */
import type { Locator, Page } from '@playwright/test';

export class LogsView {
  readonly view: Locator;
  readonly lines: Locator;
  readonly search: Locator;
  readonly matchCount: Locator;
  readonly tail: Locator;
  readonly since: Locator;
  readonly until: Locator;
  readonly timestamps: Locator;
  readonly wrap: Locator;
  readonly regex: Locator;
  readonly onlyMatching: Locator;
  readonly level: Locator;
  readonly download: Locator;
  readonly marks: Locator;
  readonly jumpToLatest: Locator;

  constructor(readonly page: Page) {
    this.view = page.getByTestId('log-view');
    this.lines = this.view.locator('[data-log-line]');
    this.search = page.getByRole('searchbox', { name: 'Search logs' });
    this.matchCount = page.getByTestId('log-match-count');
    this.tail = page.getByRole('combobox', { name: 'Lines', exact: true });
    this.since = page.getByRole('textbox', { name: 'Since', exact: true });
    this.until = page.getByRole('textbox', { name: 'Until', exact: true });
    this.timestamps = page.getByRole('button', { name: 'Timestamps', exact: true });
    this.wrap = page.getByRole('button', { name: 'Wrap lines', exact: true });
    this.regex = page.getByRole('button', { name: 'Regular expression', exact: true });
    this.onlyMatching = page.getByRole('button', { name: 'Only matching lines', exact: true });
    this.level = page.getByRole('combobox', { name: 'Level', exact: true });
    this.download = page.getByRole('button', { name: 'Download', exact: true });
    this.marks = this.view.locator('mark');
    this.jumpToLatest = page.getByRole('button', { name: 'Jump to latest' });
  }

  /** The container page's Logs tab. */
  async openTab(url: string, id: string): Promise<void> {
    await this.page.goto(`${url}#/containers/${id}?tab=logs`);
    await this.view.waitFor();
  }

  /** The logs page for these containers. */
  async openPage(url: string, ids: readonly string[]): Promise<void> {
    await this.page.goto(`${url}#/logs?ids=${ids.join(',')}`);
    await this.view.waitFor();
  }

  async received(): Promise<number> {
    return Number(await this.view.getAttribute('data-lines-received'));
  }

  async lineCount(): Promise<number> {
    return Number(await this.view.getAttribute('data-line-count'));
  }

  line(text: string | RegExp): Locator {
    return this.lines.filter({ hasText: text });
  }

  /** Sets since or until: typed, then Enter applies it. */
  async setRange(which: 'since' | 'until', value: string): Promise<void> {
    const field = which === 'since' ? this.since : this.until;
    await field.fill(value);
    await field.press('Enter');
  }
}
