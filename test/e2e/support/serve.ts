/**
 * Starts `node dist/electron/serve.js` on a free port with its own token and waits for the one
 * line it prints when ready: "Gantry serving at http://HOST:PORT/?token=T".
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';

export const REPO = path.resolve(import.meta.dirname, '../../..');
/** Screenshots people look at (not compared to a baseline). */
export const SCREENSHOTS = path.join(REPO, 'test-results', 'screenshots');
const SERVE_JS = path.join(REPO, 'dist/electron/serve.js');
const READY = /Gantry serving at (http:\/\/\S+)/;

export interface RunningServe {
  /** The full URL with ?token=… */
  url: string;
  /** http://HOST:PORT */
  origin: string;
  token: string;
  stop(): Promise<void>;
  /** SIGKILL: the backend dies without closing anything itself (a crash). */
  kill(): Promise<void>;
}

export interface ServeOptions {
  /** A fixed port, so a restarted server comes back where the page's socket reconnects. Default: any free port. */
  port?: number;
  /** A fixed token (the page keeps the one it was opened with). Default: a random one. */
  token?: string;
}

export async function startServe(
  dockerHost: string,
  logName: string,
  { port = 0, token = randomBytes(18).toString('base64url') }: ServeOptions = {},
): Promise<RunningServe> {
  if (!existsSync(SERVE_JS)) {
    throw new Error(`${path.relative(REPO, SERVE_JS)} does not exist: run \`npm run build\` before the e2e tests`);
  }
  const logDir = path.join(REPO, 'test-results');
  mkdirSync(logDir, { recursive: true });
  const log = createWriteStream(path.join(logDir, `${logName}.log`));

  // --port 0: the OS picks a free port; serve prints the one it got.
  const child = spawn(process.execPath, [SERVE_JS, '--port', String(port), '--token', token], {
    cwd: REPO,
    env: { ...process.env, DOCKER_HOST: dockerHost },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr.pipe(log);

  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => fail(new Error(`serve did not print its address within 15 s. Output:\n${output}`)),
      15_000,
    );
    function fail(error: Error) {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    }
    child.stdout.on('data', (chunk: Buffer) => {
      log.write(chunk);
      output += chunk.toString();
      const match = READY.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code, signal) =>
      fail(new Error(`serve exited (${signal ?? code}) before it was ready. Output:\n${output}`)),
    );
  });
  child.stdout.on('data', (chunk: Buffer) => log.write(chunk));

  return {
    url,
    origin: new URL(url).origin,
    token,
    stop: () => stopChild(child, 'SIGTERM'),
    kill: () => stopChild(child, 'SIGKILL'),
  };
}

/** A port that is free now, for a server that must keep the same port across a restart. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill(signal);
  });
}
