// What test/support/seed.sh puts into the private test engine. Tests import these names instead
// of repeating string literals; change seed.sh and this file together.

/** Docker's container states as the Engine reports them (`State.Status`). */
export type SeedState = 'running' | 'paused' | 'exited' | 'created';

export interface SeedContainer {
  readonly name: string;
  readonly image: string;
  readonly state: SeedState;
  /** Exit code for exited containers. */
  readonly exitCode?: number;
  /** Published ports, host port → container port (inside the test engine's network namespace). */
  readonly ports?: readonly { readonly host: number; readonly container: number }[];
}

const images = {
  /** `docker import` of a busybox-static rootfs; every other image is built FROM it. */
  busybox: 'gantry-test/busybox:latest',
  /** busybox httpd on port 80 serving /www/index.html; same image id as webLatest. */
  web: 'gantry-test/web:1.0',
  webLatest: 'gantry-test/web:latest',
  /** A sleep loop. */
  worker: 'gantry-test/worker:2.3',
  /** Built twice: the first build lost this tag and is the one dangling (<none>) image. */
  scratchpad: 'gantry-test/scratchpad:tmp',
} as const;

const containers = {
  web: { name: 'gt-web-1', image: images.web, state: 'running', ports: [{ host: 8080, container: 80 }] },
  worker: { name: 'gt-worker-1', image: images.worker, state: 'running' },
  stopped: { name: 'gt-stopped-1', image: images.busybox, state: 'exited', exitCode: 0 },
  failed: { name: 'gt-failed-1', image: images.busybox, state: 'exited', exitCode: 3 },
  created: { name: 'gt-created-1', image: images.busybox, state: 'created' },
  paused: { name: 'gt-paused-1', image: images.busybox, state: 'paused' },
  /** e2e clicks Stop, then Start, on this one. */
  e2eToggle: { name: 'gt-e2e-toggle', image: images.busybox, state: 'running' },
  /** e2e stops this one from outside the app (docker CLI) and expects the UI to follow. */
  e2eOutside: { name: 'gt-e2e-outside', image: images.busybox, state: 'running' },
} as const satisfies Record<string, SeedContainer>;

export const SEED = {
  images,
  /** Repositories seed.sh creates (for filtering the engine's image list). */
  repositories: ['gantry-test/busybox', 'gantry-test/web', 'gantry-test/worker', 'gantry-test/scratchpad'],
  /** Number of dangling (<none>:<none>) images after seeding. */
  danglingImages: 1,
  containers,
} as const;

/** Environment the test run (test/support/run-all.sh) provides to integration and e2e tests. */
export const TEST_ENV = {
  /** unix:///…/sock of the seeded private engine. */
  dockerHost: 'GANTRY_TEST_DOCKER_HOST',
  /** Network namespace the engine (and its published ports) lives in. */
  netns: 'GANTRY_TEST_NETNS',
  /** Absolute path of engine.sh, to start/stop extra engines of a test's own. */
  engineSh: 'GANTRY_TEST_ENGINE_SH',
  /** A short temp dir for extra engines' dirs (short because of the unix socket path limit). */
  tmp: 'GANTRY_TEST_TMP',
} as const;

/** Reads a TEST_ENV variable, failing with a clear message when the test run did not set it. */
export function testEnv(key: keyof typeof TEST_ENV): string {
  const name = TEST_ENV[key];
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run integration/e2e tests through \`npm test\` (test/support/run-all.sh)`);
  }
  return value;
}

/**
 * Network namespace for an extra engine a test starts with engine.sh (put its DIR under
 * testEnv('tmp')). One netns per engine: two daemons in one netns share docker0 and its iptables
 * rules, so their container IPs collide. run-all.sh deletes every `${GANTRY_TEST_NETNS}-*` netns
 * and stops every engine under GANTRY_TEST_TMP at the end of the run.
 */
export function extraEngineNetns(suffix: string): string {
  return `${testEnv('netns')}-${suffix}`;
}
