/**
 * Arranging Engine state behind Gantry's back. ExtraEngine: a private Docker Engine of a spec's
 * own (test/support/engine.sh), for states the seeded engine must not be put in: empty, stopped
 * and started again, hundreds of containers. Each gets its own dir under GANTRY_TEST_TMP and its
 * own network namespace; run-all.sh's teardown removes any a failed spec leaves behind, but specs
 * stop theirs in afterAll.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import Docker from 'dockerode';
import { parseDockerHost } from '../../../electron/engine/address';
import { extraEngineNetns, testEnv } from '../../support/fixtures';

const run = promisify(execFile);

export class ExtraEngine {
  readonly dir: string;
  readonly netns: string;
  /** unix://DIR/sock, for a `serve` of the spec's own. */
  readonly dockerHost: string;
  /** A client for arranging state behind Gantry's back. */
  readonly docker: Docker;

  /** `suffix` names the network namespace: one per engine, never the seeded engine's. */
  constructor(suffix: string) {
    // Short: containerd's sockets go a few levels below DIR (unix socket path limit).
    this.dir = mkdtempSync(path.join(testEnv('tmp'), 'e'));
    this.netns = extraEngineNetns(suffix);
    this.dockerHost = `unix://${this.dir}/sock`;
    this.docker = new Docker(parseDockerHost(this.dockerHost).options);
  }

  /** Starts dockerd; resolves once its API answers. */
  start(): Promise<void> {
    return engineSh('start', this.dir, this.netns);
  }

  /** Kills its containers and stops dockerd; its data stays for a later start. */
  stop(): Promise<void> {
    return engineSh('stop', this.dir);
  }
}

/** Async, so the worker stays responsive while dockerd starts or stops (a second or two). */
async function engineSh(...args: string[]): Promise<void> {
  try {
    await run('bash', [testEnv('engineSh'), ...args]);
  } catch (error) {
    const { stderr } = error as { stderr?: string };
    throw new Error(`engine.sh ${args.join(' ')} failed: ${stderr?.trim() || String(error)}`);
  }
}

/** Copies an image between engines (docker save | docker load): no registry is reachable. */
export async function copyImage(from: Docker, to: Docker, name: string): Promise<void> {
  const archive = await from.getImage(name).get();
  const progress = await to.loadImage(archive);
  await new Promise((resolve, reject) =>
    to.modem.followProgress(progress, (error: Error | null) => (error ? reject(error) : resolve(null))),
  );
}

/** Runs `work` over `items`, `parallel` at a time (the Engine serialises much of it anyway). */
export async function inBatches<T>(items: readonly T[], parallel: number, work: (item: T) => Promise<unknown>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

/** A long-running command that stops at once on SIGTERM (busybox as PID 1 ignores it otherwise). */
export const IDLE_CMD = ['sh', '-c', 'trap "exit 0" TERM; sleep 100000 & wait'];

/** Removes a container a test made, whatever its state; fine if it is already gone. */
export async function removeIfThere(docker: Docker, name: string): Promise<void> {
  await docker
    .getContainer(name)
    .remove({ force: true })
    .catch((error: { statusCode?: number }) => {
      if (error.statusCode !== 404) throw error;
    });
}
