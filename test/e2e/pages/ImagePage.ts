import type { Locator, Page } from '@playwright/test';
import { AppShell } from './AppShell';

/** One image's page, `#/images/<id>`: header, tabs, and what each tab shows. */
export class ImagePage {
  readonly shell: AppShell;
  readonly tabs: Locator;
  readonly tags: Locator;
  readonly containers: Locator;
  readonly buildSteps: Locator;
  readonly indexProgress: Locator;
  readonly efficiency: Locator;
  readonly files: Locator;
  readonly search: Locator;
  readonly searchResults: Locator;
  readonly viewer: Locator;
  readonly inspectJson: Locator;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    this.tabs = page.getByRole('tablist', { name: 'Image' });
    this.tags = page.getByRole('list', { name: 'Tags' });
    this.containers = page.getByRole('list', { name: 'Containers made from this image' });
    this.buildSteps = page.getByRole('listbox', { name: 'Build steps' });
    this.indexProgress = page.getByRole('progressbar', { name: 'Layer index' });
    this.efficiency = page.getByRole('meter', { name: 'Efficiency' });
    this.files = page.getByRole('treegrid', { name: 'Files' });
    this.search = page.getByRole('searchbox', { name: /^Search paths/ });
    this.searchResults = page.getByRole('list', { name: 'Search results' });
    this.viewer = page.getByRole('dialog');
    this.inspectJson = page.getByLabel('Raw inspect JSON');
  }

  async open(url: string, id: string, tab?: 'layers' | 'inspect'): Promise<void> {
    await this.page.goto(`${url}#/images/${id.replace(/^sha256:/, '')}${tab ? `?tab=${tab}` : ''}`);
  }

  tab(name: 'Overview' | 'Layers & files' | 'Inspect JSON'): Locator {
    return this.tabs.getByRole('tab', { name });
  }

  /** A build step that made a layer, by the start of its instruction ("COPY"). */
  step(name: RegExp): Locator {
    return this.buildSteps.getByRole('option', { name });
  }

  fileRow(name: string | RegExp): Locator {
    return this.files.getByRole('row', { name });
  }

  /** Waits for the layer index to be done (the efficiency meter shows). */
  async waitForIndex(): Promise<void> {
    await this.efficiency.waitFor({ timeout: 20_000 });
  }
}
