import type { Locator, Page } from '@playwright/test';
import { escapeRegExp, TablePage } from './TablePage';

export type ImageShow = 'All' | 'Dangling' | 'Unused' | 'In use';
export type ImageColumn = 'Repository:Tag' | 'Size' | 'Created' | 'Used by';

export class ImagesPage extends TablePage {
  /** The empty state's heading when the Engine has no images at all. */
  readonly noImages: Locator;
  readonly groupByRepository: Locator;
  readonly selectAll: Locator;
  /** The bar over the list while images are selected ("2 selected", Remove…). */
  readonly selectionBar: Locator;
  readonly removeDialog: Locator;
  /** On an image's page: the link back to the list. */
  readonly back: Locator;

  constructor(page: Page) {
    super(page, 'Images', 'Filter images');
    this.noImages = page.getByRole('heading', { name: 'No images' });
    this.groupByRepository = page.getByRole('checkbox', { name: 'Group by repository' });
    this.selectAll = this.table.getByRole('checkbox', { name: 'Select all shown images' });
    this.selectionBar = page.getByRole('toolbar', { name: 'Selection' });
    this.removeDialog = page.getByRole('dialog', { name: /^Remove \d+ images?\?$/ });
    this.back = page.getByRole('banner').getByRole('link', { name: 'Back to images' });
  }

  async open(url: string, search = ''): Promise<void> {
    await this.page.goto(`${url}#/images${search}`);
    await this.waitForRows();
  }

  /** Opens `#/images/<id>` directly (a deep link). */
  async openImage(url: string, id: string): Promise<void> {
    await this.page.goto(`${url}#/images/${id.replace(/^sha256:/, '')}`);
  }

  /** Rows of dangling images (no repository:tag). */
  get danglingRows() {
    return this.row('<none>');
  }

  show(choice: ImageShow): Locator {
    return this.page
      .getByRole('radiogroup', { name: 'Show' })
      .getByRole('radio', { name: new RegExp(`^${choice}\\b`) });
  }

  columnHeader(name: ImageColumn): Locator {
    return this.table.getByRole('columnheader', { name });
  }

  sortButton(name: ImageColumn): Locator {
    return this.columnHeader(name).getByRole('button', { name });
  }

  /** A row's checkbox; `text` is the image's first tag ("gantry-test/web:1.0") or "<none>". */
  checkbox(text: string): Locator {
    return this.table.getByRole('checkbox', { name: new RegExp(`^Select ${escapeRegExp(text)}`) }).first();
  }

  /** A repository's header row when grouped ("gantry-test/web  1 image · 4.4MB"). */
  groupRow(repo: string): Locator {
    return this.table.getByRole('row', { name: new RegExp(`^${escapeRegExp(repo)} \\d+ images? · `) });
  }

  /** The full ID of every image row, in the table's order (from the ID cell's hover text). */
  async rowIds(): Promise<string[]> {
    return this.bodyRows.evaluateAll((rows) =>
      rows.flatMap((row) => {
        const id = row.querySelector('[title^="sha256:"]')?.getAttribute('title');
        return id ? [id] : [];
      }),
    );
  }
}
