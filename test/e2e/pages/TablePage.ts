/** A page with a filterable, virtualised table (role="table", rows named by their text). */
import type { Locator, Page } from '@playwright/test';
import { AppShell } from './AppShell';

export class TablePage {
  readonly shell: AppShell;
  readonly table: Locator;
  readonly filter: Locator;

  constructor(
    readonly page: Page,
    tableName: string,
    filterLabel: string,
  ) {
    this.shell = new AppShell(page);
    this.table = page.getByRole('table', { name: tableName });
    this.filter = page.getByRole('searchbox', { name: filterLabel });
  }

  /** Body rows only (the header row has column headers, not cells). */
  get bodyRows(): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  /** The row whose text contains `text` (exactly this substring, not a regex). */
  row(text: string): Locator {
    return this.table.getByRole('row', { name: new RegExp(escapeRegExp(text)) });
  }

  /** Waits until the table shows data (not the loading skeleton). */
  async waitForRows(): Promise<void> {
    await this.bodyRows.first().waitFor();
  }

  /**
   * Scrolls the list with the mouse wheel, as a person would. The pointer goes over the page's
   * main area (the table's scroll container), not over the table element: hovering that would
   * scroll it into view first.
   */
  async wheel(deltaY: number): Promise<void> {
    const box = await this.page.getByRole('main').boundingBox();
    if (!box) throw new Error('the main area is not on screen');
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await this.page.mouse.wheel(0, deltaY);
  }
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
