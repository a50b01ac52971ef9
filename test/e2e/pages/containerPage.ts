import type { Locator, Page } from '@playwright/test';
import { AppShell } from './AppShell';

export type ContainerTabName =
  'Overview' | 'Environment' | 'Mounts & network' | 'Processes' | 'Size' | 'Changes' | 'Files' | 'Inspect JSON';

const TAB_PARAM: Record<ContainerTabName, string | undefined> = {
  Overview: undefined,
  Environment: 'environment',
  'Mounts & network': 'mounts',
  Processes: 'processes',
  Size: 'size',
  Changes: 'changes',
  Files: 'files',
  'Inspect JSON': 'inspect',
};

/** One container's page, `#/containers/<id>`: header (state, actions), tabs, and what each tab shows. */
export class ContainerPage {
  readonly shell: AppShell;
  readonly tabs: Locator;
  /** The header's state group: the state badge, health, "exit code N". */
  readonly state: Locator;
  readonly notFound: Locator;
  readonly changes: Locator;
  readonly viewer: Locator;
  readonly toast: Locator;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    this.tabs = page.getByRole('tablist', { name: 'Container' });
    this.state = page.getByRole('group', { name: 'State' });
    this.notFound = page.getByRole('heading', { name: 'This container no longer exists' });
    this.changes = page.getByRole('treegrid', { name: 'Changed files' });
    this.viewer = page.getByRole('dialog');
    this.toast = page.getByRole('status').or(page.getByRole('alert'));
  }

  async open(url: string, id: string, tab: ContainerTabName = 'Overview'): Promise<void> {
    const param = TAB_PARAM[tab];
    await this.page.goto(`${url}#/containers/${id}${param ? `?tab=${param}` : ''}`);
  }

  tab(name: ContainerTabName): Locator {
    return this.tabs.getByRole('tab', { name, exact: true });
  }

  async show(name: ContainerTabName): Promise<void> {
    await this.tab(name).click();
  }

  /** A header action button: "Pause", "Resume", "Kill…", "Remove…"… */
  action(name: string): Locator {
    return this.page.getByRole('main').getByRole('button', { name, exact: true });
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  region(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  envRow(key: string): Locator {
    return this.page
      .getByRole('table', { name: 'Environment variables' })
      .getByRole('row', { name: new RegExp(`^${key}\\b`) });
  }

  /** A row of the changes tree by its file or folder name (a folder's name starts with its Expand/Collapse button). */
  /** A mount by its destination inside the container. */
  mountRow(destination: string): Locator {
    return this.page
      .getByRole('table', { name: 'Mounts' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: destination, exact: true }) });
  }

  changeRow(name: string): Locator {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.changes.getByRole('row', { name: new RegExp(`^((Expand|Collapse) ${escaped} )?${escaped}( |$)`) });
  }

  filesTable(path: string): Locator {
    return this.page.getByRole('table', { name: `Files in ${path}` });
  }

  /** The exact bytes of the writable layer, as the size view prints them ("5,242,880 bytes"). */
  async writableBytes(): Promise<number> {
    const text = await this.region('Size on disk')
      .getByText(/^[\d,]+ bytes ·/)
      .textContent();
    return Number((text ?? '').split(' ')[0]!.replace(/,/g, ''));
  }
}
