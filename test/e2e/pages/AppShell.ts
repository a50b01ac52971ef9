/** The parts every page shares: sidebar navigation, top bar title and the Engine connection. */
import type { Locator, Page } from '@playwright/test';

export type Route = 'containers' | 'images';

export class AppShell {
  readonly nav: Locator;
  /** The top bar: title, the list's summary ("3 containers · 2 running"), the connection. */
  readonly topBar: Locator;
  readonly title: Locator;
  /** The connection label in the top bar: Connected / Reconnecting / Unavailable. */
  readonly connection: Locator;
  /** What replaces the page while the Engine cannot be reached. */
  readonly engineUnavailable: Locator;
  /** The banner over the page when an Engine that was there goes away. */
  readonly engineDisconnected: Locator;
  /** The page under that banner, marked as out of date. */
  readonly staleContent: Locator;
  /** Error messages (toasts) announce themselves as alerts. */
  readonly alert: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Main' });
    this.topBar = page.getByRole('banner');
    this.title = page.getByRole('heading', { level: 1 });
    this.connection = this.topBar.getByRole('status');
    this.engineUnavailable = page.getByRole('heading', { name: "Can't reach the Docker Engine" });
    this.engineDisconnected = page.getByRole('alert').filter({ hasText: 'Engine disconnected — reconnecting…' });
    this.staleContent = page.locator('[data-stale="true"]');
    this.alert = page.getByRole('alert');
  }

  navLink(name: 'Containers' | 'Images'): Locator {
    return this.nav.getByRole('link', { name });
  }

  /** Opens the app at `url` (with its token) on the given page. */
  async open(url: string, route: Route = 'containers'): Promise<void> {
    await this.page.goto(`${url}#/${route}`);
  }
}
