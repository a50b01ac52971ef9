import type { Locator, Page } from '@playwright/test';
import { TablePage } from './TablePage';

export class ImagesPage extends TablePage {
  /** The empty state's heading when the Engine has no images at all. */
  readonly noImages: Locator;

  constructor(page: Page) {
    super(page, 'Images', 'Filter images');
    this.noImages = page.getByRole('heading', { name: 'No images' });
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
