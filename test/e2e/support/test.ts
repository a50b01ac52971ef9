/**
 * The e2e `test`: Playwright's, plus the server globalSetup started, the test engine's Docker
 * client for changes made behind Gantry's back, and the page objects.
 */
import { expect, test as base } from '@playwright/test';
import Docker from 'dockerode';
import { parseDockerHost } from '../../../electron/engine/address';
import { testEnv } from '../../support/fixtures';
import { E2E_ENV } from '../globalSetup';
import { ContainersPage } from '../pages/ContainersPage';
import { ImagesPage } from '../pages/ImagesPage';

export interface Server {
  url: string;
  origin: string;
  token: string;
}

function fromEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: the e2e globalSetup did not run`);
  return value;
}

interface Fixtures {
  server: Server;
  docker: Docker;
  containers: ContainersPage;
  images: ImagesPage;
  /** Automatic: fails the test on an uncaught page error or a Content-Security-Policy violation. */
  pageGuard: void;
}

export const test = base.extend<Fixtures>({
  pageGuard: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
          problems.push(message.text());
      });
      await use();
      expect(problems, 'page errors and CSP violations').toEqual([]);
    },
    { auto: true },
  ],
  server: async ({}, use) => {
    await use({ url: fromEnv(E2E_ENV.url), origin: fromEnv(E2E_ENV.origin), token: fromEnv(E2E_ENV.token) });
  },
  docker: async ({}, use) => {
    await use(seededDocker());
  },
  containers: async ({ page }, use) => {
    await use(new ContainersPage(page));
  },
  images: async ({ page }, use) => {
    await use(new ImagesPage(page));
  },
});

/** A client for the seeded engine, also for hooks (beforeAll cannot use the `docker` fixture). */
export function seededDocker(): Docker {
  return new Docker(parseDockerHost(testEnv('dockerHost')).options);
}

export { expect };
