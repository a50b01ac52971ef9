/**
 * End-to-end tests: Debian's Chromium drives the real renderer through `gantry serve`, against the
 * private, seeded test engine (GANTRY_TEST_DOCKER_HOST, set by test/support/run-all.sh).
 * globalSetup starts the server once; its URL reaches the tests through the environment.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../test/support/chromium';

export default defineConfig({
  testDir: '../test/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: '../test-results/e2e',
  globalSetup: '../test/e2e/globalSetup.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    viewport: { width: 1360, height: 820 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: CHROMIUM_LAUNCH,
  },
});
