import type { Page } from '@playwright/test';
import { TablePage } from './TablePage';

export class ImagesPage extends TablePage {
  constructor(page: Page) {
    super(page, 'Images', 'Filter images');
  }

  async open(url: string): Promise<void> {
    await this.shell.open(url, 'images');
    await this.waitForRows();
  }

  /** Rows of dangling images (no repository:tag). */
  get danglingRows() {
    return this.row('<none>');
  }
}
