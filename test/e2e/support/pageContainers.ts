/**
 * Containers the container-page specs make for themselves on the seeded engine (name prefix
 * gt-page-, label gantry.e2e=page), so the seeded ones stay as every other spec expects them.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import type Docker from 'dockerode';
import { SEED } from '../../support/fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { SCREENSHOTS } from './serve';

export const PAGE_LABEL = { 'gantry.e2e': 'page' };

/** A busybox command as PID 1 that stops at once on SIGTERM (busybox ignores it as PID 1 otherwise). */
export function trapped(command: string, traps = ''): string[] {
  return ['sh', '-c', `${traps}trap "exit 0" TERM; ${command} & wait`];
}

export const SLEEP = trapped('sleep 3600');

export async function runContainer(
  docker: Docker,
  name: string,
  options: Partial<Docker.ContainerCreateOptions> = {},
  start = true,
): Promise<Docker.Container> {
  await removeContainer(docker, name);
  const container = await docker.createContainer({
    name,
    Image: SEED.images.busybox,
    Cmd: SLEEP,
    Labels: PAGE_LABEL,
    ...options,
  });
  if (start) await container.start();
  return container;
}

export async function removeContainer(docker: Docker, name: string): Promise<void> {
  await docker
    .getContainer(name)
    .remove({ force: true, v: true })
    .catch((error: { statusCode?: number }) => {
      if (error.statusCode !== 404) throw error;
    });
}

/** Removes every container this part's specs made. */
export async function removePageContainers(docker: Docker): Promise<void> {
  const mine = await docker.listContainers({ all: true, filters: JSON.stringify({ label: ['gantry.e2e=page'] }) });
  for (const info of mine) await removeContainer(docker, info.Id);
}

/** Runs a command inside a running container and waits for it (test setup only; the app never execs). */
export async function execIn(docker: Docker, name: string, cmd: string[]): Promise<void> {
  const exec = await docker.getContainer(name).exec({ Cmd: cmd, AttachStdout: true, AttachStderr: true });
  const stream = await exec.start({});
  await new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
    stream.resume();
  });
  const { ExitCode } = await exec.inspect();
  if (ExitCode !== 0) throw new Error(`${cmd.join(' ')} in ${name} exited with ${ExitCode}`);
}

/** Waits until the Engine reports the container as not running. */
export async function waitExited(docker: Docker, name: string): Promise<Docker.ContainerInspectInfo> {
  for (let i = 0; i < 100; i++) {
    const info = await docker.getContainer(name).inspect();
    if (!info.State.Running) return info;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${name} did not stop`);
}

/** axe in light and dark (and a screenshot of each when `file` is given), back to light after. */
export async function auditBoth(page: Page, what: string, file?: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await expectNoSeriousA11yViolations(page, `${what} (${colorScheme})`);
    if (file) await page.screenshot({ path: path.join(SCREENSHOTS, `${file}-${colorScheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
