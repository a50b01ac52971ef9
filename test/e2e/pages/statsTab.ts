/** The container page's Stats tab (`#/containers/<id>?tab=stats`) and the list's CPU and Memory cells. */
import type { Locator, Page } from '@playwright/test';
import type { ContainersPage } from './ContainersPage';

export type StatsChartName = 'CPU' | 'Memory' | 'Network' | 'Block I/O';

export class StatsTab {
  readonly figures: Locator;
  readonly emptyState: Locator;

  constructor(readonly page: Page) {
    this.figures = page.locator('dl[aria-label="Current figures"]');
    this.emptyState = page.getByRole('heading', { name: 'Start the container to see live stats' });
  }

  async open(url: string, id: string): Promise<void> {
    await this.page.goto(`${url}#/containers/${id}?tab=stats`);
  }

  /** A figure's main value ("12.34%"), by its label (CPU, Memory, Network I/O, Block I/O, PIDs). */
  figure(label: string): Locator {
    return this.figures
      .getByRole('term')
      .filter({ hasText: new RegExp(`^${label}$`) })
      .locator('xpath=following-sibling::dd[1]');
  }

  /** The chart's image (role img, named by what it shows and its latest value). */
  chart(name: StatsChartName): Locator {
    return this.page.getByRole('region', { name: `${name} chart` }).getByRole('img');
  }

  /** The drawing canvas inside a chart. */
  canvas(name: StatsChartName): Locator {
    return this.chart(name).locator('canvas');
  }

  /**
   * How many pixels of the chart's canvas are close to a theme colour (a CSS variable of
   * styles.css, as the page resolves it now): `--color-accent` finds the CPU line (not the grid or
   * the axis text), `--color-border` the grid. Read from the canvas itself.
   */
  async pixelsOf(name: StatsChartName, token = '--color-accent'): Promise<number> {
    return this.canvas(name).evaluate((canvas: HTMLCanvasElement, variable: string) => {
      const probe = document.createElement('span');
      probe.style.color = `var(${variable})`;
      document.body.append(probe);
      const [r, g, b] = (getComputedStyle(probe).color.match(/\d+/g) ?? []).map(Number);
      probe.remove();
      const context = canvas.getContext('2d');
      if (!context || r === undefined || g === undefined || b === undefined) return -1;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        const near = Math.abs(data[i]! - r) < 24 && Math.abs(data[i + 1]! - g) < 24 && Math.abs(data[i + 2]! - b) < 24;
        if (near && data[i + 3]! > 200) count++;
      }
      return count;
    }, token);
  }
}

/** The containers list's cell of `column` ("CPU", "Memory") in the row of container `name`. */
export async function listCell(list: ContainersPage, name: string, column: 'CPU' | 'Memory'): Promise<Locator> {
  const headers = await list.table.getByRole('columnheader').allInnerTexts();
  const index = headers.findIndex((text) => text.trim() === column);
  if (index < 0) throw new Error(`the containers list has no ${column} column (columns: ${headers.join(', ')})`);
  return list.row(name).getByRole('cell').nth(index);
}
