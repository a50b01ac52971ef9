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
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
