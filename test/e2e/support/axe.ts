/**
 * Accessibility audits with axe-core: WCAG 2.1 A/AA rules on the page as it is now. A serious or
 * critical violation fails the test; the message names each rule, its impact and the elements.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './test';

const FAILING = new Set(['serious', 'critical']);

export async function expectNoSeriousA11yViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((violation) => FAILING.has(violation.impact ?? ''));
  const described = serious.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes
        .slice(0, 8)
        .map(
          (node) =>
            `    ${node.target.join(' ')} — ${node.failureSummary?.split('\n').slice(1).join(' ').trim() ?? ''}`,
        )
        .join('\n'),
  );
  expect(described, `serious or critical accessibility violations on ${what}`).toEqual([]);
}
