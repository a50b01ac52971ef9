/**
 * Containers the logs specs make for themselves on the seeded engine (names gt-logs-*, label
 * gantry.e2e=logs), each printing a known script of lines, and a reader of their log as the
 * Engine keeps it (the reference the view and the download are compared with).
 */
import type Docker from 'dockerode';
import { SEED } from '../../support/fixtures';
import { removeIfThere } from './engines';
import { trapped } from './pageContainers';

export const LOGS_LABEL = { 'gantry.e2e': 'logs' };

/** Runs `script` (busybox sh) and then idles until stopped; stops at once on SIGTERM. */
export async function logContainer(
  docker: Docker,
  name: string,
  script: string,
  options: Partial<Docker.ContainerCreateOptions> = {},
): Promise<string> {
  await removeIfThere(docker, name);
  const container = await docker.createContainer({
    name,
    Image: SEED.images.busybox,
    Cmd: trapped(`${script}; sleep 3600`),
    ...options,
    Labels: { ...LOGS_LABEL, ...(options.Labels ?? {}) },
  });
  await container.start();
  return (await container.inspect()).Id;
}

export async function removeLogContainers(docker: Docker): Promise<void> {
  const mine = await docker.listContainers({ all: true, filters: JSON.stringify({ label: ['gantry.e2e=logs'] }) });
  for (const info of mine) await removeIfThere(docker, info.Id);
}

/**
 * The container's log as the Engine has it, with the Engine's timestamps: [ts, text] per line.
 * For a TTY container (no stream headers to take apart).
 */
export async function ttyLogLines(docker: Docker, name: string): Promise<Array<[ts: string, text: string]>> {
  const raw = await docker.getContainer(name).logs({ stdout: true, stderr: true, timestamps: true, follow: false });
  return raw
    .toString('utf8')
    .split(/\r?\n/)
    .filter((line) => line !== '')
    .map((line) => {
      const space = line.indexOf(' ');
      return [line.slice(0, space), line.slice(space + 1).replace(/\r$/, '')];
    });
}

/** Polls until the Engine's log of a TTY container has a line with `text`. */
export async function waitForLine(docker: Docker, name: string, text: string): Promise<Array<[string, string]>> {
  for (let i = 0; i < 100; i++) {
    const lines = await ttyLogLines(docker, name);
    if (lines.some(([, t]) => t.includes(text))) return lines;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${name} never printed ${text}`);
}
