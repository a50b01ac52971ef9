/**
 * Starts one `gantry serve` on the seeded test engine for the whole run and hands its address to
 * the tests (GANTRY_E2E_URL / _ORIGIN / _TOKEN; workers inherit this process's environment).
 * The returned function is the teardown: it stops the server.
 */
import { testEnv } from '../support/fixtures';
import { startServe } from './support/serve';

export const E2E_ENV = { url: 'GANTRY_E2E_URL', origin: 'GANTRY_E2E_ORIGIN', token: 'GANTRY_E2E_TOKEN' } as const;

export default async function globalSetup(): Promise<() => Promise<void>> {
  const dockerHost = testEnv('dockerHost'); // throws a clear message when the run did not set it
  const server = await startServe(dockerHost, 'e2e-serve');
  process.env[E2E_ENV.url] = server.url;
  process.env[E2E_ENV.origin] = server.origin;
  process.env[E2E_ENV.token] = server.token;
  return () => server.stop();
}
