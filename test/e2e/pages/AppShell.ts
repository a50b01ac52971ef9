/** The parts every page shares: sidebar navigation, top bar title and the Engine connection. */
import type { Locator, Page } from '@playwright/test';

export type Route = 'containers' | 'images';

export class AppShell {
  readonly nav: Locator;
  readonly title: Locator;
  /** The connection label in the top bar: Connected / Reconnecting / Unavailable. */
  readonly connection: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Main' });
    this.title = page.getByRole('heading', { level: 1 });
    this.connection = page.getByRole('banner').getByRole('status');
  }

  navLink(name: 'Containers' | 'Images'): Locator {
    return this.nav.getByRole('link', { name });
  }

  /** Opens the app at `url` (with its token) on the given page. */
  async open(url: string, route: Route = 'containers'): Promise<void> {
    await this.page.goto(`${url}#/${route}`);
  }
}
