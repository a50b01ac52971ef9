import type { Locator, Page } from '@playwright/test';
import { escapeRegExp, TablePage } from './TablePage';

export type ContainerShow = 'All' | 'Running' | 'Paused' | 'Stopped';

export class ContainersPage extends TablePage {
  /** The empty state's heading when the Engine has no containers at all. */
  readonly noContainers: Locator;
  readonly groupByCompose: Locator;
  readonly showSizes: Locator;
  readonly selectAll: Locator;
  /** The bar over the list while containers are selected ("3 selected", Start, Stop…). */
  readonly selectionBar: Locator;
  /** The bulk action's dialog (progress, then a result per container). */
  readonly bulkDialog: Locator;

  constructor(page: Page) {
    super(page, 'Containers', 'Filter containers');
    this.noContainers = page.getByRole('heading', { name: 'No containers yet' });
    this.groupByCompose = page.getByRole('checkbox', { name: 'Group by compose project' });
    this.showSizes = page.getByRole('switch', { name: 'Show sizes' });
    this.selectAll = this.table.getByRole('checkbox', { name: 'Select all shown containers' });
    this.selectionBar = page.getByRole('toolbar', { name: 'Selection' });
    this.bulkDialog = page.getByRole('dialog');
  }

  async open(url: string, search = ''): Promise<void> {
    await this.page.goto(`${url}#/containers${search}`);
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

  /** A compose project's header row (its fold button is named by the project alone). */
  groupRow(project: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('button', { name: project, exact: true }) });
  }

  groupToggle(project: string): Locator {
    return this.groupRow(project).getByRole('button', { name: project, exact: true });
  }

  /** A container row's checkbox. */
  checkbox(name: string): Locator {
    return this.table.getByRole('checkbox', { name: new RegExp(`^Select ${escapeRegExp(name)}$`) });
  }

  show(choice: ContainerShow): Locator {
    return this.page
      .getByRole('radiogroup', { name: 'State' })
      .getByRole('radio', { name: new RegExp(`^${choice}\\b`) });
  }

  sortButton(column: string): Locator {
    return this.table.getByRole('columnheader', { name: column }).getByRole('button', { name: column });
  }

  /** The bulk dialog's line for one container. */
  bulkItem(name: string): Locator {
    return this.bulkDialog.getByRole('list', { name: 'Containers' }).getByRole('listitem').filter({ hasText: name });
  }
}
