import type { Locator, Page } from '@playwright/test';
import { TablePage } from './TablePage';

export class ContainersPage extends TablePage {
  /** The empty state's heading when the Engine has no containers at all. */
  readonly noContainers: Locator;

  constructor(page: Page) {
    super(page, 'Containers', 'Filter containers');
    this.noContainers = page.getByRole('heading', { name: 'No containers yet' });
  }

  async open(url: string): Promise<void> {
    await this.shell.open(url, 'containers');
    await this.waitForRows();
  }

  /** The state badge's text, e.g. "running" (always text, never colour alone). */
  stateBadge(name: string, state: string): Locator {
    return this.row(name).getByText(state, { exact: true });
  }

  startButton(name: string): Locator {
    return this.row(name).getByRole('button', { name: 'Start', exact: true });
  }

  stopButton(name: string): Locator {
    return this.row(name).getByRole('button', { name: 'Stop', exact: true });
  }
}
